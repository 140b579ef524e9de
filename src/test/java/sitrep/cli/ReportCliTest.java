package sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** End to end: `report` on the bundled examples/ corpus, in process. */
@Tag("slow")
class ReportCliTest {
  static final Path EXAMPLES = Path.of("examples");

  record Run(int code, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cl = SitrepCommand.commandLine();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    int code = cl.execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void reportOnTheExamplesWritesEveryOutputWithTheKeyIncidents(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("out");
    Run r = run("report", EXAMPLES.toString(), "--out", out.toString(), "--quiet");
    assertEquals(0, r.code(), r.err());
    for (String f : List.of("report.html", "incidents.json", "incidents.csv", "incidents.geojson", "timeline.png",
        "timeline.svg", "timeline.pdf", "map.png", "map.svg", "map.pdf")) {
      assertTrue(Files.size(out.resolve(f)) > 0, f);
    }
    JsonNode incidents = new ObjectMapper().readTree(out.resolve("incidents.json").toFile()).get("incidents");
    List<String> keys = new ArrayList<>();
    incidents.forEach(i -> keys.add(i.get("date").asText() + " " + i.get("place").get("country").asText("")
        + " " + i.get("weapon").asText()));
    assertTrue(keys.contains("2024-01-28 JO drone"), "Tower 22: " + keys);
    assertTrue(keys.contains("2021-07-07 IQ rocket"), "Ain al-Asad July 2021: " + keys);
    assertTrue(keys.contains("2020-01-08 IQ missile"), "Iranian missiles Jan 2020: " + keys);
    // the two reports of the Ain al-Asad attack are one incident with two sources
    incidents.forEach(i -> {
      if (i.get("date").asText().equals("2021-07-07") && i.get("weapon").asText().equals("rocket")) {
        assertEquals(2, i.get("sources").size(), i.toString());
      }
    });
    String html = Files.readString(out.resolve("report.html"));
    assertFalse(html.matches("(?s).*<(script|link|img)[^>]+(src|href)=\"https?://.*"), "external reference in report");
    assertTrue(html.contains("data:image/png;base64,"));
    // the threat-only article gives no incident
    incidents.forEach(i -> i.get("sources").forEach(s ->
        assertFalse(s.get("doc").asText().contains("13-houthi-warning"), i.toString())));
  }

  @Test
  void twoRunsGiveIdenticalIncidentsJson(@TempDir Path dir) throws Exception {
    assertEquals(0, run("extract", EXAMPLES.toString(), "-o", dir.resolve("a.json").toString(), "-q").code());
    assertEquals(0, run("extract", EXAMPLES.toString(), "-o", dir.resolve("b.json").toString(), "-q").code());
    assertArrayEquals(Files.readAllBytes(dir.resolve("a.json")), Files.readAllBytes(dir.resolve("b.json")));
  }

  @Test
  void renderRedrawsFromAnIncidentsFile(@TempDir Path dir) throws Exception {
    Path json = dir.resolve("in.json");
    assertEquals(0, run("extract", EXAMPLES.toString(), "-o", json.toString(), "-q").code());
    Run r = run("render", json.toString(), "--out", dir.resolve("r").toString(), "--title", "Test", "-q");
    assertEquals(0, r.code(), r.err());
    assertTrue(Files.exists(dir.resolve("r/map.svg")));
  }

  @Test
  void aMissingInputExitsOneNamingIt(@TempDir Path dir) {
    Run r = run("report", dir.resolve("nothing-here").toString(), "--out", dir.resolve("o").toString(), "-q");
    assertEquals(1, r.code());
    assertTrue(r.err().contains("nothing-here") && r.err().contains("does not exist"), r.err());
    assertFalse(r.err().contains("\tat "), "no stack trace without --verbose");
  }

  @Test
  void aTruncatedIncidentsFileExitsOneWithTheLine(@TempDir Path dir) throws Exception {
    Path json = dir.resolve("bad.json");
    Files.writeString(json, "{\"incidents\": [{\"id\": \"a\", \"date\": \"2021-07-07\"");
    Run r = run("render", json.toString(), "--out", dir.resolve("o").toString());
    assertEquals(1, r.code());
    assertTrue(r.err().contains("bad.json") && r.err().contains("line"), r.err());
  }

  @Test
  void anOutputThatIsAFileExitsOne(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("taken");
    Files.writeString(file, "keep me");
    Run r = run("report", EXAMPLES.toString(), "--out", file.toString(), "-q");
    assertEquals(1, r.code());
    assertTrue(r.err().contains("is a file"), r.err());
    assertEquals("keep me", Files.readString(file));
  }

  @Test
  void badUsageExitsTwo() {
    Run r = run("report", "examples", "--from", "not-a-date");
    assertEquals(2, r.code());
    assertTrue(r.err().contains("--help"), r.err());
    assertEquals(2, run("no-such-command").code());
  }

  @Test
  void everySubcommandHasADescriptionAndHelp() {
    CommandLine cl = SitrepCommand.commandLine();
    List<CommandLine> all = new ArrayList<>(cl.getSubcommands().values());
    all.addAll(cl.getSubcommands().get("gazetteer").getSubcommands().values());
    for (CommandLine sub : all) {
      assertTrue(sub.getCommandSpec().usageMessage().description().length > 0, sub.getCommandName());
      assertTrue(sub.getCommandSpec().optionsMap().containsKey("--help"), sub.getCommandName());
    }
    assertEquals(0, run("report", "--help").code());
  }

  @Test
  void gazetteerLookupFindsSpellingVariants() throws Exception {
    Run r = run("gazetteer", "lookup", "Ayn al-Assad", "--json", "--limit", "3");
    assertEquals(0, r.code(), r.err());
    JsonNode first = new ObjectMapper().readTree(r.out()).get(0);
    assertEquals("IQ", first.get("country").asText());
    assertTrue(Math.abs(first.get("lat").asDouble() - 33.79) < 0.05, first.toString());
  }

  @Test
  void anEmptyFolderExitsOneSayingSoAndLeavesEarlierOutputUntouched(@TempDir Path dir) throws Exception {
    Path empty = Files.createDirectories(dir.resolve("empty"));
    Path out = Files.createDirectories(dir.resolve("out"));
    Files.writeString(out.resolve("report.html"), "earlier good report");
    Run r = run("report", empty.toString(), "--out", out.toString(), "-q");
    assertEquals(1, r.code(), r.err());
    assertTrue(r.err().contains(empty.toString()) && r.err().contains("nothing to do"), r.err());
    assertEquals("earlier good report", Files.readString(out.resolve("report.html")));
    try (var files = Files.list(out)) {
      assertEquals(1, files.count());
    }
  }

  @Test
  void aFolderOfUnreadableFilesExitsOneNamingThem(@TempDir Path dir) throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.write(in.resolve("scan.txt"), "%PDF-1.4\n%binary".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
    Files.writeString(in.resolve("empty.html"), "<html><head><title>x</title></head></html>");
    Files.writeString(in.resolve("photo.jpg"), "not an article");
    Run r = run("extract", in.toString(), "-q");
    assertEquals(1, r.code(), r.err());
    assertEquals("", r.out(), "nothing on stdout");
    for (String s : List.of("no article could be read", "scan.txt", "a PDF", "empty.html", "photo.jpg")) {
      assertTrue(r.err().contains(s), s + " in: " + r.err());
    }
  }

  @Test
  void badFilesAndManifestRowsAreSkippedNamingFileAndLineAndTheRestIsReported(@TempDir Path dir) throws Exception {
    Path in = dir.resolve("in");
    Files.createDirectories(in);
    try (var files = Files.list(EXAMPLES)) {
      for (Path f : files.toList()) {
        Files.copy(f, in.resolve(f.getFileName()));
      }
    }
    Files.write(in.resolve("zz-scan.txt"), "%PDF-1.7 binary".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
    Files.write(in.resolve("zz-photo.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 0});
    Files.writeString(in.resolve("zz-nobody.html"), "<html><head><title>t</title></head></html>");
    Files.write(in.resolve("zz-utf16.txt"),
        "BAGHDAD, March 12, 2020 - Rockets hit Camp Taji on Wednesday.".getBytes(java.nio.charset.StandardCharsets.UTF_16));
    Files.write(in.resolve("zz-arabic.txt"), "قصف صاروخي على أربيل".getBytes(java.nio.charset.Charset.forName("windows-1256")));
    Files.write(in.resolve("zz-latin1.txt"), "Roquettes tir\u00e9es sur Erbil".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
    List<String> manifest = new ArrayList<>(Files.readAllLines(in.resolve("manifest.csv")));
    int first = manifest.size() + 1;
    manifest.add("zz-missing.txt,2021-01-01,,,");
    manifest.add("zz-utf16.txt,2020-13-45,,,");
    manifest.add(manifest.get(1));
    Files.write(in.resolve("manifest.csv"), manifest);
    Path out = dir.resolve("out");
    Run r = run("report", in.toString(), "--out", out.toString(), "-q", "--verbose");
    assertEquals(0, r.code(), r.err());
    String manifestName = in.resolve("manifest.csv").toString();
    for (String s : List.of(in.resolve("zz-scan.txt") + ": file is a PDF", in.resolve("zz-photo.txt") + ": file is a PNG",
        in.resolve("zz-nobody.html") + ": HTML page has no article text", in.resolve("zz-latin1.txt") + ": file is not valid",
        manifestName + ":" + first + ": file 'zz-missing.txt' does not exist",
        manifestName + ":" + (first + 1) + ": published '2020-13-45' is not a date",
        manifestName + ":" + (first + 2) + ": file ")) {
      assertTrue(r.err().contains(s), s + " in: " + r.err());
    }
    assertTrue(r.out().contains("incidents from 16 documents"), r.out());
    assertTrue(Files.readString(out.resolve("report.html")).contains("zz-scan.txt"), "issues shown in the report");
  }

  @Test
  void anOutputFolderThatCannotBeCreatedExitsOneNamingIt(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("file"), "keep me");
    Run r = run("report", EXAMPLES.toString(), "--out", dir.resolve("file/sub").toString(), "-q");
    assertEquals(1, r.code());
    assertTrue(r.err().contains("cannot create output folder") && r.err().contains("file/sub"), r.err());
    assertEquals("keep me", Files.readString(dir.resolve("file")));
  }

  @Test
  void aReadOnlyOutputFolderExitsOneBeforeAnyWork(@TempDir Path dir) throws Exception {
    Path out = Files.createDirectories(dir.resolve("ro"));
    Files.writeString(out.resolve("report.html"), "earlier");
    org.junit.jupiter.api.Assumptions.assumeTrue(out.toFile().setWritable(false, false), "cannot make read-only");
    try {
      org.junit.jupiter.api.Assumptions.assumeFalse(Files.isWritable(out), "running as root: every folder is writable");
      Run r = run("report", EXAMPLES.toString(), "--out", out.toString(), "-q");
      assertEquals(1, r.code());
      assertTrue(r.err().contains("not writable") && r.err().contains(out.toString()), r.err());
      assertEquals("earlier", Files.readString(out.resolve("report.html")));
    } finally {
      out.toFile().setWritable(true, false);
    }
  }
}
