package sitrep.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import sitrep.model.ActorBasis;
import sitrep.model.IncidentSet;
import sitrep.model.Weapon;

class ReportSummaryTest {
  private static final LocalDate FROM = LocalDate.of(2023, 10, 17);
  private static final LocalDate TO = LocalDate.of(2024, 2, 4);

  @Test
  void noIncidentsSaysSoWithThePeriod() {
    assertEquals(List.of("No incidents were found between 17 Oct 2023 and 4 Feb 2024."),
        ReportSummary.sentences(new IncidentSet(List.of()), FROM, TO));
  }

  @Test
  void noIncidentsAndNoPeriod() {
    assertEquals(List.of("No incidents were found."), ReportSummary.sentences(new IncidentSet(List.of()), null, null));
  }

  @Test
  void oneIncidentIsSingular() {
    var one = SampleIncidents.incident("2024-01-28", SampleIncidents.TOWER_22, Weapon.DRONE, 1, 3, 34,
        SampleIncidents.IRI, ActorBasis.CLAIMED, "US forces", 0.95,
        SampleIncidents.src("d.txt", "2024-01-28", null, null, "Three killed and 34 injured at Tower 22."));
    List<String> s = ReportSummary.sentences(new IncidentSet(List.of(one)), null, null);
    assertEquals(List.of(
        "1 incident on 28 Jan 2024, by drone, at Tower 22.",
        "Reported casualties: 3 killed, 34 injured.",
        "Claimed by Islamic Resistance in Iraq."), s);
  }

  @Test
  void oneIncidentWithNothingKnown() {
    var bare = new sitrep.model.Incident("x", null, null, null, null, null, null, null, null, null, null,
        List.of(SampleIncidents.src("d.txt", "2024-01-01", null, null, "Something happened.")), 0.3, null, null, null);
    assertEquals(List.of(
        "1 incident.",
        "No casualty figures were reported.",
        "No group claimed it or was blamed for it.",
        "1 incident has low confidence (below 0.5); check the evidence before relying on it."),
        ReportSummary.sentences(new IncidentSet(List.of(bare)), null, null));
  }

  @Test
  void manyIncidentsGiveSharesTopSiteActorsCountriesAndLowConfidence() {
    List<String> s = ReportSummary.sentences(SampleIncidents.realistic(), FROM, TO);
    assertEquals(List.of(
        "20 incidents between 17 Oct 2023 and 4 Feb 2024; 40% by drone; most targeted: Ain al-Asad Air Base (4).",
        "Reported casualties: 3 killed, 66 injured (figures given for 10 of 20 incidents).",
        "Most often named actor: Islamic Resistance in Iraq (10 incidents, all claimed); 2 other groups named; "
            + "no actor named for 4 incidents.",
        "By country: Iraq 8, Syria 5, Jordan 1; outside any country: Southern Red Sea 3, Bab al-Mandab 1, "
            + "Gulf of Aden 1; 1 not placed.",
        "3 incidents have low confidence (below 0.5); check the evidence before relying on them."), s);
  }

  @Test
  void tiedSitesAreBothNamedAndAllSameWeaponSaysAll() {
    var a = SampleIncidents.incident("2023-10-17", SampleIncidents.AIN_AL_ASAD, Weapon.ROCKET, 3, null, null, null,
        null, null, 0.9, SampleIncidents.src("a.txt", "2023-10-18", null, null, "Rockets hit Ain al-Asad."));
    var b = SampleIncidents.incident("2023-10-18", SampleIncidents.ERBIL, Weapon.ROCKET, 2, null, null, null,
        null, null, 0.9, SampleIncidents.src("b.txt", "2023-10-19", null, null, "Rockets hit Erbil."));
    var c = SampleIncidents.incident("2023-10-19", SampleIncidents.ERBIL, Weapon.ROCKET, 2, null, null, null,
        null, null, 0.9, SampleIncidents.src("c.txt", "2023-10-20", null, null, "Rockets hit Erbil again."));
    var d = SampleIncidents.incident("2023-10-20", SampleIncidents.AIN_AL_ASAD, Weapon.ROCKET, 3, null, null, null,
        null, null, 0.9, SampleIncidents.src("d.txt", "2023-10-21", null, null, "Rockets hit Ain al-Asad again."));
    List<String> s = ReportSummary.sentences(new IncidentSet(List.of(a, b, c, d)), null, null);
    assertEquals("4 incidents between 17 Oct 2023 and 20 Oct 2023; all by rocket; most targeted: "
        + "Ain al-Asad Air Base and Erbil Air Base (2 each).", s.get(0));
    assertEquals("No casualty figures were reported for any of them.", s.get(1));
    assertEquals("No group claimed these incidents or was blamed for them.", s.get(2));
    assertTrue(s.get(3).startsWith("By country: Iraq 4."), s.get(3));
  }

  @Test
  void noSiteIsMostTargetedWhenEachIsHitOnce() {
    var a = SampleIncidents.incident("2023-10-17", SampleIncidents.AIN_AL_ASAD, Weapon.UNKNOWN, null, 0, null, null,
        null, null, 0.9, SampleIncidents.src("a.txt", "2023-10-18", null, null, "An attack on Ain al-Asad."));
    var b = SampleIncidents.incident("2023-10-18", SampleIncidents.ERBIL, Weapon.UNKNOWN, null, 1, null, null,
        null, null, 0.9, SampleIncidents.src("b.txt", "2023-10-19", null, null, "An attack on Erbil."));
    List<String> s = ReportSummary.sentences(new IncidentSet(List.of(a, b)), null, null);
    assertEquals("2 incidents between 17 Oct 2023 and 18 Oct 2023.", s.get(0));
    assertEquals("Reported casualties: 1 killed, injuries not reported (figures given for all 2 incidents).", s.get(1));
  }
}
