package sitrep.geocode;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import sitrep.pipeline.SitrepException;

/** A corrupt gazetteer is fatal, and the message names the file and the line. */
class GazetteerLoadTest {
  private static final String HEADER = "id\tname\tkind\tprecision\tlat\tlon\tcountry\tadmin1\tpopulation\taliases\tsource\n";
  private static final String ROW = "c:1\tErbil\tcity\tcity\t36.19\t44.01\tIQ\tErbil\t900000\tArbil\tfixture\n";
  private static final String ACTORS = "id,name,kind,parent,aliases\nkh,Kataib Hezbollah,militia,,KH\n";

  private static InputStream text(String s) {
    return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
  }

  private static String failure(InputStream places, InputStream actors) {
    SitrepException e = assertThrows(SitrepException.class,
        () -> Gazetteer.load(places, "places.tsv.gz", actors, "actors.csv"));
    return e.getMessage();
  }

  private static void assertNames(String message, String... parts) {
    for (String p : parts) {
      assertTrue(message.contains(p), "'" + p + "' in: " + message);
    }
  }

  @Test
  void aGoodFixtureLoads() {
    assertTrue(Gazetteer.load(text(HEADER + ROW), "places.tsv.gz", text(ACTORS), "actors.csv").size() > 0);
  }

  @Test
  void aRowWithAMissingTabNamesFileAndLine() {
    assertNames(failure(text(HEADER + ROW + "c:2\tBaghdad\tcity\n"), text(ACTORS)), "places.tsv.gz line 3", "columns");
  }

  @Test
  void aLatitudeThatIsNotANumberNamesFileLineAndValue() {
    assertNames(failure(text(HEADER + ROW.replace("36.19", "north")), text(ACTORS)), "places.tsv.gz line 2", "north");
  }

  @Test
  void aLatitudeOutOfRangeNamesFileAndLine() {
    assertNames(failure(text(HEADER + ROW.replace("36.19", "136.19")), text(ACTORS)), "places.tsv.gz line 2", "136.19");
  }

  @Test
  void aDuplicateIdNamesBothLines() {
    assertNames(failure(text(HEADER + ROW + ROW), text(ACTORS)), "line 3", "line 2");
  }

  @Test
  void aHeaderWithoutLatNamesTheColumn() {
    assertNames(failure(text(HEADER.replace("\tlat\t", "\tlatitude\t") + ROW), text(ACTORS)), "places.tsv.gz line 1", "'lat'");
  }

  @Test
  void anEmptyFileSaysSo() {
    assertNames(failure(text(""), text(ACTORS)), "places.tsv.gz", "empty");
  }

  @Test
  void aTruncatedGzipFileSaysWhereAndWhy() throws Exception {
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(buf)) {
      gz.write((HEADER + ROW.repeat(1)).getBytes(StandardCharsets.UTF_8));
      for (int i = 2; i < 3000; i++) {
        gz.write(ROW.replace("c:1", "c:" + i).getBytes(StandardCharsets.UTF_8));
      }
    }
    byte[] whole = buf.toByteArray();
    byte[] cut = Arrays.copyOf(whole, whole.length / 2);
    assertNames(failure(new ByteArrayInputStream(cut), text(ACTORS)), "places.tsv.gz line", "truncated");
  }

  @Test
  void randomBytesAreRejectedWithAMessageNotAnInternalError() {
    byte[] noise = new byte[5000];
    new java.util.Random(11).nextBytes(noise);
    assertNames(failure(new ByteArrayInputStream(noise), text(ACTORS)), "places.tsv.gz");
  }

  @Test
  void aCorruptActorsFileNamesFileAndLine() {
    assertNames(failure(text(HEADER + ROW), text(ACTORS + "ab,\"unclosed,militia\n")), "actors.csv");
    assertNames(failure(text(HEADER + ROW), text(ACTORS + "x,Only two\n")), "actors.csv line 3");
  }
}
