package sitrep.geocode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import sitrep.model.PlacePrecision;
import sitrep.pipeline.SitrepException;

class GazetteerTest {

  private static final String HEADER = "id\tname\tkind\tprecision\tlat\tlon\tcountry\tadmin1\tpopulation\taliases\tsource\n";
  private static final String BAGHDAD = "gn:98182\tBaghdad\tcapital\tcity\t33.34058\t44.40088\tIQ\tBaghdad\t7216000\tبغداد\tgn\n";

  private static InputStream utf8(String s) {
    return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
  }

  private static InputStream gzip(String s) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
      gz.write(s.getBytes(StandardCharsets.UTF_8));
    }
    return new ByteArrayInputStream(bytes.toByteArray());
  }

  private static List<String> surfaces(List<? extends NameMatch<?>> matches) {
    return matches.stream().map(NameMatch::surface).toList();
  }

  @Test
  void loadsTheFixtureWithAllRowsAndActors() {
    Gazetteer g = Fixtures.gazetteer();
    assertEquals(68, g.size());
    assertEquals(14, g.actorCount());
    GazetteerEntry asad = g.byId("site:ain-al-asad").orElseThrow();
    assertEquals("air_base", asad.kind());
    assertEquals(PlacePrecision.SITE, asad.precision());
    assertEquals(33.7856, asad.lat(), 1e-9);
    assertTrue(asad.aliases().contains("عين الأسد"));
    assertEquals("kh", g.actorById("saad").orElseThrow().parentId());
    assertEquals(null, g.actorById("qjb").orElseThrow().parentId());
    assertTrue(g.byId("gn:0").isEmpty());
  }

  @Test
  void readsGzipAndPlainTextAlike() throws IOException {
    Gazetteer plain = Gazetteer.load(utf8(HEADER + BAGHDAD), null);
    Gazetteer gz = Gazetteer.load(gzip(HEADER + BAGHDAD), null);
    assertEquals(plain.byId("gn:98182"), gz.byId("gn:98182"));
    assertEquals(1, gz.size());
  }

  @Test
  void quotedActorFieldsMayHoldCommas() {
    ActorEntry saad = Fixtures.gazetteer().actorById("saad").orElseThrow();
    assertEquals(List.of("Awliya al-Dam", "Guardians of the Blood, Brigade"), saad.aliases());
  }

  @Test
  void aBadLatitudeNamesTheFileAndLine() {
    String bad = HEADER + BAGHDAD + "gn:1\tX\ttown\tcity\tabc\t44\tIQ\t\t0\t\tgn\n";
    SitrepException e = assertThrows(SitrepException.class,
        () -> Gazetteer.load(utf8(bad), "places.tsv.gz", null, "actors.csv"));
    assertEquals("places.tsv.gz line 3: lat 'abc' is not a number", e.getMessage());
  }

  @Test
  void aMissingColumnNamesTheLine() {
    String bad = HEADER + "gn:1\tX\ttown\tcity\t33\n";
    SitrepException e = assertThrows(SitrepException.class, () -> Gazetteer.load(utf8(bad), null));
    assertTrue(e.getMessage().startsWith("places.tsv.gz line 2: expected 11 tab-separated columns, found 5"),
        e.getMessage());
  }

  @Test
  void anOutOfRangeLongitudeNamesTheLine() {
    String bad = HEADER + "gn:1\tX\ttown\tcity\t33\t244\tIQ\t\t0\t\tgn\n";
    SitrepException e = assertThrows(SitrepException.class, () -> Gazetteer.load(utf8(bad), null));
    assertEquals("places.tsv.gz line 2: lon 244 is outside [-180, 180]", e.getMessage());
  }

  @Test
  void anUnknownPrecisionNamesTheLine() {
    String bad = HEADER + "gn:1\tX\ttown\tstreet\t33\t44\tIQ\t\t0\t\tgn\n";
    SitrepException e = assertThrows(SitrepException.class, () -> Gazetteer.load(utf8(bad), null));
    assertTrue(e.getMessage().startsWith("places.tsv.gz line 2: precision 'street' is not a PlacePrecision"),
        e.getMessage());
  }

  @Test
  void aDuplicateIdNamesBothLines() {
    String bad = HEADER + BAGHDAD + BAGHDAD;
    SitrepException e = assertThrows(SitrepException.class, () -> Gazetteer.load(utf8(bad), null));
    assertEquals("places.tsv.gz line 3: id 'gn:98182' already used on line 2 (ids must be unique)", e.getMessage());
  }

  @Test
  void aTruncatedGzipIsReportedNotThrownRaw() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    gzip(HEADER + BAGHDAD.repeat(1)).transferTo(bytes);
    byte[] all = bytes.toByteArray();
    byte[] cut = java.util.Arrays.copyOf(all, all.length - 12);
    SitrepException e = assertThrows(SitrepException.class,
        () -> Gazetteer.load(new ByteArrayInputStream(cut), null));
    assertTrue(e.getMessage().startsWith("places.tsv.gz line "), e.getMessage());
  }

  @Test
  void aHeaderWithoutLatNamesTheColumn() {
    SitrepException e = assertThrows(SitrepException.class,
        () -> Gazetteer.load(utf8("id\tname\tkind\tlon\n"), null));
    assertTrue(e.getMessage().contains("no 'lat' column"), e.getMessage());
  }

  @Test
  void anActorRowWithTooManyFieldsNamesTheLine() {
    String actors = "id,name,kind,parent,aliases\n# comment\nkh,Kataib Hezbollah,militia,,KH\nx,a,b,c,d,e\n";
    SitrepException e = assertThrows(SitrepException.class,
        () -> Gazetteer.load(utf8(HEADER + BAGHDAD), "p", utf8(actors), "actors.csv"));
    assertEquals("actors.csv line 4: expected 5 fields, found 6 (quote fields that contain commas)", e.getMessage());
  }

  @Test
  void offsetsPointIntoTheOriginalText() {
    String text = "Drones hit  \u2018Ain al-\u00c1sad  air base\u2019 and Ramadi.";
    List<NameMatch<GazetteerEntry>> m = Fixtures.gazetteer().findPlaces(text);
    assertEquals(List.of("Ain al-\u00c1sad  air base", "Ramadi"), surfaces(m));
    for (NameMatch<GazetteerEntry> x : m) {
      assertEquals(x.surface(), text.substring(x.start(), x.end()));
    }
    assertEquals(text.indexOf("Ain"), m.get(0).start());
  }

  @Test
  void longestMatchWinsThenTheProvince() {
    String text = "the Ain al-Asad air base in Anbar province";
    List<NameMatch<GazetteerEntry>> m = Fixtures.gazetteer().findPlaces(text);
    assertEquals(List.of("Ain al-Asad air base", "Anbar province"), surfaces(m));
    assertEquals(List.of("site:ain-al-asad"), m.get(0).entries().stream().map(GazetteerEntry::id).toList());
  }

  @Test
  void matchesAreSortedAndDoNotOverlap() {
    String text = "Rockets hit Baghdad airport, Camp Taji, Balad and Tower 22; Erbil airport and the Green Zone.";
    List<NameMatch<GazetteerEntry>> m = Fixtures.gazetteer().findPlaces(text);
    assertEquals(List.of("Baghdad airport", "Camp Taji", "Balad", "Tower 22", "Erbil airport", "Green Zone"),
        surfaces(m));
    for (int i = 1; i < m.size(); i++) {
      assertTrue(m.get(i - 1).end() <= m.get(i).start());
    }
  }

  @Test
  void punctuationBreaksAMultiWordName() {
    List<NameMatch<GazetteerEntry>> m = Fixtures.gazetteer().findPlaces("They left Baghdad. Airport staff said.");
    assertEquals(List.of("Baghdad"), surfaces(m));
  }

  @Test
  void lowercaseCommonWordsDoNotMatchVillages() {
    String text = "police said the base at the camp was hit on thursday, said officials.";
    assertTrue(Fixtures.gazetteer().findPlaces(text).isEmpty());
  }

  @Test
  void arabicNamesMatchArabicText() {
    // "wal-" (and the) is dropped like the article; a bare "wa-" is not (it would break names such as Wasit)
    List<NameMatch<GazetteerEntry>> m = Fixtures.gazetteer().findPlaces("قصف على الحديدة وصنعاء والبصرة");
    assertEquals(List.of("الحديدة", "والبصرة"), surfaces(m));
  }

  @Test
  void findsActorsWhateverTheTransliteration() {
    Gazetteer g = Fixtures.gazetteer();
    String text = "Kata'ib Hizballah and Kataib Hizbollah, Harakat al-Nujabaa, Asa'ib Ahl al-Haq and the Houthi "
        + "movement; KH and the IRGC. A kh b.";
    List<NameMatch<ActorEntry>> m = g.findActors(text);
    assertEquals(List.of("Kata'ib Hizballah", "Kataib Hizbollah", "Harakat al-Nujabaa", "Asa'ib Ahl al-Haq",
        "Houthi movement", "KH", "IRGC"), surfaces(m));
    assertEquals(List.of("kh", "kh", "nujaba", "aah", "houthis", "kh", "irgc"),
        m.stream().map(x -> x.entries().get(0).id()).toList());
  }

  @Test
  void singularAndPluralActorNamesMeet() {
    List<NameMatch<ActorEntry>> m = Fixtures.gazetteer().findActors("A Houthi drone; the Houthis said.");
    assertEquals(List.of("houthis", "houthis"), m.stream().map(x -> x.entries().get(0).id()).toList());
  }

  @Test
  void hezbollahAloneIsTheLebaneseGroupButLongerNamesWin() {
    List<NameMatch<ActorEntry>> m = Fixtures.gazetteer().findActors("Hezbollah and Harakat Hezbollah al-Nujaba");
    assertEquals(List.of("Hezbollah", "Harakat Hezbollah al-Nujaba"), surfaces(m));
    assertEquals("hezbollah", m.get(0).entries().get(0).id());
    assertEquals("nujaba", m.get(1).entries().get(0).id());
  }

  @Test
  void emptyTextHasNoMatches() {
    assertTrue(Fixtures.gazetteer().findPlaces("").isEmpty());
    assertTrue(Fixtures.gazetteer().findActors(" \n ").isEmpty());
    assertFalse(Fixtures.gazetteer().findPlaces("Iraq").isEmpty());
  }
}
