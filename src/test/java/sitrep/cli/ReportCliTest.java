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
}
