package sitrep.pipeline;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import sitrep.export.IncidentCsv;
import sitrep.export.IncidentGeoJson;
import sitrep.export.IncidentJson;
import sitrep.model.Incident;
import sitrep.model.IncidentSet;
import sitrep.render.Figure;
import sitrep.render.FigureWriter;
import sitrep.render.chart.ChartOptions;
import sitrep.render.chart.TimelineRenderer;
import sitrep.render.map.Basemap;
import sitrep.render.map.MapOptions;
import sitrep.render.map.MapRenderer;
import sitrep.report.ReportImage;
import sitrep.report.ReportInput;
import sitrep.report.ReportWriter;

/**
 * Writes the output folder of SPEC.md from an incident set: exports, timeline and map in PNG, SVG and PDF, and the
 * self-contained report. Every file goes through a temporary name, so a failure leaves earlier files intact.
 */
public final class OutputWriter {
  /** Version shown in the report. */
  public static final String GENERATOR = "sitrep 0.1.0";

  private final Progress progress;

  public OutputWriter(Progress progress) {
    this.progress = progress;
  }

  /**
   * Writes everything.
   *
   * @param set the incidents
   * @param out the output folder (created when missing)
   * @param title report title, null for the default
   * @param documents number of documents read (0 when rendering an incidents file)
   * @param issues the run's issues, shown in the report
   */
  public void write(IncidentSet set, Path out, String title, int documents, List<Issue> issues) {
    OutputFiles.prepareFolder(out);
    String shownTitle = title == null || title.isBlank() ? ReportInput.DEFAULT_TITLE : title;
    progress.start("export", 3);
    IncidentJson.write(set, out.resolve("incidents.json"));
    IncidentCsv.write(set, out.resolve("incidents.csv"));
    IncidentGeoJson.write(set, out.resolve("incidents.geojson"));

    progress.start("render", 2);
    Figure timeline = TimelineRenderer.render(set, ChartOptions.document(shownTitle + ": incidents over time"));
    writeAll(timeline, out, "timeline");
    Figure timelineSlide = TimelineRenderer.render(set, ChartOptions.slide(shownTitle + ": incidents over time"));
    FigureWriter.writePng(timelineSlide, out.resolve("timeline-slide.png"), 1.0);
    progress.update(1);
    Basemap basemap = Basemap.loadBundled();
    Figure map = MapRenderer.render(set, basemap, MapOptions.document(shownTitle + ": strike locations"));
    writeAll(map, out, "map");
    Figure mapSlide = MapRenderer.render(set, basemap, MapOptions.slide(shownTitle + ": strike locations"));
    FigureWriter.writePng(mapSlide, out.resolve("map-slide.png"), 1.0);
    progress.update(2);

    progress.start("report", 1);
    List<LocalDate> dates = set.incidents().stream().map(Incident::date).filter(Objects::nonNull).sorted().toList();
    List<ReportImage> images = new ArrayList<>();
    images.add(new ReportImage("timeline", "Incidents over time", "Incidents per period, by weapon.", "image/png",
        FigureWriter.pngBytes(timeline, 1.0)));
    images.add(new ReportImage("map", "Strike locations",
        "Each circle is a place; its size is the number of incidents there, its colour the weapon.", "image/png",
        FigureWriter.pngBytes(map, 1.0)));
    ReportInput input = new ReportInput(shownTitle, dates.isEmpty() ? null : dates.get(0),
        dates.isEmpty() ? null : dates.get(dates.size() - 1), set, images, issues, documents, GENERATOR);
    new ReportWriter().write(input, out.resolve("report.html"));
    progress.update(1);
  }

  private static void writeAll(Figure f, Path out, String name) {
    FigureWriter.writePng(f, out.resolve(name + ".png"), 1.0);
    FigureWriter.writeSvg(f, out.resolve(name + ".svg"));
    FigureWriter.writePdf(f, out.resolve(name + ".pdf"));
  }
}
