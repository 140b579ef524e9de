package sitrep.render.map;

import org.locationtech.jts.geom.Envelope;
import sitrep.render.Preset;

/**
 * How to draw a map.
 *
 * @param title the map title, never null (may be empty)
 * @param width figure width in pixels, 300 to 10000
 * @param height figure height in pixels, 200 to 10000
 * @param extent the lon/lat box to show, null to fit the map to the located incidents
 * @param inset true to draw a small locator map with the main extent's box in a free corner
 */
public record MapOptions(String title, int width, int height, Envelope extent, boolean inset) {
  public MapOptions {
    if (title == null) {
      title = "";
    }
    if (width < 300 || width > 10000 || height < 200 || height > 10000) {
      throw new IllegalArgumentException("map size " + width + "x" + height + " is outside 300x200 .. 10000x10000");
    }
    if (extent != null) {
      if (extent.isNull() || extent.getMinX() < -180 || extent.getMaxX() > 180 || extent.getMinY() < -90
          || extent.getMaxY() > 90) {
        throw new IllegalArgumentException("map extent " + extent + " is not within -180..180, -90..90");
      }
      extent = new Envelope(extent);
    }
  }

  /** A fitted map without inset. */
  public MapOptions(String title, int width, int height) {
    this(title, width, height, null, false);
  }

  /** A fitted map of a preset's size, with the locator inset. */
  public static MapOptions of(Preset preset, String title) {
    return new MapOptions(title, preset.width(), preset.height(), null, true);
  }

  /** A 1920x1080 map for a slide. */
  public static MapOptions slide(String title) {
    return new MapOptions(title, 1920, 1080);
  }

  /** A 1200x675 map for a document or the HTML report. */
  public static MapOptions document(String title) {
    return new MapOptions(title, 1200, 675);
  }

  /** The same options with another extent (null to fit). */
  public MapOptions withExtent(Envelope e) {
    return new MapOptions(title, width, height, e, inset);
  }

  /** The same options with or without the inset. */
  public MapOptions withInset(boolean on) {
    return new MapOptions(title, width, height, extent, on);
  }

  /** The same options with another title. */
  public MapOptions withTitle(String t) {
    return new MapOptions(t, width, height, extent, inset);
  }

  /** A copy of the extent, or null. */
  @Override
  public Envelope extent() {
    return extent == null ? null : new Envelope(extent);
  }
}
