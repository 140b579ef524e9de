package sitrep.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sitrep.ingest.DocumentReader;
import sitrep.ingest.Manifest;

class BenchCorpusTest {
  @TempDir Path dir;

  @Test
  void copiesMoveDatesByTheSameDaysAndSwapTowns() {
    String text = "ERBIL, July 7, 2021 - Rockets hit Erbil airport on 2021-07-06, the third attack of 2021.";
    assertEquals("MOSUL, July 7, 2021 - Rockets hit Mosul airport on 2021-07-06, the third attack of 2021.",
        BenchCorpus.vary(text, 0, "Mosul").replace("ERBIL", "MOSUL"));
    assertEquals("ERBIL, July 5, 2023 - Rockets hit Kirkuk airport on 2023-07-04, the third attack of 2023.",
        BenchCorpus.vary(text, 728, "Kirkuk"));
  }

  @Test
  void generatesTheSizeAskedWithAManifestAndReusesIt() throws Exception {
    Path corpus = dir.resolve("corpus");
    BenchCorpus.Summary s = BenchCorpus.generate(Path.of("examples"), corpus, 1);
    assertTrue(s.bytes() >= 1_000_000 && s.bytes() < 1_100_000, "size " + s.bytes());
    Diagnostics d = new Diagnostics();
    Manifest m = Manifest.read(corpus.resolve("manifest.csv"), d);
    assertEquals(s.files(), m.entries().size());
    assertTrue(d.issues().isEmpty(), d.issues().toString());
    assertEquals(s.files(), new DocumentReader(new Diagnostics()).collect(List.of(corpus)).size());
    long modified = Files.getLastModifiedTime(corpus.resolve("manifest.csv")).toMillis();
    assertEquals(s, BenchCorpus.generate(Path.of("examples"), corpus, 1), "the same corpus again");
    assertEquals(modified, Files.getLastModifiedTime(corpus.resolve("manifest.csv")).toMillis(), "reused, not rewritten");
  }

  @Test
  void refusesToEmptyAFolderThatIsNotACorpus() throws Exception {
    Path folder = Files.createDirectories(dir.resolve("mine"));
    Files.writeString(folder.resolve("notes.txt"), "keep me");
    SitrepException e = assertThrows(SitrepException.class, () -> BenchCorpus.generate(Path.of("examples"), folder, 1));
    assertTrue(e.getMessage().contains("not empty"), e.getMessage());
    assertEquals("keep me", Files.readString(folder.resolve("notes.txt")));
  }
}
