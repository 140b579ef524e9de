package sitrep.geocode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import sitrep.model.Place;
import sitrep.model.PlacePrecision;

class PlaceResolverTest {

  private final Gazetteer gazetteer = Fixtures.gazetteer();
  private final PlaceResolver resolver = new PlaceResolver(gazetteer);

  private List<Candidate> rankIn(String text, String surface) {
    List<NameMatch<GazetteerEntry>> all = gazetteer.findPlaces(text);
    NameMatch<GazetteerEntry> m = all.stream().filter(x -> x.surface().equals(surface)).findFirst().orElseThrow(
        () -> new AssertionError("no match '" + surface + "' in " + all.stream().map(NameMatch::surface).toList()));
    return resolver.rank(m, text, all);
  }

  @Test
  void picksTheAnbarTownBaghdadiInAnAnbarStory() {
    List<Candidate> c = rankIn("Rockets were launched from Baghdadi, in Anbar province, at the base.", "Baghdadi");
    assertEquals("gn:99447", c.get(0).entry().id());
    assertTrue(c.get(0).reasons().contains("province Al Anbar named in document +2"), c.get(0).reasons().toString());
  }

  @Test
  void picksTheSiteWhenTheSentenceSaysBase() {
    String text = "Militants fired rockets at the base near Harir.";
    List<Candidate> c = rankIn(text, "Harir");
    assertEquals("site:harir", c.get(0).entry().id());
    assertTrue(c.get(0).reasons().contains("sentence says base +3"));
    assertEquals("gn:9000101", c.get(1).entry().id());
  }

  @Test
  void boostsPlacesNearOtherPlacesInTheDocument() {
    List<Candidate> c = rankIn("Clashes near Harir. Later, shelling in Erbil.", "Harir");
    Candidate town = c.stream().filter(x -> x.entry().id().equals("gn:9000101")).findFirst().orElseThrow();
    assertTrue(town.reasons().contains("within 100 km of Erbil +1.5"), town.reasons().toString());
  }

  @Test
  void countryNamedInTheDocumentGivesABoost() {
    List<Candidate> c = rankIn("Drones hit Tanf base. Syria condemned the attack.", "Tanf base");
    assertTrue(c.get(0).reasons().contains("country SY named in document +1"), c.get(0).reasons().toString());
  }

  @Test
  void greenZoneInABaghdadStoryIsTheInternationalZone() {
    List<Candidate> c = rankIn("Sirens sounded in Baghdad. Two rockets landed in the Green Zone.", "Green Zone");
    assertEquals("site:green-zone", c.get(0).entry().id());
    assertTrue(c.get(0).reasons().contains("within 100 km of Baghdad +1.5"), c.get(0).reasons().toString());
  }

  @Test
  void eachReasonIsShortAndScoresAreOrdered() {
    List<Candidate> c = rankIn("Rockets fell on Baghdad.", "Baghdad");
    for (int i = 1; i < c.size(); i++) {
      assertTrue(c.get(i - 1).score() >= c.get(i).score());
    }
    assertTrue(c.get(0).reasons().contains("kind capital +2.2"), c.get(0).reasons().toString());
    c.forEach(x -> x.reasons().forEach(r -> assertTrue(r.length() < 80, r)));
  }

  @Test
  void rankingIsDeterministic() {
    String text = "Drones hit Erbil airport and Harir base; Baghdad and Anbar were quiet.";
    List<NameMatch<GazetteerEntry>> all = gazetteer.findPlaces(text);
    for (NameMatch<GazetteerEntry> m : all) {
      assertEquals(resolver.rank(m, text, all), new PlaceResolver(gazetteer).rank(m, text, all));
    }
  }

  @Test
  void lookupFindsExactNamesFirst() {
    List<Candidate> c = resolver.lookup("Erbil", null, 10);
    assertEquals("gn:95446", c.get(0).entry().id());
    assertTrue(c.stream().anyMatch(x -> x.entry().id().equals("adm1:IQ-AR")));
    assertEquals("same name", c.get(0).reasons().get(0));
  }

  @Test
  void lookupToleratesSpelling() {
    List<Candidate> c = resolver.lookup("Sulaimaniyya", null, 5);
    assertEquals("gn:98465", c.get(0).entry().id());
    List<Candidate> d = resolver.lookup("Fellujah", null, 5);
    assertEquals("gn:98463", d.get(0).entry().id());
    assertTrue(d.get(0).reasons().get(0).startsWith("spelling differs by 1"), d.get(0).reasons().toString());
  }

  @Test
  void lookupFiltersByCountryAndLimits() {
    assertTrue(resolver.lookup("Erbil", "SY", 5).isEmpty());
    assertEquals(1, resolver.lookup("Erbil", "iq", 1).size());
    assertTrue(resolver.lookup("  ", null, 5).isEmpty());
    assertEquals("site:ain-al-asad", resolver.lookup("al-Assad airbase", null, 3).get(0).entry().id());
  }

  @Test
  void toPlaceCarriesTheEntryFields() {
    Place p = PlaceResolver.toPlace(gazetteer.byId("site:ain-al-asad").orElseThrow());
    assertEquals(new Place("Ain al-Asad Air Base", 33.7856, 42.4412, "IQ", "Al Anbar", PlacePrecision.SITE,
        "site:ain-al-asad"), p);
    Place sea = PlaceResolver.toPlace(gazetteer.byId("gn:350155").orElseThrow());
    assertEquals(null, sea.country());
    assertEquals(null, sea.admin1());
  }

  @Test
  void rejectsANullGazetteer() {
    assertThrows(IllegalArgumentException.class, () -> new PlaceResolver(null));
  }
}
