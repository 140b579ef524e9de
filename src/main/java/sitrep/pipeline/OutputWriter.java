package sitrep.pipeline;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
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
import sitrep.render.map.MapData;
import sitrep.render.map.MapOptions;
import sitrep.render.map.MapRenderer;
import sitrep.report.ReportImage;
import sitrep.report.ReportInput;
import sitrep.report.ReportWriter;

/**
 * Writes the output folder of SPEC.md from an incident set: exports; the timeline, cumulative timeline, event
 * strip, strike map and province map, each as PNG (screen), 300 dpi PNG ({@code -print.png}), SVG and PDF; and
 * the self-contained report. Every file goes through a temporary name, so a failure leaves earlier files intact.
 * The exports and figures are written side by side on up to two threads into a staging folder, the report last,
 * and published together when all are written: a failed run leaves the earlier output folder as it was.
 */
public final class OutputWriter {
  /** Version shown in the report. */
  public static final String GENERATOR = "sitrep 0.1.0";

  /** The figures written, by base file name, in report order. */
  public static final List<String> FIGURES =
      List.of("timeline", "timeline-cumulative", "event-strip", "map", "map-provinces");

  /** The documents count of {@link #write}: the documents the incidents cite (when rendering an incidents file). */
  public static final int CITED_DOCUMENTS = -1;

  private final Progress progress;
  private final CompletableFuture<Basemap> basemap;

  /**
   * A writer that starts loading the bundled basemap at once, on a thread of its own, so that the load overlaps
   * with whatever the caller does before {@link #write} (reading or extracting the incidents). From here to the end
   * of {@link #write} the JIT compiles with C1 only ({@link QuickJit}): pair the writer with a call of write.
   *
   * @param progress where progress goes, never null
   */
  public OutputWriter(Progress progress) {
    this.progress = progress;
    this.basemap = CompletableFuture.supplyAsync(() -> {
      QuickJit.acquire();
      return Basemap.loadBundled();
    }, job -> {
      Thread t = new Thread(job, "sitrep-basemap");
      t.setDaemon(true);
      t.start();
    });
  }

  /** The bundled basemap, waiting for it to be loaded. */
  private Basemap basemap() {
    try {
      return basemap.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException re) {
        throw re;
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw new SitrepException("cannot load the basemap: " + e.getCause(), e.getCause());
    }
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
   * @param documents number of documents read, or {@link #CITED_DOCUMENTS} for the number the incidents cite
   * @param issues the run's issues, shown in the report
   * @param options sizes, background, stacking, annotations and map extent, never null
   * @throws SitrepException when a file cannot be written or a map country is unknown
   */
  public void write(IncidentSet set, Path out, String title, int documents, List<Issue> issues,
      RenderOptions options) {
    try {
      OutputFiles.prepareFolder(out);
      Path staging = OutputFiles.stagingFolder(out);
      try {
        writeAll(set, staging, title, documents, issues, options);
        OutputFiles.publish(staging, out);
      } finally {
        OutputFiles.discard(staging);
      }
    } finally {
      try {
        basemap.join(); // the loading thread turned the quick JIT on first
      } catch (RuntimeException ignored) {
        // reported by the jobs that needed the basemap
      }
      QuickJit.release();
    }
  }

  /** Writes every output into out (the staging folder). */
  private void writeAll(IncidentSet set, Path out, String title, int documents, List<Issue> issues,
      RenderOptions options) {
    String shownTitle = title == null || title.isBlank() ? ReportInput.DEFAULT_TITLE : title;
    Preset preset = options.preset();
    boolean clear = options.transparent();
    ChartOptions chart = ChartOptions.of(preset, "").withStackBy(options.stackBy())
        .withAnnotations(options.annotations());
    String by = options.stackBy();
    String marks = options.annotations().isEmpty() ? "" : " Dashed lines mark key dates.";
    // the basemap is needed here only for --countries; the map jobs wait for it otherwise
    Envelope extent = options.countries().isEmpty() ? extent(options, null) : extent(options, basemap());
    MapOptions map = MapOptions.of(preset, "").withExtent(extent);
    String rows = options.stripRows().id();
    // the charts take incidents by date: one sort (or check) for the four charts, made by the first that needs it
    java.util.function.Supplier<IncidentSet> byDate = memo(() -> byDate(set));
    // the maps take the incidents gathered by site: one pass for the three maps, made by the first that needs it
    java.util.function.Supplier<MapData> sites = memo(() -> MapData.of(set));

    // every file is written on its own (the exports stream over the incidents; each figure is laid out and
    // written in its four formats); on several cores they run side by side, the longest first, and the report
    // takes the figures in a fixed order, so the output does not depend on which finishes first
    List<Callable<ReportImage>> jobs = new ArrayList<>();
    jobs.add(() -> {
      IncidentJson.write(set, out.resolve("incidents.json"));
      return null;
    });
    // the figures' titles and captions, known before they are drawn
    Map<String, String[]> texts = new HashMap<>();
    texts.put("map", new String[] {"Strike locations",
        "Each circle is a place; its size is the number of incidents there, its colour the weapon. The inset shows"
            + " where the map lies."});
    texts.put("timeline", new String[] {"Incidents over time", "Incidents per period, stacked by " + by + "." + marks});
    texts.put("map-provinces", new String[] {"Incidents per province",
        "First-level divisions (provinces, governorates) shaded by the number of located incidents inside them;"
            + " darker is more. Incidents at sea are not counted."});
    texts.put("timeline-cumulative", new String[] {"Cumulative incidents",
        "Running total of incidents since the first one, by " + by + "; a steep stretch is a surge." + marks});
    texts.put("event-strip", new String[] {"Incidents by " + rows,
        "One mark per incident on a time line, one row per " + rows + " (the " + EventStripRenderer.MAX_ROWS
            + " with most incidents), coloured by "
            + (options.stripRows() == EventStripRenderer.Rows.ACTOR && by.equals("actor") ? "weapon" : by) + "."
            + marks});
    java.util.function.BiFunction<String, byte[], ReportImage> image =
        (id, png) -> new ReportImage(id, texts.get(id)[0], texts.get(id)[1], "image/png", png);

    // the report's tables and totals go over every incident, and its HTML is rendered, beside the figures; their
    // pictures go in once they are done
    ReportWriter report = new ReportWriter();
    AtomicReference<ReportWriter.Prepared> prepared = new AtomicReference<>();
    List<ReportImage> pictures = FIGURES.stream().map(id -> image.apply(id, new byte[] {0})).toList();
    jobs.add(() -> {
      // the period is that of the incidents (the report takes it from them when it is not given)
      int docs = documents == CITED_DOCUMENTS ? (int) set.sourceDocumentCount() : documents;
      ReportInput input = new ReportInput(shownTitle, null, null, set, List.of(), issues, docs, GENERATOR);
      prepared.set(report.prepare(input, pictures));
      return null;
    });
    jobs.add(() -> image.apply("map",
        write(MapRenderer.render(sites.get(), basemap(), map.withTitle(shownTitle + ": strike locations")), out, "map",
            preset, clear)));
    jobs.add(() -> {
      IncidentGeoJson.write(set, out.resolve("incidents.geojson"));
      return null;
    });
    jobs.add(() -> image.apply("timeline",
        write(TimelineRenderer.render(byDate.get(), chart.withTitle(shownTitle + ": incidents over time")), out, "timeline",
            preset, clear)));
    jobs.add(() -> {
      IncidentCsv.write(set, out.resolve("incidents.csv"));
      return null;
    });
    jobs.add(() -> image.apply("map-provinces",
        write(MapRenderer.renderProvinces(sites.get(), basemap(), map.withTitle(shownTitle + ": incidents per province")), out,
            "map-provinces", preset, clear)));
    jobs.add(() -> image.apply("timeline-cumulative",
        write(CumulativeRenderer.render(byDate.get(), chart.withTitle(shownTitle + ": cumulative incidents")), out,
            "timeline-cumulative", preset, clear)));
    jobs.add(() -> image.apply("event-strip",
        write(EventStripRenderer.render(byDate.get(), chart.withTitle(shownTitle + ": incidents by " + rows),
            options.stripRows()), out, "event-strip", preset, clear)));
    if (preset == Preset.DOCUMENT) {
      // slide-sized copies of the two most used pictures, for a quick deck
      jobs.add(() -> {
        FigureWriter.writePng(MapRenderer.render(sites.get(), basemap(), MapOptions.of(Preset.SLIDE,
            shownTitle + ": strike locations").withExtent(extent)), out.resolve("map-slide.png"), 1.0, clear);
        return null;
      });
      jobs.add(() -> {
        FigureWriter.writePng(TimelineRenderer.render(byDate.get(), ChartOptions.of(Preset.SLIDE, shownTitle
            + ": incidents over time").withStackBy(by).withAnnotations(options.annotations())),
            out.resolve("timeline-slide.png"), 1.0, clear);
        return null;
      });
    }
    progress.start("output", jobs.size());
    Map<String, ReportImage> byId = new HashMap<>();
    for (ReportImage img : runAll(jobs, progress)) {
      if (img != null) {
        byId.put(img.id(), img);
      }
    }
    report.write(prepared.get(), FIGURES.stream().map(byId::get).toList(), out.resolve("report.html"));
  }

  /** A supplier that computes its value once, on the first call (other callers wait for it). */
  private static <T> java.util.function.Supplier<T> memo(java.util.function.Supplier<T> compute) {
    return new java.util.function.Supplier<>() {
      private T value;

      @Override
      public synchronized T get() {
        if (value == null) {
          value = compute.get();
        }
        return value;
      }
    };
  }

  /** The set by date (undated last), then id; the set itself when it is in that order. */
  static IncidentSet byDate(IncidentSet set) {
    Comparator<Incident> order = OutputWriter::compareByDate;
    Incident previous = null;
    for (Incident i : set.incidents()) {
      if (previous != null && !inOrder(previous, i)) {
        List<Incident> sorted = new ArrayList<>(set.incidents());
        sorted.sort(order);
        return new IncidentSet(sorted);
      }
      previous = i;
    }
    return set;
  }

  /** True when a comes before b or is equal by date (undated last), then id. */
  private static boolean inOrder(Incident a, Incident b) {
    return compareByDate(a, b) <= 0;
  }

  /**
   * By date (undated last), then id: what {@code comparing(Incident::date, nullsLast(naturalOrder()))
   * .thenComparing(Incident::id)} gives, in one method (sorting 100,000 incidents through that chain of lambdas
   * takes seconds before the JIT has compiled it).
   */
  static int compareByDate(Incident a, Incident b) {
    LocalDate da = a.date();
    LocalDate db = b.date();
    if (da != db) {
      if (da == null) {
        return 1;
      }
      if (db == null) {
        return -1;
      }
      int c = da.compareTo(db);
      if (c != 0) {
        return c;
      }
    }
    return a.id().compareTo(b.id());
  }

  /**
   * The map extent of the options: the bbox, else the countries' extent, else null (fit to the incidents).
   *
   * @param basemap the basemap, used only when the options name countries (may be null otherwise)
   */
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

  /**
   * Runs the jobs on up to two threads and returns their results in job order. On a failure the jobs not started
   * are cancelled, the running ones are waited for (so no temporary file is left behind), and the first failure in
   * job order is rethrown.
   */
  private static <T> List<T> runAll(List<Callable<T>> jobs, Progress progress) {
    int threads = Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors()));
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "sitrep-output");
      t.setDaemon(true);
      return t;
    });
    AtomicInteger done = new AtomicInteger();
    try {
      List<Future<T>> futures = new ArrayList<>();
      for (Callable<T> job : jobs) {
        futures.add(pool.submit(() -> {
          T result = job.call();
          progress.update(done.incrementAndGet());
          return result;
        }));
      }
      List<T> results = new ArrayList<>();
      for (Future<T> f : futures) {
        results.add(f.get());
      }
      return results;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SitrepException("writing the output was interrupted", e);
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
      try {
        if (!pool.awaitTermination(5, TimeUnit.MINUTES)) {
          progress.message("some output jobs did not stop");
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }


  /** Writes the four files of a figure and returns the screen PNG for the report. */
  private static byte[] write(Figure f, Path out, String name, Preset preset, boolean transparent) {
    return FigureWriter.writeAll(f, out, name, preset, transparent);
  }
}
