package sitrep.render.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import sitrep.render.Preset;

/**
 * How to draw a timeline chart.
 *
 * @param title the chart title, never null (may be empty)
 * @param width figure width in pixels, 200 to 10000
 * @param height figure height in pixels, 150 to 10000
 * @param stackBy what the bar segments show: "weapon" or "actor"; null means "weapon"
 * @param annotations key dates drawn as labelled vertical markers; null is none (sorted by date here)
 */
public record ChartOptions(String title, int width, int height, String stackBy, List<Annotation> annotations) {
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
    List<Annotation> sorted = new ArrayList<>(annotations == null ? List.of() : annotations);
    sorted.sort(Annotation.ORDER);
    annotations = List.copyOf(sorted);
  }

  /** Options without annotations. */
  public ChartOptions(String title, int width, int height, String stackBy) {
    this(title, width, height, stackBy, List.of());
  }

  /** A chart of a preset's size, stacked by weapon. */
  public static ChartOptions of(Preset preset, String title) {
    return new ChartOptions(title, preset.width(), preset.height(), "weapon");
  }

  /** A 1920x1080 chart for a slide, stacked by weapon. */
  public static ChartOptions slide(String title) {
    return of(Preset.SLIDE, title);
  }

  /** A 1200x675 chart for a document or the HTML report, stacked by weapon. */
  public static ChartOptions document(String title) {
    return of(Preset.DOCUMENT, title);
  }

  /** The same options stacked by another category ("weapon" or "actor"). */
  public ChartOptions withStackBy(String by) {
    return new ChartOptions(title, width, height, by, annotations);
  }

  /** The same options with these annotations. */
  public ChartOptions withAnnotations(List<Annotation> list) {
    return new ChartOptions(title, width, height, stackBy, list);
  }

  /** The same options with another title. */
  public ChartOptions withTitle(String newTitle) {
    return new ChartOptions(newTitle, width, height, stackBy, annotations);
  }
}
