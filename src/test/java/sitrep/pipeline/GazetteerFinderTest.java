package sitrep.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import sitrep.extract.FoundActor;
import sitrep.extract.FoundPlace;
import sitrep.geocode.Gazetteer;

/** Places and actors found in text with the bundled gazetteer: the readings that depend on the words around a name. */
class GazetteerFinderTest {
  private static GazetteerFinder finder;

  @BeforeAll
  static void load() {
    finder = new GazetteerFinder(Gazetteer.loadBundled());
  }

  private static String idAt(String text, String surface) {
    int at = text.indexOf(surface);
    return finder.places(text).stream().filter(p -> p.start() == at).map(p -> p.place().gazetteerId()).findFirst()
        .orElse("-");
  }

  @Test
  void aNewsAgencyIsASourceNotAPlace() {
    String text = "Israeli missiles struck Aleppo airport on Thursday, the state news agency SANA reported.";
    assertEquals("-", idAt(text, "SANA"));
    assertEquals("site:aleppo-international-airport", idAt(text, "Aleppo airport"));
    String petra = "Two drones fell near Ruwaished, Jordan's state news agency Petra said.";
    assertEquals("-", idAt(petra, "Petra"));
  }

  @Test
  void theCountrysideOfACityIsItsProvince() {
    String text = "Drones targeted militia positions in Al-Mayadin and Al-Bukamal in the eastern countryside of Deir Ezzor.";
    assertEquals("adm1:SY-DY", idAt(text, "Deir Ezzor"));
    assertEquals("adm1:SY-DY", idAt("Drones struck militia positions in Deir Ezzor countryside on Friday.", "Deir Ezzor"));
    assertTrue(idAt("Drones struck a market in Deir Ezzor on Friday.", "Deir Ezzor").startsWith("gn:"));
    assertEquals("site:red-sea", idAt("The Houthis launched drones into the Southern Red Sea on Saturday.",
        "Southern Red Sea"));
  }

  @Test
  void theUsLedCoalitionIsTheCoalitionNotTheUnitedStates() {
    List<FoundActor> actors = finder.actors("Drones believed to belong to the US-led coalition struck Al-Bukamal.");
    assertEquals(List.of("US-led coalition"), actors.stream().map(FoundActor::canonical).toList());
  }

  @Test
  void aNameInAPersonsNameIsNotAPlace() {
    String text = "At least 15 people were killed in Mogadishu, police spokesman Abdifatah Adan Hassan told reporters.";
    assertEquals("-", idAt(text, "Adan"));
    assertTrue(idAt(text, "Mogadishu").startsWith("gn:"));
  }

  @Test
  void aCountrysMinistryIsNotAPlace() {
    assertEquals("-", idAt("Two soldiers were killed in northern Iraq, Turkey's Defence Ministry said.", "Turkey"));
    assertEquals("cc:IQ", idAt("Two soldiers were killed in northern Iraq, Turkey's Defence Ministry said.", "Iraq"));
  }

  @Test
  void aCountrysCapitalIsTheCapitalCity() {
    assertEquals("gn:53654", idAt("A car bomb exploded in Somalia's capital on Saturday.", "Somalia"));
    assertEquals("gn:71137", idAt("A drone struck a house in the capital of Yemen on Tuesday.", "Yemen"));
    // the capital of a region of the country is not the country's capital
    String erbil = idAt("Rockets hit the capital of Iraq's Kurdistan Region.", "Iraq");
    assertEquals("cc:IQ", erbil);
  }

  @Test
  void aTownThatLocatesANamedSiteStaysTheTown() {
    // without the site before it, a city named in a sentence about an air base may read as the city's airport
    String text = "Israeli warplanes struck Mezzeh air base in Damascus early on Saturday.";
    assertEquals("site:mezzeh-military-airport", idAt(text, "Mezzeh air base"));
    String damascus = idAt(text, "Damascus early");
    assertTrue(damascus.startsWith("gn:"), damascus);
  }

  @Test
  void hamaIsACityNotHamasInTheSingular() {
    String text = "Israeli jets struck Hama military airport on Saturday; Hamas praised the raid.";
    List<FoundActor> actors = finder.actors(text);
    assertEquals(1, actors.size(), actors.toString());
    assertEquals("Hamas", actors.get(0).surface());
    assertEquals("site:hama-military-airport", idAt(text, "Hama military airport"));
    // the plural of a demonym still reads as its group
    assertEquals("Houthis", finder.actors("A Huthi drone hit the ship.").get(0).canonical());
  }

  @Test
  void aTownIsReadInTheProvinceOrCountryNamedAsHoldingIt() {
    // no Syrian Maysalun in the bundled towns: not the Palestinian Maythalun, the province is what is left
    List<FoundPlace> places = finder.places("Two F-15 aircraft struck a weapons storage facility near Maysalun in "
        + "Dayr az Zawr province.");
    assertTrue(places.stream().noneMatch(p -> "PS".equals(p.place().country())), places.toString());
    assertTrue(places.stream().anyMatch(p -> "SY".equals(p.place().country())), places.toString());
    // a town of the named province's country is kept
    List<FoundPlace> qaim = finder.places("Strikes hit sites near al-Qaim in Anbar province.");
    assertEquals("IQ", qaim.get(0).place().country(), qaim.toString());
  }

  @Test
  void anAcronymWithALetterAfterAHyphenIsOneName() {
    // "ISIS-K" is the Khorasan branch, not ISIS and a stray letter; "IS-K" too
    for (String name : new String[] {"ISIS-K", "IS-K"}) {
      List<FoundActor> actors = finder.actors(name + " claimed the bombing in Kabul.");
      assertEquals(1, actors.size(), actors.toString());
      assertEquals(name, actors.get(0).surface());
      assertEquals("Islamic State Khorasan Province", actors.get(0).canonical());
    }
    // a lone capital after a name that is not an acronym is no part of it
    assertEquals("Islamic State", finder.actors("ISIS K. Ahmed wrote").get(0).canonical());
  }

  @Test
  void syrianAirbasesAreInTheGazetteer() {
    for (String[] c : new String[][] {{"the Shayrat airbase", "site:shayrat-air-base"},
        {"the Kuweires airbase", "site:kuweires-air-base"},
        {"the Nayrab military airport", "site:aleppo-international-airport"}}) {
      String text = "Missiles hit " + c[0] + " on Monday.";
      List<FoundPlace> found = finder.places(text);
      assertTrue(found.stream().anyMatch(p -> c[1].equals(p.place().gazetteerId())), c[0] + ": " + found);
    }
  }

  @Test
  void aProvinceOfACountryTheStoryNeverNamesFarFromItsPlacesIsAStray() {
    String text = "A convoy was hit near al-Batha, west of Nasiriyah, and another south of Samawah.";
    assertEquals("-", idAt(text, "Batha"));
    // alone, the name still reads as the only place it can be
    assertTrue(idAt("Clashes were reported in Batha.", "Batha").startsWith("adm1:TD"));
  }

  @Test
  void aHeadWordAloneIsPartOfAnUnknownLongerName() {
    String text = "Israeli jets struck the ports of Hodeidah, Salif and Ras Isa early on Thursday.";
    assertEquals("-", idAt(text, "Ras Isa")); // not Ar Rass in Saudi Arabia, through its alias "Rass"
    assertTrue(!idAt("Rockets hit Umm Qasr port.", "Umm Qasr").equals("-")); // a head word in a known name
  }

  @Test
  void aDistanceIsMeasuredFromTheCityNotTheCountry() {
    String text = "UKMTO received a report of an incident 100NM east of Djibouti.";
    assertEquals("gn:223817", idAt(text, "Djibouti"));
    assertEquals("cc:DJ", idAt("France has a base in Djibouti.", "Djibouti"));
  }

  @Test
  void aCapitalisedPrepositionIsNoPartOfTheNameAfterIt() {
    assertEquals("gn:92138", idAt("| Tue 23 Jan | Near al-Qaim, Anbar (IQ) | US strikes |", "al-Qaim"));
    // a capitalised name before "al-" is still a family name, not a place
    assertEquals("-", idAt("Faris al-Omran said the strikes hit the border.", "al-Omran"));
  }

  @Test
  void aClockIsNoPlace() {
    String text = "At approximately 2:30 a.m. Sanaa time on January 12, US forces struck Houthi targets.";
    assertEquals("-", idAt(text, "Sanaa"));
    assertTrue(!idAt("Rockets hit Sanaa at the time of the meeting.", "Sanaa").equals("-"));
  }
}
