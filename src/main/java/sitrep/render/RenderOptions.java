package sitrep.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import sitrep.render.chart.Annotation;
import sitrep.render.chart.EventStripRenderer;

/**
 * How the charts and maps of an output folder are drawn (the options of {@code report} and {@code render}).
 *
 * @param preset the size of the main files (name.png/.svg/.pdf), never null (null is {@link Preset#DOCUMENT})
 * @param transparent transparent background for the PNGs and SVGs
 * @param stackBy "weapon" or "actor": what the timeline bars and areas are split by; null is "weapon"
 * @param stripRows what the event strip's rows are; null is one row per site
 * @param annotations key dates for the timeline charts; null is none
 * @param bbox map extent {minLon, minLat, maxLon, maxLat}, null to fit the map to the incidents (or countries)
 * @param countries ISO 3166-1 alpha-2 codes whose extent the maps show when bbox is null; null is none
 */
public record RenderOptions(Preset preset, boolean transparent, String stackBy, EventStripRenderer.Rows stripRows,
    List<Annotation> annotations, double[] bbox, List<String> countries) {
  public RenderOptions {
    preset = preset == null ? Preset.DOCUMENT : preset;
    stackBy = stackBy == null ? "weapon" : stackBy.trim().toLowerCase(Locale.ROOT);
    if (!stackBy.equals("weapon") && !stackBy.equals("actor")) {
      throw new IllegalArgumentException("stack-by '" + stackBy + "' is not one of [weapon, actor]");
    }
    stripRows = stripRows == null ? EventStripRenderer.Rows.SITE : stripRows;
    annotations = annotations == null ? List.of() : List.copyOf(annotations);
    if (bbox != null) {
      if (bbox.length != 4) {
        throw new IllegalArgumentException("bbox needs 4 numbers minLon,minLat,maxLon,maxLat, got " + bbox.length);
      }
      bbox = bbox.clone();
      if (!(bbox[0] >= -180 && bbox[2] <= 180 && bbox[0] < bbox[2])) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "bbox longitudes %s..%s must be within -180..180 with min < max", bbox[0], bbox[2]));
      }
      if (!(bbox[1] >= -90 && bbox[3] <= 90 && bbox[1] < bbox[3])) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "bbox latitudes %s..%s must be within -90..90 with min < max", bbox[1], bbox[3]));
      }
    }
    List<String> codes = new ArrayList<>();
    for (String c : countries == null ? List.<String>of() : countries) {
      String code = c.trim().toUpperCase(Locale.ROOT);
      if (!code.matches("[A-Z]{2}")) {
        throw new IllegalArgumentException("country '" + c + "' is not an ISO 3166-1 alpha-2 code such as IQ");
      }
      if (!codes.contains(code)) {
        codes.add(code);
      }
    }
    countries = List.copyOf(codes);
  }

  /** Document size, white background, stacked by weapon, rows per site, no annotations, fitted maps. */
  public static RenderOptions defaults() {
    return new RenderOptions(Preset.DOCUMENT, false, "weapon", EventStripRenderer.Rows.SITE, List.of(), null, null);
  }

  /** A copy of the bbox, or null. */
  @Override
  public double[] bbox() {
    return bbox == null ? null : bbox.clone();
  }

  /**
   * Parses "minLon,minLat,maxLon,maxLat".
   *
   * @throws IllegalArgumentException naming what is wrong
   */
  public static double[] parseBbox(String text) {
    String[] parts = text.split(",");
    if (parts.length != 4) {
      throw new IllegalArgumentException("bbox '" + text + "' is not minLon,minLat,maxLon,maxLat (e.g. 38,29,49,38)");
    }
    double[] out = new double[4];
    for (int i = 0; i < 4; i++) {
      try {
        out[i] = Double.parseDouble(parts[i].trim());
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("bbox '" + text + "': '" + parts[i].trim() + "' is not a number");
      }
    }
    return out;
  }
}
