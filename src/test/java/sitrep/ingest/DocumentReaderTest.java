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

  @Test
  void anEmptyFolderGivesNoFilesAndNoIssues() {
    assertTrue(reader.collect(List.of(dir)).isEmpty());
    assertTrue(diagnostics.issues().isEmpty());
  }

  @Test
  void anImageOrRandomBytesNamedTxtAreSkippedNamingTheFile() throws Exception {
    Files.write(dir.resolve("photo.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0});
    Files.write(dir.resolve("jpeg.txt"), new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10});
    byte[] noise = new byte[4096];
    new java.util.Random(7).nextBytes(noise);
    Files.write(dir.resolve("noise.txt"), noise);
    for (String name : List.of("photo.txt", "jpeg.txt", "noise.txt")) {
      assertFalse(read(name).isPresent(), name);
      assertTrue(hasIssue("not-text", name), name + ": " + diagnostics.issues());
    }
    assertTrue(diagnostics.issues().stream().anyMatch(i -> i.message().contains("PNG image")));
  }

  @Test
  void readsUtf16WithoutAByteOrderMarkInBothByteOrders() throws Exception {
    String text = "Three rockets hit Ain al-Asad air base on Wednesday.";
    Files.write(dir.resolve("le.txt"), text.getBytes(StandardCharsets.UTF_16LE));
    Files.write(dir.resolve("be.txt"), text.getBytes(StandardCharsets.UTF_16BE));
    assertEquals(text, read("le.txt").orElseThrow().text());
    assertEquals(text, read("be.txt").orElseThrow().text());
    assertFalse(hasIssue("bad-encoding", null), diagnostics.issues().toString());
  }

  @Test
  void truncatedUtf8SequencesAreReadWithAWarningNamingTheFile() throws Exception {
    byte[] good = "Drone attack on Erbil airport — no casualties".getBytes(StandardCharsets.UTF_8);
    byte[] cut = java.util.Arrays.copyOf(good, good.length + 2);
    cut[cut.length - 2] = (byte) 0xE2; // first bytes of a three-byte sequence, cut short
    cut[cut.length - 1] = (byte) 0x80;
    Files.write(dir.resolve("cut.txt"), cut);
    assertTrue(read("cut.txt").orElseThrow().text().startsWith("Drone attack on Erbil airport"));
    assertTrue(hasIssue("bad-encoding", "cut.txt"));
  }

  @Test
  void aFileOverTheArticleLimitIsSkippedWithItsSizeWithoutBeingRead() throws Exception {
    Path big = dir.resolve("huge.txt");
    try (java.io.RandomAccessFile f = new java.io.RandomAccessFile(big.toFile(), "rw")) {
      f.setLength(200L * 1024 * 1024); // sparse: 200 MB on paper, nothing on disk
    }
    assertFalse(read("huge.txt").isPresent());
    Issue issue = diagnostics.issues().get(0);
    assertEquals("file-too-large", issue.code());
    assertEquals("huge.txt", issue.doc());
    assertTrue(issue.message().contains("200 MB") && issue.message().contains("64 MB"), issue.message());
  }

  @Test
  void anEmptyOrWhitespaceFileIsSkippedWithAnIssue() throws Exception {
    Files.writeString(dir.resolve("empty.txt"), "");
    Files.writeString(dir.resolve("blank.md"), "  \n\t\n");
    assertFalse(read("empty.txt").isPresent());
    assertFalse(read("blank.md").isPresent());
    assertTrue(hasIssue("empty-file", "empty.txt") && hasIssue("empty-file", "blank.md"));
  }

  @Test
  void htmlWithoutBodyOrWithOnlyScriptsIsSkippedNamingTheFile() throws Exception {
    Files.writeString(dir.resolve("nobody.htm"), "<!doctype html><html><head><title>Rockets</title></head>");
    Files.writeString(dir.resolve("scripts.html"), "<html><body><script>var rockets = 3;</script></body></html>");
    Files.writeString(dir.resolve("broken.html"), "<html><body><p>Rockets hit <b>Erbil</p></div></span>");
    assertFalse(read("nobody.htm").isPresent());
    assertFalse(read("scripts.html").isPresent());
    assertTrue(hasIssue("empty-html", "nobody.htm") && hasIssue("empty-html", "scripts.html"));
    assertEquals("Rockets hit Erbil", read("broken.html").orElseThrow().text());
  }

  @Test
  void aLinkLoopIsReportedAndTheRestOfTheFolderIsRead() throws Exception {
    Files.createDirectories(dir.resolve("a"));
    Files.writeString(dir.resolve("a/1.txt"), "one");
    try {
      Files.createSymbolicLink(dir.resolve("a/loop"), dir.resolve("a"));
    } catch (UnsupportedOperationException | java.io.IOException e) {
      org.junit.jupiter.api.Assumptions.abort("no symbolic links here: " + e);
    }
    List<InputFile> files = reader.collect(List.of(dir));
    assertEquals(List.of("1.txt"), files.stream().map(f -> f.path().getFileName().toString()).toList());
    assertTrue(hasIssue("unreadable-file", dir.resolve("a/loop").toString()), diagnostics.issues().toString());
  }

  @Test
  void theSameFileGivenTwiceIsReadOnce() throws Exception {
    Files.writeString(dir.resolve("a.txt"), "a");
    assertEquals(1, reader.collect(List.of(dir, dir.resolve("a.txt"), dir)).size());
  }

  @Test
  void manifestRowsWithMissingOrExtraColumnsAreReportedByLineAndKept() throws Exception {
    Files.writeString(dir.resolve("a.txt"), "a");
    Files.writeString(dir.resolve("b.txt"), "b");
    Path manifest = dir.resolve("manifest.csv");
    Files.writeString(manifest, "file,published,url,title\na.txt,2021-07-08\nb.txt,2021-07-09,,Rockets, again\n");
    Manifest m = Manifest.read(manifest, diagnostics);
    List<Issue> issues = diagnostics.issues();
    assertTrue(issues.stream().anyMatch(i -> i.code().equals("manifest-column-count") && i.line() == 2
        && i.message().contains("missing: url, title")), issues.toString());
    assertTrue(issues.stream().anyMatch(i -> i.code().equals("manifest-column-count") && i.line() == 3
        && i.message().contains("unquoted comma")), issues.toString());
    assertEquals(LocalDate.of(2021, 7, 8), m.entryFor(dir.resolve("a.txt")).orElseThrow().published());
    assertEquals("Rockets", m.entryFor(dir.resolve("b.txt")).orElseThrow().title());
  }

  @Test
  void anUnclosedQuoteInTheManifestNamesItsLine() throws Exception {
    Files.writeString(dir.resolve("a.txt"), "a");
    Path manifest = dir.resolve("manifest.csv");
    Files.writeString(manifest, "file,published,title\na.txt,2021-07-08,ok\na.txt,2021-07-09,\"never closed\n");
    Manifest.read(manifest, diagnostics);
    assertTrue(diagnostics.issues().stream().anyMatch(i -> i.code().equals("manifest-unclosed-quote") && i.line() == 3),
        diagnostics.issues().toString());
  }

  @Test
  void aBinaryManifestIsReadWithoutAnExceptionAndIgnored() throws Exception {
    Path manifest = dir.resolve("manifest.csv");
    byte[] noise = new byte[2048];
    new java.util.Random(3).nextBytes(noise);
    Files.write(manifest, noise);
    assertTrue(Manifest.read(manifest, diagnostics).entries().isEmpty());
    assertFalse(diagnostics.issues().isEmpty());
  }

  @Test
  void issuesAreOrderedByFileWhateverTheOrderTheyWereReportedIn() {
    diagnostics.report("b", "z.txt", 0, "later file");
    diagnostics.report("a", "a.txt", 2, "second line");
    diagnostics.report("a", "a.txt", 1, "first line");
    diagnostics.report("c", null, 0, "no file");
    assertEquals(List.of("no file", "first line", "second line", "later file"),
        diagnostics.issues().stream().map(Issue::message).toList());
  }

  @Test
  @org.junit.jupiter.api.Tag("slow")
  void fiftyThousandSmallFilesAreCollectedInOrderAndRead() throws Exception {
    int n = 50_000;
    for (int i = 0; i < n; i++) {
      Path sub = dir.resolve(String.format(java.util.Locale.ROOT, "d%02d", i % 50));
      if (i < 50) {
        Files.createDirectories(sub);
      }
      Files.writeString(sub.resolve(String.format(java.util.Locale.ROOT, "a%05d.txt", i)), "Rockets hit Erbil.");
    }
    long t0 = System.nanoTime();
    List<InputFile> files = reader.collect(List.of(dir));
    long ms = (System.nanoTime() - t0) / 1_000_000;
    assertEquals(n, files.size());
    for (int i = 1; i < n; i++) {
      assertTrue(files.get(i - 1).displayPath().compareTo(files.get(i).displayPath()) < 0);
    }
    assertTrue(ms < 60_000, "collecting took " + ms + " ms");
    long read = files.stream().filter(f -> reader.read(f, Manifest.empty()).isPresent()).count();
    assertEquals(n, read);
    assertEquals(n, diagnostics.countsByCode().getOrDefault("no-publication-date", 0));
  }
}
