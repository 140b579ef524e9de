package sitrep.export;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
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

/**
 * Reads incidents.json one incident at a time with Jackson's streaming parser, building the records directly (no
 * data binding, no tree), so the file is never held in memory and reading costs little more than tokenising.
 * Errors name the file, the line and column, and the path of the field ({@code incidents[12].place.lat}). Fields
 * not in SPEC.md are ignored; a missing field is null (0 for {@code start}, {@code end} and {@code confidence}).
 * Numbers may be given as numeric strings and dates as ISO date-times (the date is kept), as data binding allowed;
 * a count that is not a whole number is an error, not truncated.
 */
final class IncidentJsonReader {
  private final Path file;
  private final JsonParser p;
  /**
   * One instance per distinct place: many incidents share a place, and the outputs that group by place (map sites,
   * the report's site table) then find it by identity instead of comparing its fields.
   */
  private final java.util.Map<Place, Place> places = new java.util.HashMap<>();

  // where the parser is, for messages: incidents[index].object[objectIndex].field
  private int index = -1;
  private String object;
  private int objectIndex = -1;
  private String field;

  private IncidentJsonReader(Path file, JsonParser p) {
    this.file = file;
    this.p = p;
  }

  /** Reads the whole file into a set, in file order. */
  static IncidentSet read(Path file) {
    List<Incident> incidents = new ArrayList<>();
    forEach(file, incidents::add);
    return new IncidentSet(incidents);
  }

  /**
   * Reads the file and hands each incident to sink, in file order.
   *
   * @throws SitrepException naming the file, line, column and field when it is missing, not JSON, truncated, or
   *     has a field of the wrong type or out of range
   */
  static void forEach(Path file, Consumer<Incident> sink) {
    forEach(file, open(file), sink);
  }

  /** Opens the file, failing with the message of a missing or unreadable incidents file. */
  private static InputStream open(Path file) {
    try {
      return Files.newInputStream(file);
    } catch (NoSuchFileException e) {
      throw new SitrepException("incidents file " + file + " does not exist");
    } catch (IOException e) {
      throw new SitrepException("cannot read incidents file " + file + ": " + e.getMessage(), e);
    }
  }

  /** Reads the opened file (closing it) and hands each incident to sink, in file order. */
  private static void forEach(Path file, InputStream stream, Consumer<Incident> sink) {
    try (InputStream in = stream;
        JsonParser p = IncidentJson.FACTORY.createParser(in)) {
      new IncidentJsonReader(file, p).readAll(sink);
    } catch (IOException e) {
      throw new SitrepException("cannot read incidents file " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * Starts reading the file on a thread of its own and returns the set at once: its list fills as the file is read
   * (see {@link ArrivingList}), so that whatever goes over the incidents in order starts before the last one is
   * read. A missing file fails here; a problem further in the file fails whoever iterates up to it (with the
   * message {@link #read} gives).
   */
  static IncidentSet readArriving(Path file) {
    InputStream in = open(file);
    ArrivingList<Incident> list = new ArrivingList<>();
    Thread reader = new Thread(() -> {
      try {
        forEach(file, in, list::add);
        list.finish();
      } catch (RuntimeException e) {
        list.fail(e);
      } catch (Error e) {
        list.fail(new SitrepException("cannot read incidents file " + file + ": " + e, e));
        throw e;
      }
    }, "sitrep-read");
    reader.setDaemon(true);
    reader.start();
    return new IncidentSet(list);
  }

  private void readAll(Consumer<Incident> sink) throws IOException {
    try {
      JsonToken root = p.nextToken();
      if (root == null) {
        throw problem(p.currentLocation(), "the file is empty");
      }
      if (root != JsonToken.START_OBJECT) {
        throw problem(p.currentTokenLocation(), "expected an object {\"incidents\": [...]}, found " + found());
      }
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        JsonToken value = p.nextToken();
        if (!name.equals("incidents")) {
          p.skipChildren();
          continue;
        }
        if (value == JsonToken.VALUE_NULL) {
          continue;
        }
        if (value != JsonToken.START_ARRAY) {
          throw problem(p.currentTokenLocation(), "incidents: expected an array, found " + found());
        }
        while (p.nextToken() != JsonToken.END_ARRAY) {
          index++;
          object = null;
          field = null;
          expect(JsonToken.START_OBJECT, "an object");
          sink.accept(incident());
        }
        index = -1;
      }
      if (p.currentToken() != JsonToken.END_OBJECT) {
        throw problem(p.currentLocation(), "the file ends before the closing '}' (truncated?)");
      }
    } catch (JsonProcessingException e) {
      // not JSON, or cut off: Jackson's message says what it found
      String at = index < 0 ? "" : path() + ": ";
      throw new SitrepException("incidents file " + file + where(e.getLocation()) + ": " + at + e.getOriginalMessage()
          + " (expected the incidents.json format of SPEC.md)", e);
    }
  }

  // ---- records ---------------------------------------------------------------------------------------------

  /**
   * The incident at the parser. A record that refuses a value (its constructor throws IllegalArgumentException) is
   * reported here, at the path of the object it was read from: the readers below leave the path as it is until their
   * record is built, and turn every other problem into a SitrepException where it happens.
   */
  private Incident incident() throws IOException {
    try {
      return readIncident();
    } catch (IllegalArgumentException e) {
      throw problem(p.currentLocation(), path() + ": " + e.getMessage());
    }
  }

  private Incident readIncident() throws IOException {
    String id = null;
    LocalDate date = null;
    DatePrecision datePrecision = null;
    Place place = null;
    Weapon weapon = null;
    Integer projectiles = null;
    Integer killed = null;
    Integer injured = null;
    String actor = null;
    ActorBasis actorBasis = null;
    String target = null;
    List<SourceRef> sources = null;
    double confidence = 0;
    IntRange projectilesRange = null;
    IntRange killedRange = null;
    IntRange injuredRange = null;
    while (nextField()) {
      switch (field) {
        case "id" -> id = text();
        case "date" -> date = date();
        case "date_precision" -> datePrecision = id(DatePrecision::fromId);
        case "place" -> place = place();
        case "weapon" -> weapon = id(Weapon::fromId);
        case "projectiles" -> projectiles = count();
        case "killed" -> killed = count();
        case "injured" -> injured = count();
        case "actor" -> actor = text();
        case "actor_basis" -> actorBasis = id(ActorBasis::fromId);
        case "target" -> target = text();
        case "sources" -> sources = sources();
        case "confidence" -> confidence = number(false);
        case "projectiles_range" -> projectilesRange = range();
        case "killed_range" -> killedRange = range();
        case "injured_range" -> injuredRange = range();
        default -> p.skipChildren();
      }
    }
    return new Incident(id, date, datePrecision, place, weapon, projectiles, killed, injured, actor, actorBasis, target,
        sources, confidence, projectilesRange, killedRange, injuredRange);
  }

  private Place place() throws IOException {
    if (!start(JsonToken.START_OBJECT, "an object or null")) {
      return null;
    }
    object = "place";
    String name = null;
    Double lat = null;
    Double lon = null;
    String country = null;
    String admin1 = null;
    PlacePrecision precision = null;
    String gazetteerId = null;
    while (nextField()) {
      switch (field) {
        case "name" -> name = text();
        case "lat" -> lat = numberOrNull();
        case "lon" -> lon = numberOrNull();
        case "country" -> country = text();
        case "admin1" -> admin1 = text();
        case "precision" -> precision = id(PlacePrecision::fromId);
        case "gazetteer_id" -> gazetteerId = text();
        default -> p.skipChildren();
      }
    }
    Place place = new Place(name, lat, lon, country, admin1, precision, gazetteerId);
    object = null;
    Place known = places.putIfAbsent(place, place);
    return known != null ? known : place;
  }

  private List<SourceRef> sources() throws IOException {
    if (!start(JsonToken.START_ARRAY, "an array of sources")) {
      return null;
    }
    List<SourceRef> sources = new ArrayList<>(2);
    object = "sources";
    while (p.nextToken() != JsonToken.END_ARRAY) {
      objectIndex++;
      field = null;
      expect(JsonToken.START_OBJECT, "a source object");
      sources.add(source());
    }
    object = null;
    objectIndex = -1;
    return sources;
  }

  private SourceRef source() throws IOException {
    String doc = null;
    LocalDate published = null;
    String url = null;
    String title = null;
    String evidence = null;
    int start = 0;
    int end = 0;
    while (nextField()) {
      switch (field) {
        case "doc" -> doc = text();
        case "published" -> published = date();
        case "url" -> url = text();
        case "title" -> title = text();
        case "evidence" -> evidence = text();
        case "start" -> start = offset();
        case "end" -> end = offset();
        default -> p.skipChildren();
      }
    }
    return new SourceRef(doc, published, url, title, evidence, start, end);
  }

  private IntRange range() throws IOException {
    if (!start(JsonToken.START_OBJECT, "an object or null")) {
      return null;
    }
    object = field;
    int min = 0;
    int max = 0;
    while (nextField()) {
      switch (field) {
        case "min" -> min = offset();
        case "max" -> max = offset();
        default -> p.skipChildren();
      }
    }
    IntRange range = new IntRange(min, max);
    object = null;
    return range;
  }

  /** Moves to the next field's value: true, with field set; false at the end of the object, with field null. */
  private boolean nextField() throws IOException {
    field = null;
    if (p.nextToken() != JsonToken.FIELD_NAME) {
      return false;
    }
    field = p.currentName();
    p.nextToken();
    return true;
  }

  // ---- values ----------------------------------------------------------------------------------------------

  /** True at start (of an object or array), false at null; anything else is an error expecting what is named. */
  private boolean start(JsonToken start, String expected) throws IOException {
    if (p.currentToken() == JsonToken.VALUE_NULL) {
      return false;
    }
    expect(start, expected);
    return true;
  }

  /** Nothing when the parser is at token; anything else is an error expecting what is named. */
  private void expect(JsonToken token, String expected) throws IOException {
    if (p.currentToken() != token) {
      throw wrongType(expected);
    }
  }

  /** A string, or the text of a number or boolean; null for null. */
  private String text() throws IOException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_STRING) {
      return p.getText();
    }
    if (t == JsonToken.VALUE_NULL) {
      return null;
    }
    if (t.isScalarValue()) {
      return p.getText();
    }
    throw wrongType("a string or null");
  }

  private <E> E id(Function<String, E> fromId) throws IOException {
    String s = text();
    try {
      return fromId.apply(s);
    } catch (IllegalArgumentException e) {
      throw valueProblem(e.getMessage());
    }
  }

  /** "2021-07-07", or the date of an ISO date-time; null for null. */
  private LocalDate date() throws IOException {
    String s = text();
    if (s == null) {
      return null;
    }
    try {
      if (s.length() == 10) {
        LocalDate quick = isoDate(s);
        return quick != null ? quick : LocalDate.parse(s);
      }
      return s.endsWith("Z") || s.lastIndexOf('+') > 9 || s.lastIndexOf('-') > 9
          ? OffsetDateTime.parse(s).toLocalDate() : LocalDateTime.parse(s).toLocalDate();
    } catch (DateTimeParseException e) {
      throw valueProblem("'" + s + "' is not a date (expected YYYY-MM-DD)");
    }
  }

  /**
   * A plain "YYYY-MM-DD" read without the formatter (which costs more than the rest of an incident), or null for
   * anything else, left to {@link LocalDate#parse} (and its message): the same dates, as the tests check.
   */
  static LocalDate isoDate(String s) {
    if (s.length() != 10 || s.charAt(4) != '-' || s.charAt(7) != '-') {
      return null;
    }
    int year = digits(s, 0, 4);
    int month = digits(s, 5, 7);
    int day = digits(s, 8, 10);
    if (year < 0 || month < 1 || month > 12 || day < 1 || day > 28 && day > java.time.YearMonth.of(year, month)
        .lengthOfMonth()) {
      return null;
    }
    return LocalDate.of(year, month, day);
  }

  /** The ASCII digits from..to of s as a number, -1 when one is not a digit. */
  private static int digits(String s, int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      n = 10 * n + (c - '0');
    }
    return n;
  }

  /** A whole number or null. */
  private Integer count() throws IOException {
    return p.currentToken() == JsonToken.VALUE_NULL ? null : wholeNumber();
  }

  /** A number (or a string holding one) or null. */
  private Double numberOrNull() throws IOException {
    return p.currentToken() == JsonToken.VALUE_NULL ? null : number(false);
  }

  /** A whole number; null is an error. */
  private int offset() throws IOException {
    return wholeNumber();
  }

  private int wholeNumber() throws IOException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_NUMBER_INT) {
      if (p.getNumberType() != JsonParser.NumberType.INT) {
        throw valueProblem(p.getText() + " is too large for a count");
      }
      return p.getIntValue();
    }
    double d = number(true);
    if (d != Math.rint(d) || Math.abs(d) > Integer.MAX_VALUE) {
      throw wrongType("a whole number");
    }
    return (int) d;
  }

  /** A number, or a string holding one; null is an error. */
  private double number(boolean whole) throws IOException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
      return p.getDoubleValue();
    }
    if (t == JsonToken.VALUE_STRING) {
      try {
        return Double.parseDouble(p.getText().strip());
      } catch (NumberFormatException e) {
        // reported below
      }
    }
    throw wrongType(whole ? "a whole number" : "a number");
  }

  // ---- messages --------------------------------------------------------------------------------------------

  private SitrepException wrongType(String expected) throws IOException {
    return valueProblem("expected " + expected + ", found " + found());
  }

  /** A problem with the value at the parser, named by its path and placed at its start. */
  private SitrepException valueProblem(String message) {
    return problem(p.currentTokenLocation(), path() + ": " + message);
  }

  private String found() throws IOException {
    JsonToken t = p.currentToken();
    if (t == null) {
      return "the end of the file";
    }
    return switch (t) {
      case START_ARRAY -> "an array";
      case START_OBJECT -> "an object";
      case VALUE_STRING -> "the string \"" + p.getText() + "\"";
      case VALUE_NULL -> "null";
      default -> "'" + p.getText() + "'";
    };
  }

  /** "incidents[3].sources[1].start". */
  private String path() {
    StringBuilder s = new StringBuilder("incidents[").append(index).append(']');
    if (object != null) {
      s.append('.').append(object);
      if (objectIndex >= 0) {
        s.append('[').append(objectIndex).append(']');
      }
    }
    if (field != null) {
      s.append('.').append(field);
    }
    return s.toString();
  }

  private SitrepException problem(JsonLocation at, String message) {
    return new SitrepException("incidents file " + file + where(at) + ": " + message
        + " (expected the incidents.json format of SPEC.md)");
  }

  private static String where(JsonLocation at) {
    return at == null || at.getLineNr() < 1 ? "" : " line " + at.getLineNr() + ", column " + at.getColumnNr();
  }
}
