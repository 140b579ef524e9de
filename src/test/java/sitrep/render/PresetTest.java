package sitrep.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PresetTest {
  @Test
  void slideIs1920By1080PixelsOnA13By7AndAHalfInchPage() {
    assertEquals(1920, Preset.SLIDE.width());
    assertEquals(1080, Preset.SLIDE.height());
    assertEquals(13.333, 1920 * Preset.SLIDE.pdfPointsPerPixel() / 72, 0.001);
    assertEquals(7.5, 1080 * Preset.SLIDE.pdfPointsPerPixel() / 72, 0.001);
    assertEquals(4000, Math.round(1920 * Preset.SLIDE.printScale()), "300 dpi across 13.33 in");
    assertEquals(Preset.DOCUMENT, Preset.of(" Document "));
    assertThrows(IllegalArgumentException.class, () -> Preset.of("poster"));
  }

  @Test
  void writeAllGivesScreenPrintSvgAndPdfWithThePresetPageSize(@TempDir Path dir) throws IOException {
    Figure box = new Figure() {
      @Override
      public int width() {
        return 1920;
      }

      @Override
      public int height() {
        return 1080;
      }

      @Override
      public void paint(java.awt.Graphics2D g) {
        g.setColor(java.awt.Color.RED);
        g.fillRect(100, 100, 200, 200);
      }
    };
    FigureWriter.writeAll(box, dir, "box", Preset.SLIDE, false);
    BufferedImage print = ImageIO.read(dir.resolve("box-print.png").toFile());
    assertEquals(4000, print.getWidth());
    assertEquals(2250, print.getHeight());
    try (PDDocument pdf = Loader.loadPDF(dir.resolve("box.pdf").toFile())) {
      PDRectangle page = pdf.getPage(0).getMediaBox();
      assertEquals(960, page.getWidth(), 0.5);
      assertEquals(540, page.getHeight(), 0.5);
    }
    byte[] svg = Files.readAllBytes(dir.resolve("box.svg"));
    FigureWriter.writeAll(box, dir, "again", Preset.SLIDE, false);
    assertTrue(Arrays.equals(svg, Files.readAllBytes(dir.resolve("again.svg"))), "same SVG bytes");
    assertTrue(Arrays.equals(Files.readAllBytes(dir.resolve("box.pdf")), Files.readAllBytes(dir.resolve("again.pdf"))),
        "same PDF bytes");
  }

  @Test
  void transparentPngLeavesTheBackgroundClearAndSvgHasNoWhiteRectangle(@TempDir Path dir) throws IOException {
    Figure dot = new Figure() {
      @Override
      public int width() {
        return 300;
      }

      @Override
      public int height() {
        return 200;
      }

      @Override
      public void paint(java.awt.Graphics2D g) {
        g.setColor(java.awt.Color.BLUE);
        g.fillRect(100, 100, 20, 20);
      }
    };
    BufferedImage clear = ImageIO.read(new ByteArrayInputStream(FigureWriter.pngBytes(dot, 1, true)));
    assertEquals(0, clear.getRGB(5, 5) >>> 24, "corner is transparent");
    assertEquals(255, clear.getRGB(110, 110) >>> 24, "the mark is opaque");
    BufferedImage white = ImageIO.read(new ByteArrayInputStream(FigureWriter.pngBytes(dot, 1, false)));
    assertEquals(0xFFFFFF, white.getRGB(5, 5) & 0xFFFFFF);
    FigureWriter.writeAll(dot, dir, "clear", Preset.DOCUMENT, true);
    FigureWriter.writeAll(dot, dir, "white", Preset.DOCUMENT, false);
    assertTrue(!Files.readString(dir.resolve("clear.svg")).contains("fill:white")
        && Files.readString(dir.resolve("white.svg")).contains("fill:white"));
  }
}
