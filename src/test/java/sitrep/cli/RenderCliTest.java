package sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sitrep.cli.ReportCliTest.Run;

/** `render` on bad incidents files: exit 1, a message naming the file and line, earlier output left as it was. */
class RenderCliTest {
  @TempDir Path dir;

  private static final String GOOD_INCIDENT = """
      {"incidents": [{"id": "a", "date": "2021-07-07", "date_precision": "day",
        "place": {"name": "Erbil", "lat": 36.19, "lon": 44.01, "country": "IQ", "admin1": "Erbil",
                  "precision": "city", "gazetteer_id": "g1"},
        "weapon": "rocket", "projectiles": 3, "killed": KILLED, "injured": null, "actor": null,
        "actor_basis": "unknown", "target": null,
        "sources": [{"doc": "a.txt", "published": "2021-07-08", "url": null, "evidence": "Three rockets hit Erbil.",
                     "start": 0, "end": 24}],
        "confidence": 0.8}]}
      """;

  /** An output folder holding the files of an earlier good run (stand-ins with known bytes and times). */
  private Map<Path, byte[]> earlierOutput(Path out) throws Exception {
    Files.createDirectories(out);
    Map<Path, byte[]> files = new LinkedHashMap<>();
    for (String name : List.of("report.html", "incidents.json", "incidents.csv", "incidents.geojson", "map.svg",
        "timeline.svg", "map.png")) {
      Path f = out.resolve(name);
      byte[] bytes = ("earlier good " + name).getBytes(StandardCharsets.UTF_8);
      Files.write(f, bytes);
      Files.setLastModifiedTime(f, FileTime.fromMillis(1_000_000_000_000L));
      files.put(f, bytes);
    }
    return files;
  }

  private static void assertUntouched(Path out, Map<Path, byte[]> earlier) throws Exception {
    for (Map.Entry<Path, byte[]> e : earlier.entrySet()) {
      assertEquals(new String(e.getValue(), StandardCharsets.UTF_8), Files.readString(e.getKey()), e.getKey().toString());
      assertEquals(1_000_000_000_000L, Files.getLastModifiedTime(e.getKey()).toMillis(), e.getKey().toString());
    }
    try (var s = Files.list(out)) {
      assertEquals(earlier.size(), s.count(), "no new or temporary files in " + out);
    }
  }

  private Run renderFailing(String json, String... expectedInMessage) throws Exception {
    Path file = dir.resolve("incidents-in.json");
    Files.writeString(file, json);
    Path out = dir.resolve("out");
    Map<Path, byte[]> earlier = earlierOutput(out);
    Run r = ReportCliTest.run("render", file.toString(), "--out", out.toString());
    assertEquals(1, r.code(), r.err());
    assertTrue(r.err().contains("incidents-in.json"), r.err());
    for (String s : expectedInMessage) {
      assertTrue(r.err().contains(s), "'" + s + "' in: " + r.err());
    }
    assertFalse(r.err().contains("\tat "), "no stack trace without --verbose: " + r.err());
    assertUntouched(out, earlier);
    return r;
  }

  @Test
  void aTruncatedIncidentsFileNamesTheLineAndLeavesEarlierOutputUntouched() throws Exception {
    String good = GOOD_INCIDENT.replace("KILLED", "null");
    renderFailing(good.substring(0, good.length() / 2), "line ");
  }

  @Test
  void aWrongFieldTypeNamesTheLineAndLeavesEarlierOutputUntouched() throws Exception {
    renderFailing(GOOD_INCIDENT.replace("KILLED", "\"many\""), "line 4", "\"many\"");
  }

  @Test
  void anOutOfRangeValueIsNamedAndEarlierOutputUntouched() throws Exception {
    renderFailing(GOOD_INCIDENT.replace("KILLED", "null").replace("36.19", "136.19"), "136.19");
  }

  @Test
  void anEmptyOrBinaryIncidentsFileIsNamed() throws Exception {
    renderFailing("");
    renderFailing("\u0000\u0001PNG garbage");
    renderFailing("[1, 2, 3]");
  }

  @Test
  void aMissingIncidentsFileIsNamed() {
    Run r = ReportCliTest.run("render", dir.resolve("nope.json").toString(), "--out", dir.resolve("o").toString());
    assertEquals(1, r.code());
    assertTrue(r.err().contains("nope.json") && r.err().contains("does not exist"), r.err());
    assertFalse(Files.exists(dir.resolve("o")));
  }

  @Test
  void anOutputFileThatCannotBeReplacedFailsNamingItAndLeavesNoPartialOrTemporaryFile() throws Exception {
    Path file = dir.resolve("good.json");
    Files.writeString(file, GOOD_INCIDENT.replace("KILLED", "0"));
    Path out = dir.resolve("out");
    Map<Path, byte[]> earlier = earlierOutput(out);
    Files.delete(out.resolve("incidents.json"));
    Files.createDirectories(out.resolve("incidents.json/blocker")); // a non-empty folder where the file should go
    earlier.remove(out.resolve("incidents.json"));
    Run r = ReportCliTest.run("render", file.toString(), "--out", out.toString(), "-q");
    assertEquals(1, r.code(), r.err());
    assertTrue(r.err().contains("incidents.json"), r.err());
    for (Map.Entry<Path, byte[]> e : earlier.entrySet()) {
      assertEquals(new String(e.getValue(), StandardCharsets.UTF_8), Files.readString(e.getKey()), e.getKey().toString());
    }
    try (var s = Files.list(out)) {
      List<String> names = s.map(p -> p.getFileName().toString()).toList();
      assertTrue(names.stream().noneMatch(n -> n.endsWith(".tmp")), "temporary files left: " + names);
    }
  }
}
