package sitrep.render.chart;

import java.util.Locale;

/**
 * How to draw a timeline.
 *
 * @param title the chart title, never null (may be empty)
 * @param width figure width in pixels, 200 to 10000
 * @param height figure height in pixels, 150 to 10000
 * @param stackBy what the bar segments show: "weapon" or "actor"; null means "weapon"
 */
public record ChartOptions(String title, int width, int height, String stackBy) {
  public ChartOptions {
    if (title == null) {
      title = "";
    }
    if (width < 200 || width > 10000 || height < 150 || height > 10000) {
      throw new IllegalArgumentException("chart size " + width + "x" + height + " is outside 200x150 .. 10000x10000");
    }
    stackBy = stackBy == null ? "weapon" : stackBy.trim().toLowerCase(Locale.ROOT);
    if (!stackBy.equals("weapon") && !stackBy.equals("actor")) {
      throw new IllegalArgumentException("stackBy '" + stackBy + "' is not one of [weapon, actor]");
    }
  }

  /** A 1920x1080 chart for a slide, stacked by weapon. */
  public static ChartOptions slide(String title) {
    return new ChartOptions(title, 1920, 1080, "weapon");
  }

  /** A 1200x675 chart for a document or the HTML report, stacked by weapon. */
  public static ChartOptions document(String title) {
    return new ChartOptions(title, 1200, 675, "weapon");
  }

  /** The same options stacked by another category ("weapon" or "actor"). */
  public ChartOptions withStackBy(String by) {
    return new ChartOptions(title, width, height, by);
  }
}
