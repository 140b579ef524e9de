package sitrep.pipeline;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
    ChartOptions chart = ChartOptions.of(preset, "").withStackBy(options.stackBy())
        .withAnnotations(options.annotations());
    String by = options.stackBy();
    String marks = options.annotations().isEmpty() ? "" : " Dashed lines mark key dates.";
    Basemap basemap = Basemap.loadBundled();
    Envelope extent = extent(options, basemap);
    MapOptions map = MapOptions.of(preset, "").withExtent(extent);
    String rows = options.stripRows().id();

    // each figure is laid out and written on its own; on several cores they run side by side, and the report
    // takes them in a fixed order, so the output does not depend on which finishes first
    List<Callable<ReportImage>> jobs = new ArrayList<>();
    jobs.add(() -> image("timeline", "Incidents over time", "Incidents per period, stacked by " + by + "." + marks,
        write(TimelineRenderer.render(set, chart.withTitle(shownTitle + ": incidents over time")), out, "timeline",
            preset, clear)));
    jobs.add(() -> image("timeline-cumulative", "Cumulative incidents",
        "Running total of incidents since the first one, by " + by + "; a steep stretch is a surge." + marks,
        write(CumulativeRenderer.render(set, chart.withTitle(shownTitle + ": cumulative incidents")), out,
            "timeline-cumulative", preset, clear)));
    jobs.add(() -> image("event-strip", "Incidents by " + rows,
        "One mark per incident on a time line, one row per " + rows + " (the " + EventStripRenderer.MAX_ROWS
            + " with most incidents), coloured by "
            + (options.stripRows() == EventStripRenderer.Rows.ACTOR && by.equals("actor") ? "weapon" : by) + "."
            + marks,
        write(EventStripRenderer.render(set, chart.withTitle(shownTitle + ": incidents by " + rows),
            options.stripRows()), out, "event-strip", preset, clear)));
    jobs.add(() -> image("map", "Strike locations",
        "Each circle is a place; its size is the number of incidents there, its colour the weapon. The inset shows"
            + " where the map lies.",
        write(MapRenderer.render(set, basemap, map.withTitle(shownTitle + ": strike locations")), out, "map",
            preset, clear)));
    jobs.add(() -> image("map-provinces", "Incidents per province",
        "First-level divisions (provinces, governorates) shaded by the number of located incidents inside them;"
            + " darker is more. Incidents at sea are not counted.",
        write(MapRenderer.renderProvinces(set, basemap, map.withTitle(shownTitle + ": incidents per province")), out,
            "map-provinces", preset, clear)));
    if (preset == Preset.DOCUMENT) {
      // slide-sized copies of the two most used pictures, for a quick deck
      jobs.add(() -> {
        FigureWriter.writePng(TimelineRenderer.render(set, ChartOptions.of(Preset.SLIDE, shownTitle
            + ": incidents over time").withStackBy(by).withAnnotations(options.annotations())),
            out.resolve("timeline-slide.png"), 1.0, clear);
        return null;
      });
      jobs.add(() -> {
        FigureWriter.writePng(MapRenderer.render(set, basemap, MapOptions.of(Preset.SLIDE,
            shownTitle + ": strike locations").withExtent(extent)), out.resolve("map-slide.png"), 1.0, clear);
        return null;
      });
    }
    List<ReportImage> images = new ArrayList<>();
    for (ReportImage img : runAll(jobs)) {
      if (img != null) {
        images.add(img);
        progress.update(images.size());
      }
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

  /** Runs the jobs on up to two threads and returns their results in job order; a failure is rethrown. */
  private static <T> List<T> runAll(List<Callable<T>> jobs) {
    int threads = Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors()));
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "sitrep-render");
      t.setDaemon(true);
      return t;
    });
    try {
      List<Future<T>> futures = new ArrayList<>();
      for (Callable<T> job : jobs) {
        futures.add(pool.submit(job));
      }
      List<T> results = new ArrayList<>();
      for (Future<T> f : futures) {
        results.add(f.get());
      }
      return results;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SitrepException("rendering was interrupted", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException re) {
        throw re;
      }
      if (cause instanceof Error err) {
        throw err;
      }
      throw new SitrepException("render failed: " + cause.getMessage(), cause);
    } finally {
      pool.shutdownNow();
    }
  }

  private static ReportImage image(String id, String title, String caption, byte[] png) {
    return new ReportImage(id, title, caption, "image/png", png);
  }

  /** Writes the four files of a figure and returns the screen PNG for the report. */
  private static byte[] write(Figure f, Path out, String name, Preset preset, boolean transparent) {
    return FigureWriter.writeAll(f, out, name, preset, transparent);
  }
}
