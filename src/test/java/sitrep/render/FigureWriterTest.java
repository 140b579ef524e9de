package sitrep.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FigureWriterTest {
  /** A small figure with a coloured box and some text. */
  static final Figure BOX = new Figure() {
    @Override
    public int width() {
      return 320;
    }

    @Override
    public int height() {
      return 180;
    }

    @Override
    public void paint(Graphics2D g) {
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, 320, 180);
      g.setColor(new Color(0xD5, 0x5E, 0x00));
      g.fillRect(20, 20, 100, 60);
      g.setFont(Fonts.bold(20));
      g.setColor(Color.BLACK);
      g.drawString("Ain al-Asad", 20, 130);
      g.setFont(Fonts.forText("\u0639\u064a\u0646 \u0627\u0644\u0623\u0633\u062f", false, 20));
      g.drawString("\u0639\u064a\u0646 \u0627\u0644\u0623\u0633\u062f", 180, 130);
    }
  };

  static BufferedImage decode(byte[] png) throws IOException {
    return ImageIO.read(new ByteArrayInputStream(png));
  }

  /** True when the image has pixels of more than one colour. */
  public static boolean notBlank(BufferedImage image) {
    int first = image.getRGB(0, 0);
    for (int y = 0; y < image.getHeight(); y += 3) {
      for (int x = 0; x < image.getWidth(); x += 3) {
        if (image.getRGB(x, y) != first) {
          return true;
        }
      }
    }
    return false;
  }

  @Test
  void writesPngAtTheRequestedSizeAndScale(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("box.png");
    FigureWriter.writePng(BOX, file, 1);
    BufferedImage image = ImageIO.read(file.toFile());
    assertEquals(320, image.getWidth());
    assertEquals(180, image.getHeight());
    assertTrue(notBlank(image));

    BufferedImage print = decode(FigureWriter.pngBytes(BOX, FigureWriter.PRINT_SCALE));
    assertEquals(1000, print.getWidth());
    assertEquals(563, print.getHeight());
    assertEquals(new Color(0xD5, 0x5E, 0x00).getRGB(), print.getRGB(200, 150));
  }

  @Test
  void svgOfTheSameFigureIsByteIdentical() throws IOException {
    ByteArrayOutputStream a = new ByteArrayOutputStream();
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    FigureWriter.svg(BOX, a);
    FigureWriter.svg(BOX, b);
    assertArrayEquals(a.toByteArray(), b.toByteArray());
    String svg = a.toString(StandardCharsets.UTF_8);
    assertTrue(svg.contains("Ain al-Asad"), "text stays text");
    assertTrue(svg.contains("Noto Sans"), "font family named");
    assertTrue(svg.contains("width=\"320\""), svg.substring(0, Math.min(400, svg.length())));
  }

  @Test
  void pdfHasOnePageWithEmbeddedTextAndIsReproducible(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("box.pdf");
    FigureWriter.writePdf(BOX, file);
    byte[] first = Files.readAllBytes(file);
    FigureWriter.writePdf(BOX, file);
    assertArrayEquals(first, Files.readAllBytes(file), "same figure, same PDF bytes");
    try (PDDocument doc = Loader.loadPDF(first)) {
      assertEquals(1, doc.getNumberOfPages());
      assertEquals(240f, doc.getPage(0).getMediaBox().getWidth(), 0.01f);
      assertEquals(null, doc.getDocumentInformation().getCreationDate());
      String text = new PDFTextStripper().getText(doc);
      assertTrue(text.contains("Ain al-Asad"), text);
    }
  }

  @Test
  void leavesNoTemporaryFilesBehind(@TempDir Path dir) throws IOException {
    FigureWriter.writeSvg(BOX, dir.resolve("box.svg"));
    try (var files = Files.list(dir)) {
      assertEquals(1, files.count());
    }
    assertFalse(Files.readString(dir.resolve("box.svg")).isBlank());
  }
}
