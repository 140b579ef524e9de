package sitrep.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sitrep.model.ActorBasis;
import sitrep.model.DatePrecision;
import sitrep.model.Incident;
import sitrep.model.IncidentSet;
import sitrep.model.IntRange;
import sitrep.model.Place;
import sitrep.model.PlacePrecision;
import sitrep.model.SourceRef;
import sitrep.model.Weapon;
import sitrep.pipeline.SitrepException;

/** incidents.json: streamed out with the bytes data binding gives, streamed in with errors that name the field. */
class IncidentJsonTest {
  @TempDir Path dir;

  /** incidents.json as it was written before streaming: the whole set through Jackson data binding. */
  private static String dataBinding(IncidentSet set) throws Exception {
    return JsonMapper.builder().addModule(new JavaTimeModule())
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).enable(SerializationFeature.INDENT_OUTPUT).build()
        .writeValueAsString(set).replace("\r\n", "\n") + "\n";
  }

  /** Every kind of value: all three ranges, nulls, coarse dates, text with escapes, non-ASCII, emoji, whole lat. */
  private static IncidentSet varied() {
    Place whole = new Place("Şırnak \u0634\u0645\u0627\u0644", 37.0, -0.0001, null, null, PlacePrecision.ADMIN1, null);
    SourceRef odd = new SourceRef("d\u00e9j\u00e0/\u2028x.txt", null, null, "A \"title\" \ud83d\ude80", "tab\there\u0001"
        + " and \\ backslash, </script>", 0, 0);
    Incident ranges = new Incident("all-ranges", LocalDate.of(1999, 12, 31), DatePrecision.MONTH, whole,
        Weapon.SMALL_ARMS, 2, 3, 4, "Group \ud83d\ude00", ActorBasis.ATTRIBUTED, null, List.of(odd), 1.0,
        new IntRange(1, 5), new IntRange(0, 3), new IntRange(4, 40));
    return new IncidentSet(List.of(Fixtures.asad(), Fixtures.bare(), Fixtures.hostile(), ranges));
  }

  @Test
  void streamedJsonHasTheBytesOfDataBinding() throws Exception {
    for (IncidentSet set : List.of(varied(), new IncidentSet(List.of()), new IncidentSet(List.of(Fixtures.bare())))) {
      assertEquals(dataBinding(set), IncidentJson.toJson(set));
      Path file = dir.resolve("incidents.json");
      IncidentJson.write(set, file);
      assertArrayEquals(dataBinding(set).getBytes(StandardCharsets.UTF_8), Files.readAllBytes(file));
    }
  }

  @Test
  void writingIteratesTheIncidentsOnceInOrder() {
    List<Incident> list = varied().incidents();
    AtomicInteger iterations = new AtomicInteger();
    Iterable<Incident> once = () -> {
      assertEquals(1, iterations.incrementAndGet(), "iterated more than once");
      return list.iterator();
    };
    Path file = dir.resolve("once.json");
    IncidentJson.write(once, file);
    assertEquals(list, IncidentJson.read(file).incidents());
  }

  @Test
  void whatIsWrittenIsReadBackEqual() {
    IncidentSet set = varied();
    Path file = dir.resolve("round.json");
    IncidentJson.write(set, file);
    assertEquals(set, IncidentJson.read(file));
  }

  @Test
  void aFailingIncidentLeavesTheEarlierFileInPlaceAndNoTemporaryFile() throws Exception {
    Path file = dir.resolve("incidents.json");
    Files.writeString(file, "earlier good file");
    List<Incident> list = varied().incidents();
    Iterable<Incident> failing = () -> new Iterator<>() {
      int k;

      @Override
      public boolean hasNext() {
        return true;
      }

      @Override
      public Incident next() {
        if (k == 2) {
          throw new IllegalStateException("incident store failed");
        }
        return list.get(k++);
      }
    };
    assertThrows(IllegalStateException.class, () -> IncidentJson.write(failing, file));
    assertEquals("earlier good file", Files.readString(file));
    try (var s = Files.list(dir)) {
      assertEquals(List.of("incidents.json"), s.map(p -> p.getFileName().toString()).toList());
    }
  }

  private String readFailing(String json) throws Exception {
    Path file = dir.resolve("bad.json");
    Files.writeString(file, json);
    return assertThrows(SitrepException.class, () -> IncidentJson.read(file)).getMessage();
  }

  @Test
  void aWrongTypeNamesTheFieldPathAndLine() throws Exception {
    List<String> lines = new ArrayList<>(List.of(IncidentJson.toJson(new IncidentSet(List.of(Fixtures.asad(),
        Fixtures.hostile()))).split("\n")));
    int lat = -1;
    for (int k = 0; k < lines.size(); k++) {
      if (lines.get(k).contains("\"lat\" : 12.5")) {
        lat = k;
        lines.set(k, lines.get(k).replace("12.5", "\"north\""));
      }
    }
    String message = readFailing(String.join("\n", lines));
    assertTrue(message.contains("bad.json line " + (lat + 1) + ",") && message.contains("incidents[1].place.lat")
        && message.contains("\"north\""), message);
  }

  @Test
  void aBadValueInASourceNamesTheSourceIndex() throws Exception {
    String json = IncidentJson.toJson(new IncidentSet(List.of(Fixtures.asad())))
        .replaceFirst("\"start\" : 10", "\"start\" : -3");
    String message = readFailing(json);
    assertTrue(message.contains("incidents[0].sources[0]") && message.contains("[-3, "), message);
  }

  @Test
  void aTruncatedFileSaysWhereItEnds() throws Exception {
    String json = IncidentJson.toJson(new IncidentSet(List.of(Fixtures.asad(), Fixtures.bare())));
    String message = readFailing(json.substring(0, json.length() * 3 / 4));
    assertTrue(message.matches("(?s).*bad\\.json line \\d+, column \\d+: incidents\\[1\\].*end-of-input.*"), message);
  }

  @Test
  void aFileThatIsNotAnIncidentsObjectIsNamed() throws Exception {
    assertTrue(readFailing("").contains("the file is empty"));
    assertTrue(readFailing("[]").contains("expected an object"));
    assertTrue(readFailing("{\"incidents\": 3}").contains("incidents: expected an array, found '3'"));
    assertTrue(readFailing("{\"incidents\": [null]}").contains("incidents[0]: expected an object, found null"));
  }

  @Test
  void unknownFieldsAndAMissingListAreAccepted() throws Exception {
    Path file = dir.resolve("extra.json");
    Files.writeString(file, "{\"version\": {\"a\": [1, 2]}, \"incidents\": null}");
    assertEquals(0, IncidentJson.read(file).incidents().size());
    String withExtra = IncidentJson.toJson(new IncidentSet(List.of(Fixtures.asad())))
        .replace("\"weapon\" :", "\"note\" : {\"x\": [1]},\n    \"weapon\" :");
    Files.writeString(file, withExtra);
    assertEquals(List.of(Fixtures.asad()), IncidentJson.read(file).incidents());
  }

  @Test
  void numbersAsTextAndDateTimesAreReadAsBeforeButAFractionalCountIsAnError() throws Exception {
    String json = IncidentJson.toJson(new IncidentSet(List.of(Fixtures.asad())))
        .replace("\"projectiles\" : 14", "\"projectiles\" : \"14\"")
        .replace("\"killed\" : 0", "\"killed\" : 0.0")
        .replace("\"confidence\" : 0.87", "\"confidence\" : \"0.87\"")
        .replace("\"date\" : \"2024-01-20\"", "\"date\" : \"2024-01-20T23:10:00Z\"");
    Path file = dir.resolve("lenient.json");
    Files.writeString(file, json);
    assertEquals(List.of(Fixtures.asad()), IncidentJson.read(file).incidents());
    String message = readFailing(json.replace("\"injured\" : 4", "\"injured\" : 2.5"));
    assertTrue(message.contains("incidents[0].injured: expected a whole number, found '2.5'"), message);
  }

  @Test
  void plainDatesAreReadAsTheFormatterReadsThem() {
    for (LocalDate d = LocalDate.of(1999, 1, 1); d.isBefore(LocalDate.of(2031, 1, 1)); d = d.plusDays(1)) {
      assertEquals(d, IncidentJsonReader.isoDate(d.toString()));
    }
    for (String s : List.of("2021-02-29", "2021-04-31", "2021-13-01", "2021-00-10", "2021-01-00", "2021-1-011",
        "+002-01-01", "2021/01/01", "2021-01-1a", "\uff12021-01-01", "0000-01-01", "9999-12-31")) {
      LocalDate parsed;
      try {
        parsed = LocalDate.parse(s);
      } catch (java.time.format.DateTimeParseException e) {
        parsed = null;
      }
      assertEquals(parsed, IncidentJsonReader.isoDate(s), s);
    }
  }
}
