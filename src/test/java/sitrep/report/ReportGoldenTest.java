package sitrep.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import sitrep.export.IncidentCsv;
import sitrep.export.IncidentGeoJson;

/**
 * Golden files: the sample report and exports compared byte for byte with src/test/resources/report/golden/.
 * After an intended change, rewrite them with {@code -Dsitrep.updateGolden=true} and review the diff like code.
 */
class ReportGoldenTest {
  private static final Path GOLDEN = Path.of("src/test/resources/report/golden");

  @Test
  void reportMatchesGoldenFile() throws IOException {
    check("report.html", new ReportWriter().render(ReportWriterTest.sample()));
  }

  @Test
  void csvMatchesGoldenFile() throws IOException {
    check("incidents.csv", IncidentCsv.toCsv(SampleIncidents.realistic()));
  }

  @Test
  void geoJsonMatchesGoldenFile() throws IOException {
    check("incidents.geojson", IncidentGeoJson.toGeoJson(SampleIncidents.realistic()));
  }

  private static void check(String name, String actual) throws IOException {
    Path file = GOLDEN.resolve(name);
    if (Boolean.getBoolean("sitrep.updateGolden")) {
      Files.createDirectories(GOLDEN);
      Files.writeString(file, actual, StandardCharsets.UTF_8);
      return;
    }
    assertEquals(Files.readString(file, StandardCharsets.UTF_8), actual,
        name + " differs from " + file + " (if intended, rerun with -Dsitrep.updateGolden=true and review the diff)");
  }
}
