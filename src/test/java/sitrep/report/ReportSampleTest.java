package sitrep.report;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/** Writes a sample report to look at: {@code mvn test -Dtest=ReportSampleTest -Dsitrep.sampleReport=DIR}. */
class ReportSampleTest {
  @Test
  @EnabledIfSystemProperty(named = "sitrep.sampleReport", matches = ".+")
  void writesSampleReport() throws Exception {
    Path dir = Path.of(System.getProperty("sitrep.sampleReport"));
    Files.createDirectories(dir);
    ReportInput input = SampleIncidents.input(SampleIncidents.realistic());
    new ReportWriter().write(input, dir.resolve("report.html"));
    new ReportWriter().write(new ReportInput(null, null, null, null, null, null, 3, null), dir.resolve("empty.html"));
    sitrep.export.IncidentCsv.write(input.incidents(), dir.resolve("incidents.csv"));
    sitrep.export.IncidentGeoJson.write(input.incidents(), dir.resolve("incidents.geojson"));
  }
}
