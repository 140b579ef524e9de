package sitrep.pipeline;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
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
 * and extracted in parallel, one at a time per worker, so memory holds one document per core plus the incidents;
 * results are put back in file order, so the output does not depend on the number of threads.
 */
public final class Pipeline {
  private final PlaceFinder finder;
  private final Diagnostics diagnostics;
  private final Progress progress;

  public Pipeline(PlaceFinder finder, Diagnostics diagnostics, Progress progress) {
    this.finder = finder;
    this.diagnostics = diagnostics;
    this.progress = progress;
  }

  /**
   * The result of a run.
   *
   * @param incidents the merged incidents
   * @param documents number of documents read
   */
  public record Result(IncidentSet incidents, int documents) {}

  /**
   * Ingests, extracts and merges.
   *
   * @param inputs files or folders, never empty
   * @param manifest an explicit manifest, null to use a manifest.csv in the input folder
   * @param from keep incidents on or after this date, null for no limit
   * @param to keep incidents on or before this date, null for no limit
   */
  public Result run(List<Path> inputs, Path manifest, LocalDate from, LocalDate to) {
    DocumentReader reader = new DocumentReader(diagnostics);
    Manifest m = reader.manifest(manifest, inputs);
    List<InputFile> files = reader.collect(inputs);
    if (files.isEmpty()) {
      diagnostics.report("no-documents", inputs.get(0).toString(), 0,
          "no .txt, .md or .html files found in " + inputs);
    }
    progress.start("extract", files.size());
    IncidentExtractor extractor = new IncidentExtractor(finder);
    AtomicInteger done = new AtomicInteger();
    AtomicInteger read = new AtomicInteger();
    List<List<Incident>> perFile = files.parallelStream().map(f -> {
      List<Incident> found;
      try {
        Optional<Document> doc = reader.read(f, m);
        if (doc.isPresent()) {
          read.incrementAndGet();
          found = extractor.extract(doc.get());
        } else {
          found = List.of();
        }
      } catch (RuntimeException e) {
        diagnostics.report("extract-failed", f.displayPath(), 0,
            "extraction failed (" + e.getClass().getSimpleName() + ": " + e.getMessage() + "); document skipped");
        found = List.of();
      }
      progress.update(done.incrementAndGet());
      return found;
    }).toList();
    List<Incident> all = new ArrayList<>();
    perFile.forEach(all::addAll);
    progress.start("merge", 1);
    List<Incident> merged = IncidentMerger.merge(all);
    List<Incident> kept = merged.stream()
        .filter(i -> from == null || i.date() == null || !i.date().isBefore(from))
        .filter(i -> to == null || i.date() == null || !i.date().isAfter(to))
        .toList();
    progress.message(all.size() + " reports -> " + merged.size() + " incidents"
        + (kept.size() < merged.size() ? " (" + kept.size() + " in the date range)" : ""));
    return new Result(new IncidentSet(kept), read.get());
  }
}
