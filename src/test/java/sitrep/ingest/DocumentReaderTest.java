package sitrep.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sitrep.model.Document;
import sitrep.pipeline.Diagnostics;
import sitrep.pipeline.Issue;
import sitrep.pipeline.SitrepException;

class DocumentReaderTest {
  @TempDir Path dir;

  private final Diagnostics diagnostics = new Diagnostics();
  private final DocumentReader reader = new DocumentReader(diagnostics);

  private Optional<Document> read(String name) {
    return reader.read(new InputFile(dir.resolve(name), name), Manifest.empty());
  }

  private boolean hasIssue(String code, String doc) {
    return diagnostics.issues().stream().anyMatch(i -> i.code().equals(code) && (doc == null || doc.equals(i.doc())));
  }

  @Test
  void walksFoldersInAStableOrderAndSkipsOtherFileTypesWithAnIssue() throws Exception {
    Files.createDirectories(dir.resolve("b"));
    Files.writeString(dir.resolve("b/2.txt"), "two");
    Files.writeString(dir.resolve("1.html"), "<p>one</p>");
    Files.writeString(dir.resolve("photo.jpg"), "x");
    Files.writeString(dir.resolve("manifest.csv"), "file\n");
    List<InputFile> files = reader.collect(List.of(dir));
    assertEquals(List.of("1.html", "2.txt"), files.stream().map(f -> f.path().getFileName().toString()).toList());
    assertTrue(hasIssue("skipped-file-type", dir.resolve("photo.jpg").toString()));
    assertEquals(1, diagnostics.issues().size(), diagnostics.issues().toString());
  }

  @Test
  void aMissingInputIsFatal() {
    assertThrows(SitrepException.class, () -> reader.collect(List.of(dir.resolve("nope"))));
  }

  @Test
  void readsUtf16AndWindows1256AndRejectsAPdfNamedTxt() throws Exception {
    Files.write(dir.resolve("u16.txt"), "\uFEFFRockets hit Erbil.".getBytes(StandardCharsets.UTF_16LE));
    Files.write(dir.resolve("ar.txt"), "قصف صاروخي على أربيل".getBytes(Charset.forName("windows-1256")));
    Files.write(dir.resolve("fake.txt"), "%PDF-1.7 binary".getBytes(StandardCharsets.ISO_8859_1));
    assertEquals("Rockets hit Erbil.", read("u16.txt").orElseThrow().text());
    assertEquals("قصف صاروخي على أربيل", read("ar.txt").orElseThrow().text());
    assertFalse(read("fake.txt").isPresent());
    assertTrue(hasIssue("not-text", "fake.txt"));
  }

  @Test
  void invalidUtf8IsReadWithAWarning() throws Exception {
    Files.write(dir.resolve("bad.txt"), new byte[] {'R', 'o', 'c', 'k', (byte) 0xE9, 't', 's'});
    assertEquals("Rockéts", read("bad.txt").orElseThrow().text());
    assertTrue(hasIssue("bad-encoding", "bad.txt"));
  }

  @Test
  void htmlKeepsTheArticleAndDropsScriptsNavigationCommentsAndCaptions() throws Exception {
    Files.writeString(dir.resolve("page.html"), """
        <html><head><title>Rockets hit base</title><script>var x = "drone attack";</script></head><body>
        <nav><a href="/">Home</a> Drone news</nav><div class="cookie-banner">We use cookies</div>
        <article><h1>Rockets hit base</h1><p>Three rockets hit the base on Monday.</p>
        <figure><img src="a.jpg"><figcaption>A drone file photo</figcaption></figure>
        <div class="share-bar">Share on Twitter</div><p>No one was hurt.</p></article>
        <section id="comments"><p>Nuke them all, says a reader, after the rocket attack.</p></section>
        <footer>Copyright</footer></body></html>""");
    Document doc = read("page.html").orElseThrow();
    assertEquals("Rockets hit base\n\nThree rockets hit the base on Monday.\n\nNo one was hurt.", doc.text());
    assertEquals("Rockets hit base", doc.title());
  }

  @Test
  void anHtmlPageWithoutBodyIsSkippedWithAnIssue() throws Exception {
    Files.writeString(dir.resolve("empty.html"), "<html><head><title>x</title></head></html>");
    assertFalse(read("empty.html").isPresent());
    assertTrue(hasIssue("empty-html", "empty.html"));
  }

  @Test
  void publicationDateComesFromTheDatelineWhenThereIsNoManifestRow() throws Exception {
    Files.writeString(dir.resolve("d.txt"), "Militia news\nBAGHDAD, March 12, 2020 - Rockets hit Camp Taji on Wednesday.");
    assertEquals(LocalDate.of(2020, 3, 12), read("d.txt").orElseThrow().published());
    Files.writeString(dir.resolve("p.txt"), "A caption from 2019-10-26 about a funeral, long enough to be a sentence here.\nPublished: 2021-02-16\nText.");
    assertEquals(LocalDate.of(2021, 2, 16), read("p.txt").orElseThrow().published());
  }

  @Test
  void manifestProblemsNameTheLineAndTheRestIsUsed() throws Exception {
    Files.writeString(dir.resolve("a.txt"), "a");
    Files.writeString(dir.resolve("b.txt"), "b");
    Path manifest = dir.resolve("manifest.csv");
    Files.writeString(manifest, """
        file,published,url,title
        a.txt,2021-13-01,,A
        "b.txt",2021-07-08T10:00:00Z,https://example.org/b,"B, with comma"
        missing.txt,2021-07-08,,
        b.txt,2021-07-09,,
        """);
    Manifest m = Manifest.read(manifest, diagnostics);
    List<Issue> issues = diagnostics.issues();
    assertTrue(issues.stream().anyMatch(i -> i.code().equals("manifest-bad-date") && i.line() == 2), issues.toString());
    assertTrue(issues.stream().anyMatch(i -> i.code().equals("manifest-missing-file") && i.line() == 4));
    assertTrue(issues.stream().anyMatch(i -> i.code().equals("manifest-duplicate-row") && i.line() == 5));
    ManifestEntry b = m.entryFor(dir.resolve("b.txt")).orElseThrow();
    assertEquals(LocalDate.of(2021, 7, 8), b.published());
    assertEquals("B, with comma", b.title());
    assertEquals(2, m.entries().size());
  }

  @Test
  void aManifestWithoutFileColumnIsIgnoredWithAnIssue() throws Exception {
    Path manifest = dir.resolve("m.csv");
    Files.writeString(manifest, "name,published\na.txt,2021-01-01\n");
    assertTrue(Manifest.read(manifest, diagnostics).entries().isEmpty());
    assertTrue(hasIssue("manifest-no-file-column", manifest.toString()));
  }
}
