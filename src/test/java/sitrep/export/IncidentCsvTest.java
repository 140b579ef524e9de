package sitrep.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sitrep.model.IncidentSet;

class IncidentCsvTest {
  private static final String HEADER =
      "id,date,date_precision,place,lat,lon,country,admin1,place_precision,gazetteer_id,weapon,projectiles,"
          + "projectiles_min,projectiles_max,killed,injured,actor,actor_basis,target,confidence,source_count,docs,urls,"
          + "evidence\r\n";

  @Test
  void emptySetIsTheHeaderAlone() {
    assertEquals(HEADER, IncidentCsv.toCsv(new IncidentSet(List.of())));
  }

  @Test
  void writesOneRowPerIncidentWithRangeAndJoinedSources() {
    String csv = IncidentCsv.toCsv(new IncidentSet(List.of(Fixtures.asad())));
    assertEquals(HEADER
        + "2024-01-20-ain-al-asad-missile,2024-01-20,day,Ain al-Asad Air Base,33.7856,42.4412,IQ,Al Anbar,site,"
        + "geonames:99070,missile,14,14,30,0,4,Islamic Resistance in Iraq,claimed,US forces,0.87,2,"
        + "reuters/asad.html;k24/asad.html,https://example.org/a;,\"Militants fired 14 missiles, wounding four.\"\r\n",
        csv);
  }

  @Test
  void unknownValuesAreEmptyCells() {
    String row = rows(IncidentCsv.toCsv(new IncidentSet(List.of(Fixtures.bare())))).get(1);
    assertEquals("undated-unplaced-unknown,,unknown,,,,,,,,unknown,,,,,,,unknown,,0.2,1,misc/blog.html,,"
        + "An attack was mentioned.", row);
  }

  @Test
  void quotesCommasQuotesAndLineBreaksAndDefusesFormulas() {
    String csv = IncidentCsv.toCsv(new IncidentSet(List.of(Fixtures.hostile())));
    List<List<String>> parsed = parse(csv);
    assertEquals(2, parsed.size());
    List<String> header = parsed.get(0);
    List<String> row = parsed.get(1);
    assertEquals(24, row.size());
    assertEquals("Base \"X\", West", row.get(header.indexOf("place")));
    assertEquals("'=cmd|' /C calc'!A0", row.get(header.indexOf("admin1")));
    assertEquals("'+Group, \"the\"\nOther", row.get(header.indexOf("actor")));
    assertEquals("'@target", row.get(header.indexOf("target")));
    assertEquals("'-2 drones; \"quoted\",\r\nnext line", row.get(header.indexOf("evidence")));
    assertEquals("-1.25", row.get(header.indexOf("lon")), "numeric columns are not defused");
    assertEquals("0.5", row.get(header.indexOf("confidence")));
  }

  @Test
  void sameInputGivesSameBytesOnDisk(@TempDir Path dir) throws Exception {
    IncidentSet set = new IncidentSet(List.of(Fixtures.asad(), Fixtures.hostile(), Fixtures.bare()));
    IncidentCsv.write(set, dir.resolve("a.csv"));
    IncidentCsv.write(new IncidentSet(List.copyOf(set.incidents())), dir.resolve("b.csv"));
    byte[] a = Files.readAllBytes(dir.resolve("a.csv"));
    assertArrayEquals(a, Files.readAllBytes(dir.resolve("b.csv")));
    assertArrayEquals(IncidentCsv.toCsv(set).getBytes(StandardCharsets.UTF_8), a);
    assertTrue(a[0] != (byte) 0xEF, "no byte-order mark");
  }

  private static List<String> rows(String csv) {
    return List.of(csv.split("\r\n"));
  }

  /** A strict RFC 4180 reader, so the test checks the output parses back to the values. */
  static List<List<String>> parse(String csv) {
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    int i = 0;
    boolean quoted = false;
    while (i < csv.length()) {
      char c = csv.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
          cell.append('"');
          i += 2;
          continue;
        }
        if (c == '"') {
          quoted = false;
        } else {
          cell.append(c);
        }
        i++;
        continue;
      }
      if (c == '"') {
        assertEquals(0, cell.length(), "quote inside an unquoted field at " + i);
        quoted = true;
      } else if (c == ',') {
        row.add(cell.toString());
        cell.setLength(0);
      } else if (c == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
        row.add(cell.toString());
        cell.setLength(0);
        rows.add(row);
        row = new ArrayList<>();
        i++;
      } else {
        assertTrue(c != '\r' && c != '\n', "bare line break outside quotes at " + i);
        cell.append(c);
      }
      i++;
    }
    assertEquals(0, cell.length() + row.size(), "the last row ends with CRLF");
    return rows;
  }
}
