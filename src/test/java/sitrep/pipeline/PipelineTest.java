package sitrep.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sitrep.export.IncidentCsv;
import sitrep.export.IncidentGeoJson;
import sitrep.export.IncidentJson;
import sitrep.geocode.Gazetteer;
import sitrep.model.IncidentSet;
import sitrep.render.FigureWriter;
import sitrep.render.chart.ChartOptions;
import sitrep.render.chart.TimelineRenderer;
import sitrep.render.map.Basemap;
import sitrep.render.map.MapOptions;
import sitrep.render.map.MapRenderer;

/** The pipeline on the examples/ corpus: same inputs, same bytes, whatever the thread count or the order on disk. */
@Tag("slow")
class PipelineTest {
  private static GazetteerFinder finder;

  @TempDir Path dir;

  @BeforeAll
  static void loadGazetteer() {
    finder = new GazetteerFinder(Gazetteer.loadBundled());
  }

  /** Copies examples/ into two sub-folders of corpus, files written in the given order, manifest at the top. */
  private static void copyExamples(Path corpus, boolean reverse) throws IOException {
    List<Path> files;
    try (var list = Files.list(Path.of("examples"))) {
      files = new ArrayList<>(list.sorted().toList());
    }
    if (reverse) {
      Collections.reverse(files);
    }
    List<String> manifest = new ArrayList<>();
    for (Path f : files) {
      String name = f.getFileName().toString();
      if (name.equals("manifest.csv")) {
        for (String line : Files.readAllLines(f)) {
          manifest.add(line.startsWith("file,") ? line : sub(line) + "/" + line);
        }
        continue;
      }
      Path sub = corpus.resolve(sub(name));
      Files.createDirectories(sub);
      Files.copy(f, sub.resolve(name));
    }
    Files.write(corpus.resolve("manifest.csv"), manifest);
  }

  private static String sub(String name) {
    return name.compareTo("07") < 0 ? "early" : "late";
  }

  /** The exports and the SVG figures of a run, by file name. */
  private Map<String, byte[]> outputs(IncidentSet set, Path out) throws IOException {
    Files.createDirectories(out);
    IncidentJson.write(set, out.resolve("incidents.json"));
    IncidentCsv.write(set, out.resolve("incidents.csv"));
    IncidentGeoJson.write(set, out.resolve("incidents.geojson"));
    FigureWriter.writeSvg(TimelineRenderer.render(set, ChartOptions.document("T")), out.resolve("timeline.svg"));
    FigureWriter.writeSvg(MapRenderer.render(set, Basemap.loadBundled(), MapOptions.document("M")), out.resolve("map.svg"));
    Map<String, byte[]> bytes = new LinkedHashMap<>();
    for (String f : List.of("incidents.json", "incidents.csv", "incidents.geojson", "timeline.svg", "map.svg")) {
      bytes.put(f, Files.readAllBytes(out.resolve(f)));
    }
    return bytes;
  }

  private static void deleteTree(Path p) throws IOException {
    try (var walk = Files.walk(p)) {
      for (Path f : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(f);
      }
    }
  }

  @Test
  void sameInputsGiveIdenticalBytesWhateverTheThreadsOrTheOrderOfFilesAndInputs() throws Exception {
    Path corpus = dir.resolve("corpus");
    copyExamples(corpus, false);
    List<Path> forward = List.of(corpus.resolve("early"), corpus.resolve("late"));
    Diagnostics d1 = new Diagnostics();
    Pipeline.Result one = new Pipeline(finder, d1, Progress.silent(), 1).run(forward, corpus.resolve("manifest.csv"), null, null);
    Map<String, byte[]> a = outputs(one.incidents(), dir.resolve("out1"));

    deleteTree(corpus);
    copyExamples(corpus, true);
    List<Path> backward = List.of(corpus.resolve("late"), corpus.resolve("early"));
    Diagnostics d3 = new Diagnostics();
    Pipeline.Result three = new Pipeline(finder, d3, Progress.silent(), 3).run(backward, corpus.resolve("manifest.csv"), null, null);
    Map<String, byte[]> b = outputs(three.incidents(), dir.resolve("out3"));

    assertTrue(one.incidents().incidents().size() > 5, "the examples give incidents");
    for (String f : a.keySet()) {
      assertArrayEquals(a.get(f), b.get(f), f + " differs between 1 thread / files in order and 3 threads / reversed");
    }
    assertEquals(d1.issues(), d3.issues(), "issues in the same order");

    Pipeline.Result all = new Pipeline(finder, new Diagnostics(), Progress.silent()).run(forward,
        corpus.resolve("manifest.csv"), null, null);
    assertArrayEquals(a.get("incidents.json"), IncidentJson.toJson(all.incidents()).getBytes(java.nio.charset.StandardCharsets.UTF_8),
        "the common pool gives the same incidents");
  }

  @Test
  void aFolderWithNoArticlesFailsNamingTheFolder() throws Exception {
    Path empty = Files.createDirectories(dir.resolve("empty"));
    SitrepException e = assertThrows(SitrepException.class,
        () -> new Pipeline(finder, new Diagnostics(), Progress.silent()).run(List.of(empty), null, null, null));
    assertTrue(e.getMessage().contains(empty.toString()) && e.getMessage().contains("nothing to do"), e.getMessage());
  }

  @Test
  void aFolderOfUnreadableFilesFailsSayingWhyForEach() throws Exception {
    Files.write(dir.resolve("a.txt"), new byte[] {'%', 'P', 'D', 'F', '-', '1'});
    Files.writeString(dir.resolve("b.html"), "<html><head></head></html>");
    SitrepException e = assertThrows(SitrepException.class,
        () -> new Pipeline(finder, new Diagnostics(), Progress.silent()).run(List.of(dir), null, null, null));
    assertTrue(e.getMessage().contains("2 candidate files") && e.getMessage().contains("a.txt: file is a PDF")
        && e.getMessage().contains("b.html: HTML page has no article text"), e.getMessage());
  }

  @Test
  void aDocumentThatBreaksExtractionIsSkippedWithAnIssueAndTheRunGoesOn() throws Exception {
    Files.writeString(dir.resolve("a.txt"), "BAGHDAD, March 12, 2020 - Rockets hit Camp Taji on Wednesday.");
    Files.writeString(dir.resolve("b.txt"), "BOOM");
    sitrep.extract.PlaceFinder failing = new sitrep.extract.PlaceFinder() {
      @Override
      public List<sitrep.extract.FoundPlace> places(String text) {
        if (text.contains("BOOM")) {
          throw new IllegalStateException("simulated failure");
        }
        return finder.places(text);
      }

      @Override
      public List<sitrep.extract.FoundActor> actors(String text) {
        return finder.actors(text);
      }
    };
    Diagnostics diagnostics = new Diagnostics();
    Pipeline.Result r = new Pipeline(failing, diagnostics, Progress.silent(), 2).run(List.of(dir), null, null, null);
    assertEquals(2, r.documents());
    assertTrue(diagnostics.issues().stream().anyMatch(i -> i.code().equals("extract-failed")
        && i.doc().endsWith("b.txt") && i.message().contains("simulated failure")), diagnostics.issues().toString());
    assertEquals(1, r.incidents().incidents().size());
  }
}
