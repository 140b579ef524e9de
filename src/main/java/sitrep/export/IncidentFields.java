package sitrep.export;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import sitrep.model.Incident;
import sitrep.model.JsonId;
import sitrep.model.Place;
import sitrep.model.SourceRef;

/**
 * The flat per-incident fields shared by the CSV and GeoJSON exports, in column order. One place defines the
 * columns so the two exports cannot drift apart.
 */
final class IncidentFields {
  /** How a field is written: text (guarded against formula injection in CSV), number, or list of texts. */
  enum Kind {
    TEXT,
    NUMBER,
    LIST
  }

  /**
   * One field of one incident.
   *
   * @param name the column / property name
   * @param kind how to write it
   * @param value a String (TEXT, and NUMBER as plain decimal text), a List of String (LIST; elements may be ""), or
   *     null when unknown
   */
  record Field(String name, Kind kind, Object value) {}

  /** The column names, in order. */
  static final List<String> COLUMNS =
      List.of("id", "date", "date_precision", "place", "lat", "lon", "country", "admin1", "place_precision",
          "gazetteer_id", "weapon", "projectiles", "projectiles_min", "projectiles_max", "killed", "injured",
          "actor", "actor_basis", "target", "confidence", "source_count", "docs", "urls", "evidence");

  private IncidentFields() {}

  /**
   * The fields of an incident, in {@link #COLUMNS} order.
   *
   * <p>{@code projectiles_min}/{@code projectiles_max} are the range the sources reported; when they agree (no
   * range) both equal {@code projectiles}, and both are null when it is unknown. {@code docs} and {@code urls} have
   * one entry per source, in source order ({@code ""} in {@code urls} where a source has no URL; the whole list is
   * null when no source has one). {@code evidence} is the first source's evidence.
   */
  static List<Field> of(Incident i) {
    Place p = i.place();
    List<Field> f = new ArrayList<>(COLUMNS.size());
    f.add(text("id", i.id()));
    f.add(text("date", i.date() == null ? null : i.date().toString()));
    f.add(text("date_precision", id(i.datePrecision())));
    f.add(text("place", p == null ? null : p.name()));
    f.add(number("lat", p == null ? null : decimal(p.lat())));
    f.add(number("lon", p == null ? null : decimal(p.lon())));
    f.add(text("country", p == null ? null : p.country()));
    f.add(text("admin1", p == null ? null : p.admin1()));
    f.add(text("place_precision", p == null ? null : id(p.precision())));
    f.add(text("gazetteer_id", p == null ? null : p.gazetteerId()));
    f.add(text("weapon", id(i.weapon())));
    f.add(number("projectiles", integer(i.projectiles())));
    Integer min = i.projectilesRange() != null ? Integer.valueOf(i.projectilesRange().min()) : i.projectiles();
    Integer max = i.projectilesRange() != null ? Integer.valueOf(i.projectilesRange().max()) : i.projectiles();
    f.add(number("projectiles_min", integer(min)));
    f.add(number("projectiles_max", integer(max)));
    f.add(number("killed", integer(i.killed())));
    f.add(number("injured", integer(i.injured())));
    f.add(text("actor", i.actor()));
    f.add(text("actor_basis", id(i.actorBasis())));
    f.add(text("target", i.target()));
    f.add(number("confidence", decimal(i.confidence())));
    f.add(number("source_count", Integer.toString(i.sources().size())));
    List<SourceRef> sources = i.sources();
    List<String> docs = new ArrayList<>(sources.size());
    List<String> urls = new ArrayList<>(sources.size());
    boolean anyUrl = false;
    for (SourceRef s : sources) {
      docs.add(s.doc());
      String url = s.url() == null ? "" : s.url();
      anyUrl |= !url.isEmpty();
      urls.add(url);
    }
    f.add(new Field("docs", Kind.LIST, docs));
    f.add(new Field("urls", Kind.LIST, anyUrl ? urls : null));
    f.add(text("evidence", i.sources().get(0).evidence()));
    return f;
  }

  /** A number as plain decimal text without trailing zeros ("33.8", "0.0001", "42"), null for null. */
  static String decimal(Double d) {
    return d == null ? null : NumberText.plain(d);
  }

  /** The plain decimal text of d, not cached. */
  static String plainDecimal(double d) {
    if (d == 0) {
      return "0"; // also for -0.0
    }
    String s = Double.toString(d);
    if (s.indexOf('E') < 0) {
      // plain notation: the digits BigDecimal.valueOf(d) takes, without trailing zeros (and without "." left bare)
      int end = s.length();
      while (s.charAt(end - 1) == '0') {
        end--;
      }
      return s.charAt(end - 1) == '.' ? s.substring(0, end - 1) : s.substring(0, end);
    }
    BigDecimal b = BigDecimal.valueOf(d).stripTrailingZeros();
    return b.scale() < 0 ? b.setScale(0).toPlainString() : b.toPlainString();
  }

  private static String integer(Integer n) {
    return n == null ? null : n.toString();
  }

  private static String id(JsonId v) {
    return v == null ? null : v.id();
  }

  private static Field text(String name, String value) {
    return new Field(name, Kind.TEXT, value);
  }

  private static Field number(String name, String value) {
    return new Field(name, Kind.NUMBER, value);
  }
}
