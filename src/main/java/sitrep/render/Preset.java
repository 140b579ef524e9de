package sitrep.render;

import java.util.Locale;

/**
 * A figure size with the resolution it is meant for: {@link #SLIDE} is a 16:9 slide (1920x1080 px, a 13.33x7.5 in
 * PDF page, i.e. 144 px per inch), {@link #DOCUMENT} a figure for a document or the HTML report (1200x675 px at
 * 96 px per inch, a 12.5x7.03 in PDF page). Fonts and strokes scale with the pixel size, so text has the same point
 * size on both PDF pages.
 */
public enum Preset {
  SLIDE("slide", 1920, 1080, 144),
  DOCUMENT("document", 1200, 675, 96);

  private final String id;
  private final int width;
  private final int height;
  private final double pixelsPerInch;

  Preset(String id, int width, int height, double pixelsPerInch) {
    this.id = id;
    this.width = width;
    this.height = height;
    this.pixelsPerInch = pixelsPerInch;
  }

  /** "slide" or "document". */
  public String id() {
    return id;
  }

  /** Figure width in pixels. */
  public int width() {
    return width;
  }

  /** Figure height in pixels. */
  public int height() {
    return height;
  }

  /** Pixels per inch the figure is laid out for. */
  public double pixelsPerInch() {
    return pixelsPerInch;
  }

  /** PDF points per figure pixel (72 pt per inch). */
  public float pdfPointsPerPixel() {
    return (float) (72.0 / pixelsPerInch);
  }

  /** PNG scale that gives 300 dots per inch at the preset's physical size. */
  public double printScale() {
    return 300.0 / pixelsPerInch;
  }

  /**
   * The preset named by id, ignoring case.
   *
   * @param id "slide" or "document", never null
   * @throws IllegalArgumentException naming the accepted values
   */
  public static Preset of(String id) {
    for (Preset p : values()) {
      if (p.id.equals(id.trim().toLowerCase(Locale.ROOT))) {
        return p;
      }
    }
    throw new IllegalArgumentException("preset '" + id + "' is not one of [slide, document]");
  }
}
