package sitrep.render;

import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2DFontTextDrawer;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.batik.svggen.SVGGeneratorContext;
import org.apache.batik.svggen.SVGGraphics2D;
import org.apache.batik.svggen.SVGIDGenerator;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.util.Matrix;
import org.w3c.dom.Document;
import sitrep.pipeline.OutputFiles;

/**
 * Writes a {@link Figure} as PNG, SVG or PDF, on a white background (PNG and SVG may be transparent); figures
 * paint no background of their own. Every file goes through {@link OutputFiles#write} (temporary file,
 * then an atomic move), and the same figure gives the same bytes: no timestamps, fixed ids, fixed document info.
 */
public final class FigureWriter {
  /** PNG scale for print (300 dpi from the 96 dpi screen size). */
  public static final double PRINT_SCALE = 300.0 / 96.0;

  /** PDF points per figure pixel (72 pt per inch at 96 px per inch). */
  private static final float PDF_POINTS_PER_PIXEL = 72f / 96f;

  private FigureWriter() {}

  /**
   * Writes a PNG.
   *
   * @param f the figure, never null
   * @param file the target, never null; written atomically
   * @param scale pixels per figure pixel, greater than 0 (1 for screen, {@link #PRINT_SCALE} for print)
   * @throws sitrep.pipeline.SitrepException when the file cannot be written
   */
  public static void writePng(Figure f, Path file, double scale) {
    writePng(f, file, scale, false);
  }

  /**
   * Writes a PNG, on white or on a transparent background.
   *
   * @param f the figure, never null
   * @param file the target, never null; written atomically
   * @param scale pixels per figure pixel, greater than 0
   * @param transparent true to leave the background transparent (an ARGB image)
   */
  public static void writePng(Figure f, Path file, double scale, boolean transparent) {
    byte[] png = pngBytes(f, scale, transparent);
    OutputFiles.write(file, out -> out.write(png));
  }

  /**
   * Writes the four files of a figure: {@code name.png} (screen), {@code name-print.png} (300 dpi at the preset's
   * size), {@code name.svg} and {@code name.pdf} (page size from the preset).
   *
   * @param f the figure, never null
   * @param dir the output folder, never null
   * @param name the base file name, never null
   * @param preset sets the print scale and the PDF page size, never null
   * @param transparent transparent background in the PNGs and the SVG (the PDF page stays white)
   * @return the screen PNG's bytes (for embedding)
   */
  public static byte[] writeAll(Figure f, Path dir, String name, Preset preset, boolean transparent) {
    byte[] png = pngBytes(f, 1.0, transparent);
    OutputFiles.write(dir.resolve(name + ".png"), out -> out.write(png));
    writePng(f, dir.resolve(name + "-print.png"), preset.printScale(), transparent);
    OutputFiles.write(dir.resolve(name + ".svg"), out -> svg(f, out, transparent));
    OutputFiles.write(dir.resolve(name + ".pdf"), out -> pdf(f, out, preset.pdfPointsPerPixel()));
    return png;
  }

  /**
   * Renders a PNG in memory.
   *
   * @param f the figure, never null
   * @param scale pixels per figure pixel, greater than 0
   * @return the PNG file content
   */
  public static byte[] pngBytes(Figure f, double scale) {
    return pngBytes(f, scale, false);
  }

  /**
   * Renders a PNG in memory.
   *
   * @param f the figure, never null
   * @param scale pixels per figure pixel, greater than 0
   * @param transparent true for a transparent background
   * @return the PNG file content
   */
  public static byte[] pngBytes(Figure f, double scale, boolean transparent) {
    if (!(scale > 0 && scale <= 16)) {
      throw new IllegalArgumentException("PNG scale " + scale + " is outside (0, 16]");
    }
    int w = Math.max(1, (int) Math.round(f.width() * scale));
    int h = Math.max(1, (int) Math.round(f.height() * scale));
    BufferedImage image = new BufferedImage(w, h,
        transparent ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    try {
      if (!transparent) {
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, w, h);
      }
      applyHints(g);
      g.scale(scale, scale);
      g.setClip(0, 0, f.width(), f.height());
      f.paint(g);
    } finally {
      g.dispose();
    }
    // the print copies (scale above 1) are large: compressed quickly, a little less tightly
    return PngEncoder.encode(image, scale > 1 ? PngEncoder.FAST : java.util.zip.Deflater.DEFAULT_COMPRESSION);
  }

  /**
   * Writes an SVG with Batik. Text stays text (font family "Noto Sans"), ids come from a fresh generator per file,
   * and there is no comment or timestamp, so the same figure gives the same bytes.
   *
   * @param f the figure, never null
   * @param file the target, never null; written atomically
   * @throws sitrep.pipeline.SitrepException when the file cannot be written
   */
  public static void writeSvg(Figure f, Path file) {
    OutputFiles.write(file, out -> svg(f, out));
  }

  /** Streams the SVG of f to out (UTF-8). */
  static void svg(Figure f, OutputStream out) throws IOException {
    svg(f, out, false);
  }

  /** Streams the SVG of f to out (UTF-8), with a white background rectangle unless transparent. */
  static void svg(Figure f, OutputStream out, boolean transparent) throws IOException {
    Document document;
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      document = factory.newDocumentBuilder().getDOMImplementation()
          .createDocument("http://www.w3.org/2000/svg", "svg", null);
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException("no XML DOM implementation: " + e.getMessage(), e);
    }
    SVGGeneratorContext ctx = SVGGeneratorContext.createDefault(document);
    ctx.setIDGenerator(new SVGIDGenerator()); // fresh per file: ids are the same on every run
    ctx.setComment(null);
    ctx.setEmbeddedFontsOn(false);
    ctx.setPrecision(2);
    SVGGraphics2D g = new SVGGraphics2D(ctx, false);
    g.setSVGCanvasSize(new Dimension(f.width(), f.height()));
    applyHints(g);
    g.setClip(0, 0, f.width(), f.height());
    if (!transparent) {
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, f.width(), f.height());
    }
    f.paint(g);
    Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    g.stream(g.getRoot(), writer, true, false);
    writer.flush();
    g.dispose();
  }

  /**
   * Writes a one-page vector PDF with PDFBox. The page is the figure at 96 dpi (1920 px = 20 in); the bundled fonts
   * are embedded as subsets, and the document information is fixed (producer "sitrep", no dates).
   *
   * @param f the figure, never null
   * @param file the target, never null; written atomically
   * @throws sitrep.pipeline.SitrepException when the file cannot be written
   */
  public static void writePdf(Figure f, Path file) {
    OutputFiles.write(file, out -> pdf(f, out));
  }

  /** Writes the PDF of f to out. */
  static void pdf(Figure f, OutputStream out) throws IOException {
    pdf(f, out, PDF_POINTS_PER_PIXEL);
  }

  /**
   * Writes a PDF of f to out with pointsPerPixel PDF points per figure pixel (0.75 gives 96 dpi, 0.5 a 1920 px
   * figure on a 13.33 in slide page). The page is white.
   */
  static void pdf(Figure f, OutputStream out, float pointsPerPixel) throws IOException {
    try (PDDocument doc = new PDDocument();
        PdfBoxGraphics2DFontTextDrawer fonts = new PdfBoxGraphics2DFontTextDrawer()) {
      for (Font font : List.of(Fonts.regular(10), Fonts.bold(10), Fonts.arabic(10))) {
        String resource = "/fonts/" + fileOf(font);
        try (InputStream in = FigureWriter.class.getResourceAsStream(resource)) {
          if (in == null) {
            throw new IllegalStateException("font " + resource + " is missing from the classpath");
          }
          fonts.registerFont(font.getFontName(java.util.Locale.ROOT), in);
        }
      }
      PDDocumentInformation info = new PDDocumentInformation();
      info.setProducer("sitrep");
      info.setCreator("sitrep");
      doc.setDocumentInformation(info);
      doc.setDocumentId(0L);

      float pw = f.width() * pointsPerPixel;
      float ph = f.height() * pointsPerPixel;
      PDPage page = new PDPage(new PDRectangle(pw, ph));
      doc.addPage(page);

      PdfBoxGraphics2D g = new PdfBoxGraphics2D(doc, f.width(), f.height());
      g.setFontTextDrawer(fonts);
      applyHints(g);
      g.setClip(0, 0, f.width(), f.height());
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, f.width(), f.height());
      f.paint(g);
      g.dispose();
      PDFormXObject form = g.getXFormObject();
      try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
        cs.transform(Matrix.getScaleInstance(pointsPerPixel, pointsPerPixel));
        cs.drawForm(form);
      }
      doc.save(out);
    }
  }

  private static String fileOf(Font font) {
    String name = font.getFontName(java.util.Locale.ROOT);
    if (name.contains("Arabic")) {
      return "NotoSansArabic-Regular.ttf";
    }
    return name.contains("Bold") ? "NotoSans-Bold.ttf" : "NotoSans-Regular.ttf";
  }

  private static void applyHints(Graphics2D g) {
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
    g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
    g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
    g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
  }
}
