package sitrep.pipeline;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.locationtech.jts.geom.Envelope;
import sitrep.export.IncidentCsv;
import sitrep.export.IncidentGeoJson;
import sitrep.export.IncidentJson;
import sitrep.model.Incident;
import sitrep.model.IncidentSet;
import sitrep.render.Figure;
import sitrep.render.FigureWriter;
import sitrep.render.Preset;
import sitrep.render.RenderOptions;
import sitrep.render.chart.ChartOptions;
import sitrep.render.chart.CumulativeRenderer;
import sitrep.render.chart.EventStripRenderer;
import sitrep.render.chart.TimelineRenderer;
import sitrep.render.map.Basemap;
import sitrep.render.map.MapOptions;
import sitrep.render.map.MapRenderer;
import sitrep.report.ReportImage;
import sitrep.report.ReportInput;
import sitrep.report.ReportWriter;

/**
 * Writes the output folder of SPEC.md from an incident set: exports; the timeline, cumulative timeline, event
 * strip, strike map and province map, each as PNG (screen), 300 dpi PNG ({@code -print.png}), SVG and PDF; and
 * the self-contained report. Every file goes through a temporary name, so a failure leaves earlier files intact.
 */
public final class OutputWriter {
  /** Version shown in the report. */
  public static final String GENERATOR = "sitrep 0.1.0";

  /** The figures written, by base file name, in report order. */
  public static final List<String> FIGURES =
      List.of("timeline", "timeline-cumulative", "event-strip", "map", "map-provinces");

  private final Progress progress;

  public OutputWriter(Progress progress) {
    this.progress = progress;
  }

  /** Writes everything with the default render options. See {@link #write(IncidentSet, Path, String, int, List, RenderOptions)}. */
  public void write(IncidentSet set, Path out, String title, int documents, List<Issue> issues) {
    write(set, out, title, documents, issues, RenderOptions.defaults());
  }

  /**
   * Writes everything.
   *
   * @param set the incidents
   * @param out the output folder (created when missing)
   * @param title report title, null for the default
   * @param documents number of documents read (0 when rendering an incidents file)
   * @param issues the run's issues, shown in the report
   * @param options sizes, background, stacking, annotations and map extent, never null
   * @throws SitrepException when a file cannot be written or a map country is unknown
   */
  public void write(IncidentSet set, Path out, String title, int documents, List<Issue> issues,
      RenderOptions options) {
    OutputFiles.prepareFolder(out);
    String shownTitle = title == null || title.isBlank() ? ReportInput.DEFAULT_TITLE : title;
    progress.start("export", 3);
    IncidentJson.write(set, out.resolve("incidents.json"));
    IncidentCsv.write(set, out.resolve("incidents.csv"));
    IncidentGeoJson.write(set, out.resolve("incidents.geojson"));

    Preset preset = options.preset();
    boolean clear = options.transparent();
    progress.start("render", FIGURES.size());
    List<ReportImage> images = new ArrayList<>();
    ChartOptions chart = ChartOptions.of(preset, "").withStackBy(options.stackBy())
        .withAnnotations(options.annotations());
    String by = options.stackBy();
    String marks = options.annotations().isEmpty() ? "" : " Dashed lines mark key dates.";

    Figure timeline = TimelineRenderer.render(set, chart.withTitle(shownTitle + ": incidents over time"));
    images.add(image("timeline", "Incidents over time", "Incidents per period, stacked by " + by + "." + marks,
        write(timeline, out, "timeline", preset, clear)));
    progress.update(1);
    Figure cumulative = CumulativeRenderer.render(set, chart.withTitle(shownTitle + ": cumulative incidents"));
    images.add(image("timeline-cumulative", "Cumulative incidents",
        "Running total of incidents since the first one, by " + by + "; a steep stretch is a surge." + marks,
        write(cumulative, out, "timeline-cumulative", preset, clear)));
    progress.update(2);
    Figure strip = EventStripRenderer.render(set, chart.withTitle(shownTitle + ": incidents by "
        + options.stripRows().id()), options.stripRows());
    images.add(image("event-strip", "Incidents by " + options.stripRows().id(),
        "One mark per incident on a time line, one row per " + options.stripRows().id() + " (the "
            + EventStripRenderer.MAX_ROWS + " with most incidents), coloured by "
            + (options.stripRows() == EventStripRenderer.Rows.ACTOR && by.equals("actor") ? "weapon" : by) + "."
            + marks,
        write(strip, out, "event-strip", preset, clear)));
    progress.update(3);

    Basemap basemap = Basemap.loadBundled();
    Envelope extent = extent(options, basemap);
    MapOptions map = MapOptions.of(preset, "").withExtent(extent);
    Figure strikes = MapRenderer.render(set, basemap, map.withTitle(shownTitle + ": strike locations"));
    images.add(image("map", "Strike locations",
        "Each circle is a place; its size is the number of incidents there, its colour the weapon. The inset shows"
            + " where the map lies.", write(strikes, out, "map", preset, clear)));
    progress.update(4);
    Figure provinces = MapRenderer.renderProvinces(set, basemap,
        map.withTitle(shownTitle + ": incidents per province"));
    images.add(image("map-provinces", "Incidents per province",
        "First-level divisions (provinces, governorates) shaded by the number of located incidents inside them;"
            + " darker is more. Incidents at sea are not counted.",
        write(provinces, out, "map-provinces", preset, clear)));
    progress.update(5);
    if (preset == Preset.DOCUMENT) {
      // slide-sized copies of the two most used pictures, for a quick deck
      FigureWriter.writePng(TimelineRenderer.render(set, ChartOptions.of(Preset.SLIDE, shownTitle
          + ": incidents over time").withStackBy(by).withAnnotations(options.annotations())),
          out.resolve("timeline-slide.png"), 1.0, clear);
      FigureWriter.writePng(MapRenderer.render(set, basemap, MapOptions.of(Preset.SLIDE,
          shownTitle + ": strike locations").withExtent(extent)), out.resolve("map-slide.png"), 1.0, clear);
    }

    progress.start("report", 1);
    List<LocalDate> dates = set.incidents().stream().map(Incident::date).filter(Objects::nonNull).sorted().toList();
    ReportInput input = new ReportInput(shownTitle, dates.isEmpty() ? null : dates.get(0),
        dates.isEmpty() ? null : dates.get(dates.size() - 1), set, images, issues, documents, GENERATOR);
    new ReportWriter().write(input, out.resolve("report.html"));
    progress.update(1);
  }

  /** The map extent of the options: the bbox, else the countries' extent, else null (fit to the incidents). */
  static Envelope extent(RenderOptions options, Basemap basemap) {
    double[] b = options.bbox();
    if (b != null) {
      return new Envelope(b[0], b[2], b[1], b[3]);
    }
    if (!options.countries().isEmpty()) {
      try {
        return basemap.countryExtent(options.countries());
      } catch (IllegalArgumentException e) {
        throw new SitrepException("map extent: " + e.getMessage(), e);
      }
    }
    return null;
  }

  private static ReportImage image(String id, String title, String caption, byte[] png) {
    return new ReportImage(id, title, caption, "image/png", png);
  }

  /** Writes the four files of a figure and returns the screen PNG for the report. */
  private static byte[] write(Figure f, Path out, String name, Preset preset, boolean transparent) {
    return FigureWriter.writeAll(f, out, name, preset, transparent);
  }
}
