package sitrep.geocode;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class GazetteerIndexTest {

  private static byte[] fixturePlaces() throws IOException {
    try (InputStream in = Fixtures.resource("places.tsv")) {
      return in.readAllBytes();
    }
  }

  private static void assertSameKeys(Gazetteer.EntryKeys[] expected, Gazetteer.EntryKeys[] actual) {
    assertEquals(expected.length, actual.length);
    for (int i = 0; i < expected.length; i++) {
      assertEquals(expected[i].primary(), actual[i].primary(), "primary key of entry " + i);
      List<NameIndex.Name> a = expected[i].names();
      List<NameIndex.Name> b = actual[i].names();
      assertEquals(a.size(), b.size(), "names of entry " + i);
      for (int k = 0; k < a.size(); k++) {
        assertEquals(a.get(k).exact(), b.get(k).exact());
        assertEquals(a.get(k).acronym(), b.get(k).acronym());
        assertArrayEquals(a.get(k).skeletons(), b.get(k).skeletons());
      }
    }
  }

  @Test
  void writtenIndexReadsBackToTheComputedKeys() throws IOException {
    byte[] places = fixturePlaces();
    List<GazetteerEntry> entries = GazetteerReader.readPlaces(new ByteArrayInputStream(places), "places.tsv");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    GazetteerIndex.write(entries, GazetteerIndex.crc(places), out);
    Gazetteer.EntryKeys[] read = GazetteerIndex.read(
        new ByteArrayInputStream(out.toByteArray()), GazetteerIndex.crc(places), entries.size());
    assertNotNull(read);
    assertSameKeys(Gazetteer.computeKeys(entries), read);
  }

  @Test
  void indexOfAnotherPlacesFileIsIgnored() throws IOException {
    byte[] places = fixturePlaces();
    List<GazetteerEntry> entries = GazetteerReader.readPlaces(new ByteArrayInputStream(places), "places.tsv");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    GazetteerIndex.write(entries, GazetteerIndex.crc(places), out);
    assertNull(GazetteerIndex.read(new ByteArrayInputStream(out.toByteArray()), GazetteerIndex.crc(places) + 1,
        entries.size()));
    assertNull(GazetteerIndex.read(new ByteArrayInputStream(places), GazetteerIndex.crc(places), entries.size()),
        "a file that is not gzip is not an index");
  }

  @Test
  void sameInputSameBytes() throws IOException {
    byte[] places = fixturePlaces();
    List<GazetteerEntry> entries = GazetteerReader.readPlaces(new ByteArrayInputStream(places), "places.tsv");
    ByteArrayOutputStream a = new ByteArrayOutputStream();
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    GazetteerIndex.write(entries, 7, a);
    GazetteerIndex.write(entries, 7, b);
    assertArrayEquals(a.toByteArray(), b.toByteArray());
  }

  /**
   * The committed gazetteer/places.keys.gz belongs to the committed places.tsv.gz and holds the keys the current
   * normaliser computes. When this fails, regenerate it (command in {@link GazetteerIndex}).
   */
  @Test
  @Tag("slow")
  void bundledIndexMatchesTheBundledPlaces() throws IOException {
    Assumptions.assumeTrue(Gazetteer.class.getResource(Gazetteer.BUNDLED_PLACES) != null, "no bundled gazetteer");
    byte[] places;
    try (InputStream in = Gazetteer.class.getResourceAsStream(Gazetteer.BUNDLED_PLACES)) {
      places = in.readAllBytes();
    }
    List<GazetteerEntry> entries = GazetteerReader.readPlaces(new ByteArrayInputStream(places), "places.tsv.gz");
    String regenerate = "gazetteer/places.keys.gz is missing or stale: run `mvn -B -q -DskipTests package && java -cp "
        + "target/classes sitrep.geocode.GazetteerIndex gazetteer/places.tsv.gz gazetteer/places.keys.gz`";
    try (InputStream idx = Gazetteer.class.getResourceAsStream(GazetteerIndex.BUNDLED)) {
      assertNotNull(idx, regenerate);
      Gazetteer.EntryKeys[] read = GazetteerIndex.read(idx, GazetteerIndex.crc(places), entries.size());
      assertNotNull(read, regenerate);
      assertSameKeys(Gazetteer.computeKeys(entries), read);
    }
  }
}
