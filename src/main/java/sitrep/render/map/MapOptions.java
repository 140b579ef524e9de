package sitrep.render.map;

/**
 * How to draw a map.
 *
 * @param title the map title, never null (may be empty)
 * @param width figure width in pixels, 300 to 10000
 * @param height figure height in pixels, 200 to 10000
 */
public record MapOptions(String title, int width, int height) {
  public MapOptions {
    if (title == null) {
      title = "";
    }
    if (width < 300 || width > 10000 || height < 200 || height > 10000) {
      throw new IllegalArgumentException("map size " + width + "x" + height + " is outside 300x200 .. 10000x10000");
    }
  }

  /** A 1920x1080 map for a slide. */
  public static MapOptions slide(String title) {
    return new MapOptions(title, 1920, 1080);
  }

  /** A 1200x675 map for a document or the HTML report. */
  public static MapOptions document(String title) {
    return new MapOptions(title, 1200, 675);
  }
}
