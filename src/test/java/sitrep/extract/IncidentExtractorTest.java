package sitrep.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import sitrep.model.ActorBasis;
import sitrep.model.DatePrecision;
import sitrep.model.Document;
import sitrep.model.Incident;
import sitrep.model.Weapon;

class IncidentExtractorTest {
  private final IncidentExtractor extractor = new IncidentExtractor(new FixturePlaces());

  private List<Incident> extract(String text, String published) {
    return extractor.extract(new Document("doc.txt", text, published == null ? null : LocalDate.parse(published), null, null, null));
  }

  /**
   * Runs cases/extract/incidents.json: each case's text must give its "count" of incidents (when given) and, for
   * each expected incident, one found incident with every field the case names (a JSON null must be null).
   */
  @TestFactory
  Stream<DynamicTest> extractsTheIncidentsOfEachCase() throws Exception {
    JsonNode cases;
    try (InputStream in = Objects.requireNonNull(getClass().getResourceAsStream("/cases/extract/incidents.json"))) {
      cases = new ObjectMapper().readTree(in);
    }
    List<DynamicTest> tests = new ArrayList<>();
    for (JsonNode c : cases) {
      tests.add(DynamicTest.dynamicTest(c.get("id").asText() + ": " + c.get("description").asText(), () -> {
        List<Incident> found = extract(c.get("text").asText(), c.path("published").asText(null));
        if (c.has("count")) {
          assertEquals(c.get("count").asInt(), found.size(), found.toString());
        }
        for (JsonNode e : c.path("expect")) {
          e.fieldNames().forEachRemaining(name -> assertTrue(FIELDS.contains(name), "unknown field " + name));
          assertTrue(found.stream().anyMatch(i -> fits(i, e)), "no incident like " + e + " in " + found);
        }
        String text = c.get("text").asText().replaceAll("\\s+", " ");
        for (Incident i : found) {
          for (String part : i.sources().get(0).evidence().split(" … ")) {
            // every sentence of the evidence is as the source wrote it (never a copy with clauses blanked out)
            assertTrue(text.contains(part.replaceAll("\\s+", " ").strip()), "evidence not in the text: " + part);
          }
        }
      }));
    }
    return tests.stream();
  }

  private static boolean fits(Incident i, JsonNode e) {
    return field(e, "date", i.date() == null ? null : i.date().toString())
        && field(e, "precision", i.datePrecision().id())
        && field(e, "place", i.place() == null ? null : i.place().name())
        && field(e, "weapon", i.weapon().id())
        && field(e, "projectiles", i.projectiles() == null ? null : i.projectiles().toString())
        && field(e, "killed", i.killed() == null ? null : i.killed().toString())
        && field(e, "injured", i.injured() == null ? null : i.injured().toString())
        && field(e, "actor", i.actor())
        && field(e, "actor_basis", i.actorBasis().id());
  }

  /** The fields a case may expect; a key outside them is a mistake in the case file, not a field left unchecked. */
  private static final java.util.Set<String> FIELDS = java.util.Set.of("date", "precision", "place", "weapon",
      "projectiles", "killed", "injured", "actor", "actor_basis");

  private static boolean field(JsonNode e, String name, String value) {
    if (!e.has(name)) {
      return true;
    }
    JsonNode want = e.get(name);
    return want.isNull() ? value == null : want.asText().equals(value);
  }

  @Test
  void readsARocketAttackWithCountsCasualtiesAndClaim() {
    List<Incident> found = extract("""
        Security

        The attack took place around noon on July 7, when 14 rockets hit the Ain al-Asad base and led to at least two injuries, a spokesman said.

        The attack was immediately claimed by a newly formed militia. "We hit the base with 30 Grad missiles," read the statement signed by Al-Muhandis Revenge Brigade.
        """, "2021-07-08");
    assertEquals(1, found.size(), found.toString());
    Incident i = found.get(0);
    assertEquals(LocalDate.of(2021, 7, 7), i.date());
    assertEquals(DatePrecision.DAY, i.datePrecision());
    assertEquals("Ain al-Asad Air Base", i.place().name());
    assertEquals(Weapon.ROCKET, i.weapon());
    assertEquals(14, i.projectiles());
    assertEquals(2, i.injured());
    assertEquals("Al-Muhandis Revenge Brigade", i.actor());
    assertEquals(ActorBasis.CLAIMED, i.actorBasis());
    assertTrue(i.sources().get(0).evidence().contains("14 rockets"));
  }

  @Test
  void threatsAndConditionsAreNotIncidents() {
    List<Incident> found = extract("""
        The Islamic Resistance in Iraq announced that all American interests in Iraq will be targeted if Israel attacks Lebanon.
        The militias threatened to strike US bases with drones and rockets.
        """, "2024-07-01");
    assertEquals(List.of(), found);
  }

  @Test
  void aggregatesAndBackgroundAreNotIncidents() {
    List<Incident> found = extract("""
        The Iran-backed forces have carried out more than 100 attacks on US forces in Iraq and Syria since October 7.
        Hundreds of American soldiers were killed by roadside bombs in Iraq between 2003 and 2011.
        """, "2024-07-01");
    assertEquals(List.of(), found);
  }

  @Test
  void resolvesLastMonthWithADayAndCountsAKilledGirl() {
    List<Incident> found = extract(
        "Last month, on November 17th, seven rockets landed in the Green Zone and surrounding area, killing a young girl, "
            + "in an attack claimed by Ashab al-Kahf.", "2020-12-11");
    assertEquals(1, found.size());
    Incident i = found.get(0);
    assertEquals(LocalDate.of(2020, 11, 17), i.date());
    assertEquals(7, i.projectiles());
    assertEquals(1, i.killed());
    assertNull(i.injured());
    assertEquals("Ashab al-Kahf", i.actor());
    assertEquals(ActorBasis.CLAIMED, i.actorBasis());
  }

  @Test
  void splitsTwoConvoyAttacksInTwoProvinces() {
    List<Incident> found = extract("""
        Two convoys of trucks carrying coalition equipment were on Thursday (December 10th) targeted by roadside bombs. One convoy was attacked on the highway in al-Muthanna, and the other on the highway near Latifiya, south of Baghdad. There were no casualties.
        """, "2020-12-11");
    assertEquals(2, found.size(), found.toString());
    assertTrue(found.stream().allMatch(i -> i.weapon() == Weapon.IED && LocalDate.of(2020, 12, 10).equals(i.date())));
    assertTrue(found.stream().anyMatch(i -> i.place().name().equals("Latifiya")));
    assertTrue(found.stream().anyMatch(i -> i.place().name().equals("Al Muthanna")));
  }

  @Test
  void noCasualtiesIsZeroNotNull() {
    List<Incident> found = extract("On Tuesday a drone attack targeted Erbil airport. The attack did not result in human casualties.",
        "2021-07-08");
    assertEquals(1, found.size());
    assertEquals(0, found.get(0).killed());
    assertEquals(0, found.get(0).injured());
    assertEquals(Weapon.DRONE, found.get(0).weapon());
    assertEquals(LocalDate.of(2021, 7, 6), found.get(0).date());
  }

  @Test
  void forumButtonsAndCommentsDoNotMakeIncidents() {
    List<Incident> found = extract("""
        Thanks 2
        Link to comment
        Share on other sites

        8 hours ago
        Rockets hit the Green Zone on Monday and they should bomb them all.
        """, "2021-07-08");
    assertEquals(List.of(), found);
  }

  @Test
  void aCaptionAloneDoesNotMakeAnIncident() {
    List<Incident> found = extract(
        "US soldiers clear rubble after a missile strike at Ain al-Asad on January 8, 2020. [Ayman Henna/AFP]",
        "2021-07-08");
    assertEquals(List.of(), found);
  }

  @Test
  void aVolleyHasNoCount() {
    List<Incident> found = extract("On Monday a volley of rockets struck near Baghdad airport in the Green Zone.", "2021-07-08");
    assertEquals(1, found.size());
    assertNull(found.get(0).projectiles());
  }

  @Test
  void unknownPublicationDateLeavesRelativeDatesUnknown() {
    List<Incident> found = extract("Three rockets hit the Green Zone on Thursday.", null);
    assertEquals(1, found.size());
    assertNull(found.get(0).date());
    assertEquals(DatePrecision.UNKNOWN, found.get(0).datePrecision());
  }

  @Test
  void usRetaliatoryStrikeIsAnAirstrikeByTheUnitedStates() {
    List<Incident> found = extract("On Sunday US airstrikes hit Kataib Hezbollah facilities in Iraq and Syria.", "2021-06-29");
    assertTrue(found.size() >= 1);
    assertTrue(found.stream().allMatch(i -> i.weapon() == Weapon.AIRSTRIKE && "United States".equals(i.actor())), found.toString());
  }

  @Test
  void aSentenceThatSaysAFollowedBDatesB() {
    List<Incident> found = extract(
        "The strike on Ain al-Asad followed a drone attack on Tuesday evening that targeted Erbil airport.", "2021-07-08");
    assertEquals(1, found.size(), found.toString());
    assertEquals("Erbil International Airport", found.get(0).place().name());
    assertEquals(Weapon.DRONE, found.get(0).weapon());
    assertEquals(LocalDate.of(2021, 7, 6), found.get(0).date());
  }

  @Test
  void theDayOfAStatementYieldsToTheDayOfTheAttack() {
    List<Incident> found = extract(
        "Officials said on Thursday that three rockets hit the Green Zone late on Wednesday.", "2021-07-09");
    assertEquals(1, found.size());
    assertEquals(LocalDate.of(2021, 7, 7), found.get(0).date());
  }
}
