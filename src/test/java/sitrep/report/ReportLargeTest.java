package sitrep.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import sitrep.model.ActorBasis;
import sitrep.model.DatePrecision;
import sitrep.model.Incident;
import sitrep.model.IncidentSet;
import sitrep.model.IntRange;
import sitrep.model.Place;
import sitrep.model.PlacePrecision;
import sitrep.model.SourceRef;
import sitrep.model.Weapon;

/** Large sets: the incident table is capped with a note; conflicting counts are shown as ranges. */
class ReportLargeTest {
  static IncidentSet many(int n) {
    List<Incident> list = new ArrayList<>(n);
    for (int k = 0; k < n; k++) {
      LocalDate d = LocalDate.of(2020, 1, 1).plusDays(k % 1500);
      Place p = new Place("Site " + (k % 400), 30 + (k % 40) * 0.1, 40 + (k % 50) * 0.1, "IQ", "Al Anbar",
          PlacePrecision.SITE, "g" + (k % 400));
      SourceRef s = new SourceRef("doc" + (k % 3000) + ".txt", d, null, null, "Rockets hit the base.", 0, 21);
      list.add(new Incident("i" + k, d, DatePrecision.DAY, p, Weapon.values()[k % 3], 3, null, null,
          "Group " + (k % 250), ActorBasis.CLAIMED, null, List.of(s), 0.8, null, null, null));
    }
    return new IncidentSet(list);
  }

  @Test
  void incidentTableIsCappedWithANoteAndTheTotalsStillCountEverything() {
    IncidentSet set = many(ReportModel.MAX_INCIDENT_ROWS + 500);
    Document doc = Jsoup.parse(new ReportWriter().render(new ReportInput("Big", null, null, set, null, null, 0,
        null)));
    assertEquals(ReportModel.MAX_INCIDENT_ROWS, doc.select("#incidents-table tbody tr").size());
    String note = doc.select("#incidents .cap-note").text();
    assertTrue(note.contains("first 2000 of 2500") && note.contains("incidents.csv"), note);
    assertEquals("2500", doc.select(".figure .value").first().text());
    assertEquals(ReportModel.MAX_GROUP_ROWS, doc.select("#breakdown table").get(1).select("tbody tr").size(),
        "actors capped");
    assertTrue(doc.select("#breakdown .cap-note").text().contains("of 250"));
  }

  @Test
  void smallSetsHaveNoCapNote() {
    Document doc = Jsoup.parse(new ReportWriter().render(new ReportInput("Small", null, null, many(30), null, null,
        0, null)));
    assertTrue(doc.select(".cap-note").isEmpty());
  }

  @Test
  void conflictingCountsAreShownAsRangesInTheTablesAndTotals() {
    SourceRef a = new SourceRef("a.txt", LocalDate.of(2024, 1, 28), null, null, "14 rockets", 0, 10);
    SourceRef b = new SourceRef("b.txt", LocalDate.of(2024, 1, 28), null, null, "30 rockets", 0, 10);
    Place p = new Place("Tower 22", 33.3, 38.7, "JO", null, PlacePrecision.SITE, "t22");
    Incident i = new Incident("x", LocalDate.of(2024, 1, 28), DatePrecision.DAY, p, Weapon.ROCKET, 14, 3, 40, null,
        ActorBasis.UNKNOWN, null, List.of(a, b), 0.9, new IntRange(14, 30), null, new IntRange(34, 47));
    Document doc = Jsoup.parse(new ReportWriter().render(new ReportInput("R", null, null,
        new IncidentSet(List.of(i)), null, null, 0, null)));
    String row = doc.select("#incidents-table tbody tr").first().text();
    assertTrue(row.contains("14 (14\u201330)") && row.contains("40 (34\u201347)"), row);
    String site = doc.select("#breakdown table").first().select("tbody tr").first().text();
    assertTrue(site.contains("14 (14\u201330)") && site.contains("40 (34\u201347)"), site);
    assertTrue(doc.select(".figures").text().contains("34\u201347"), doc.select(".figures").text());
  }

  @Test
  @Tag("slow")
  void aHundredThousandIncidentsGiveAReportOfAFewMegabytes() {
    String html = new ReportWriter().render(new ReportInput("100k", null, null, many(100_000), null, null, 0, null));
    assertTrue(html.length() < 8_000_000, "report size " + html.length());
    assertTrue(html.contains("first 2000 of 100000"));
  }
}
