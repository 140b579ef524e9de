package sitrep.pipeline;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.RandomAccess;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import sitrep.extract.IncidentExtractor;
import sitrep.extract.PlaceFinder;
import sitrep.ingest.DocumentReader;
import sitrep.ingest.InputFile;
import sitrep.ingest.Manifest;
import sitrep.merge.IncidentMerger;
import sitrep.model.Document;
import sitrep.model.Incident;
import sitrep.model.IncidentSet;

/**
 * Runs ingest, extract (with geocoding through the {@link PlaceFinder}) and merge over the inputs. Documents are read
 * and extracted in parallel, one at a time per worker, so memory holds one document per thread plus the incidents;
 * results are put back in file order, so the output does not depend on the number of threads. A run in which no
 * document could be read fails with a {@link SitrepException} that says why, before anything is written.
 */
public final class Pipeline {
  private final PlaceFinder finder;
  private final Diagnostics diagnostics;
  private final Progress progress;

  private final int threads;

  /** A pipeline that uses every core. */
  public Pipeline(PlaceFinder finder, Diagnostics diagnostics, Progress progress) {
    this(finder, diagnostics, progress, 0);
  }

  /**
   * @param finder places and actors for extraction, never null
   * @param diagnostics where per-document issues go, never null
   * @param progress stage progress, never null
   * @param threads documents extracted at once; 0 for the number of cores
   */
  public Pipeline(PlaceFinder finder, Diagnostics diagnostics, Progress progress, int threads) {
    if (threads < 0) {
      throw new IllegalArgumentException("threads must be >= 0, got " + threads);
    }
    this.finder = finder;
    this.diagnostics = diagnostics;
    this.progress = progress;
    this.threads = threads;
  }

  /**
   * The result of a run.
   *
   * @param incidents the merged incidents
   * @param documents number of documents read
   * @param characters characters of article text read (after HTML is reduced to text)
   * @param extractNanos wall time of ingest, extract and geocode
   * @param mergeNanos wall time of merge
   */
  public record Result(IncidentSet incidents, int documents, long characters, long extractNanos, long mergeNanos)
      implements AutoCloseable {
    /** Deletes the temporary file the incidents are read from: use the incidents before. */
    @Override
    public void close() {
      if (incidents.incidents() instanceof StoredIncidents stored) {
        stored.store.close();
      }
    }
  }

  /**
   * Ingests, extracts and merges.
   *
   * @param inputs files or folders, never empty
   * @param manifest an explicit manifest, null to use a manifest.csv in the input folder
   * @param from keep incidents on or after this date, null for no limit
   * @param to keep incidents on or before this date, null for no limit
   * @throws SitrepException when an input or the manifest is missing, or no document could be read
   */
  public Result run(List<Path> inputs, Path manifest, LocalDate from, LocalDate to) {
    DocumentReader reader = new DocumentReader(diagnostics);
    Manifest m = reader.manifest(manifest, inputs);
    List<InputFile> files = reader.collect(inputs);
    progress.start("extract", files.size());
    IncidentExtractor extractor = new IncidentExtractor(finder);
    AtomicInteger done = new AtomicInteger();
    AtomicInteger read = new AtomicInteger();
    AtomicLong characters = new AtomicLong();
    IncidentStore store = new IncidentStore();
    long t0 = System.nanoTime();
    Function<InputFile, List<Stored>> perDocument = f -> {
      List<Stored> found = List.of();
      try {
        Optional<Document> doc = reader.read(f, m);
        if (doc.isPresent()) {
          read.incrementAndGet();
          characters.addAndGet(doc.get().text().length());
          found = stored(store, extractor.extract(doc.get()));
        }
      } catch (RuntimeException | StackOverflowError e) {
        diagnostics.report("extract-failed", f.displayPath(), 0,
            "extraction failed (" + e.getClass().getSimpleName() + ": " + e.getMessage() + "); document skipped");
      }
      progress.update(done.incrementAndGet());
      return found;
    };
    List<List<Stored>> perFile = inParallel(files, perDocument);
    if (read.get() == 0) {
      store.close();
      throw new SitrepException(nothingRead(inputs, files.size()));
    }
    List<Stored> all = new ArrayList<>();
    perFile.forEach(all::addAll);
    perFile = null;
    long t1 = System.nanoTime();
    progress.start("merge", 1);
    List<Stored> merged = merge(store, all);
    long t2 = System.nanoTime();
    List<Stored> kept = merged.stream()
        .filter(i -> from == null || i.key().date() == null || !i.key().date().isBefore(from))
        .filter(i -> to == null || i.key().date() == null || !i.key().date().isAfter(to))
        .toList();
    progress.message(all.size() + " reports -> " + merged.size() + " incidents"
        + (kept.size() < merged.size() ? " (" + kept.size() + " in the date range)" : ""));
    return new Result(new IncidentSet(new StoredIncidents(store, kept)), read.get(), characters.get(), t1 - t0, t2 - t1);
  }

  /** An incident in the store with what merge needs of it in memory. */
  private record Stored(IncidentMerger.Key key, IncidentStore.Ref ref) {}

  private static List<Stored> stored(IncidentStore store, List<Incident> incidents) {
    if (incidents.isEmpty()) {
      return List.of();
    }
    List<IncidentStore.Ref> refs = store.append(incidents);
    List<Stored> out = new ArrayList<>(incidents.size());
    for (int i = 0; i < incidents.size(); i++) {
      out.add(new Stored(IncidentMerger.Key.of(incidents.get(i)), refs.get(i)));
    }
    return out;
  }

  /**
   * {@link IncidentMerger#merge} over the store: groups from the keys, each group of several reports read back,
   * combined and stored again; the result sorted the same way, ids assigned when the incidents are read.
   */
  private static List<Stored> merge(IncidentStore store, List<Stored> all) {
    List<IncidentMerger.Key> keys = new ArrayList<>(all.size());
    all.forEach(s -> keys.add(s.key()));
    List<Stored> merged = new ArrayList<>();
    for (int[] group : IncidentMerger.groups(keys)) {
      if (group.length == 1) {
        merged.add(all.get(group[0]));
        continue;
      }
      List<Incident> members = new ArrayList<>(group.length);
      for (int i : group) {
        members.add(store.read(all.get(i).ref()));
      }
      merged.addAll(stored(store, List.of(IncidentMerger.combine(members))));
    }
    merged.sort(Comparator.comparing(Stored::key, IncidentMerger.KEY_ORDER));
    return merged;
  }

  /** The merged incidents, read from the store when asked for, with their ids. */
  private static final class StoredIncidents extends AbstractList<Incident>
      implements IncidentSet.OnDemand, RandomAccess {
    private final IncidentStore store;
    private final IncidentStore.Ref[] refs;
    private final String[] ids;

    StoredIncidents(IncidentStore store, List<Stored> incidents) {
      this.store = store;
      this.refs = new IncidentStore.Ref[incidents.size()];
      this.ids = new String[incidents.size()];
      Map<String, Integer> used = new HashMap<>();
      for (int i = 0; i < refs.length; i++) {
        Stored s = incidents.get(i);
        refs[i] = s.ref();
        String base = s.key().idBase();
        int n = used.merge(base, 1, Integer::sum);
        ids[i] = n == 1 ? base : base + "-" + n;
      }
    }

    @Override
    public Incident get(int index) {
      return store.read(refs[index]).withId(ids[index]);
    }

    @Override
    public int size() {
      return refs.length;
    }
  }

  /** Maps the files in parallel (one document per task), keeping file order in the result. */
  private <T> List<T> inParallel(List<InputFile> files, Function<InputFile, T> perDocument) {
    if (threads == 0) {
      return files.parallelStream().map(perDocument).toList();
    }
    if (threads == 1) {
      return files.stream().map(perDocument).toList();
    }
    ForkJoinPool pool = new ForkJoinPool(threads);
    try {
      return pool.submit(() -> files.parallelStream().map(perDocument).toList()).get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SitrepException("interrupted while extracting", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(e.getCause());
    } finally {
      pool.shutdown();
    }
  }

  /** The message when no document could be read: what was found and why each kind was skipped. */
  private String nothingRead(List<Path> inputs, int candidates) {
    String where = inputs.size() == 1 ? inputs.get(0).toString() : inputs.toString();
    if (candidates == 0 && diagnostics.size() == 0) {
      return "no .txt, .md or .html files in " + where + ": nothing to do (give a folder of articles)";
    }
    List<Issue> issues = diagnostics.issues();
    StringBuilder sb = new StringBuilder("no article could be read from ").append(where).append(": ")
        .append(candidates).append(" candidate file").append(candidates == 1 ? "" : "s");
    Map<String, Integer> counts = diagnostics.countsByCode();
    if (!counts.isEmpty()) {
      sb.append("; issues: ");
      sb.append(String.join(", ", counts.entrySet().stream().map(e -> e.getValue() + " " + e.getKey()).toList()));
    }
    issues.stream().limit(3).forEach(i -> sb.append("\n  ").append(i.format()));
    if (issues.size() > 3) {
      sb.append("\n  ... ").append(issues.size() - 3).append(" more");
    }
    return sb.append("\nnothing was written").toString();
  }
}
