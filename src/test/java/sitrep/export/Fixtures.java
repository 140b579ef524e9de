package sitrep.export;

import java.time.LocalDate;
import java.util.List;
import sitrep.model.ActorBasis;
import sitrep.model.DatePrecision;
import sitrep.model.Incident;
import sitrep.model.IntRange;
import sitrep.model.Place;
import sitrep.model.PlacePrecision;
import sitrep.model.SourceRef;
import sitrep.model.Weapon;

/** Small incidents for the export tests. */
final class Fixtures {
  private Fixtures() {}

  static final Place AIN_AL_ASAD =
      new Place("Ain al-Asad Air Base", 33.7856, 42.4412, "IQ", "Al Anbar", PlacePrecision.SITE, "geonames:99070");

  static SourceRef source(String doc, String url, String evidence) {
    return new SourceRef(doc, LocalDate.of(2024, 1, 21), url, null, evidence, 10, 10 + evidence.length());
  }

  /** 14 rockets (sources say 14 to 30) at Ain al-Asad, 4 injured, claimed, two sources. */
  static Incident asad() {
    return new Incident("2024-01-20-ain-al-asad-missile", LocalDate.of(2024, 1, 20), DatePrecision.DAY, AIN_AL_ASAD,
        Weapon.MISSILE, 14, 0, 4, "Islamic Resistance in Iraq", ActorBasis.CLAIMED, "US forces",
        List.of(source("reuters/asad.html", "https://example.org/a", "Militants fired 14 missiles, wounding four."),
            source("k24/asad.html", null, "Around 30 rockets were launched.")),
        0.87, new IntRange(14, 30), null, null);
  }

  /** An incident with every optional value unknown and no place. */
  static Incident bare() {
    return new Incident("undated-unplaced-unknown", null, DatePrecision.UNKNOWN, null, Weapon.UNKNOWN, null, null,
        null, null, ActorBasis.UNKNOWN, null, List.of(source("misc/blog.html", null, "An attack was mentioned.")),
        0.2, null, null, null);
  }

  /** An incident whose text fields are hostile to CSV: commas, quotes, line breaks, formulas; negative lon. */
  static Incident hostile() {
    Place west = new Place("Base \"X\", West", 12.5, -1.25, "XX", "=cmd|' /C calc'!A0", PlacePrecision.CITY, "g:1");
    return new Incident("2024-02-01-base-x-drone", LocalDate.of(2024, 2, 1), DatePrecision.DAY, west, Weapon.DRONE,
        1, null, null, "+Group, \"the\"\nOther", ActorBasis.ATTRIBUTED, "@target",
        List.of(source("a.txt", "https://example.org/x", "-2 drones; \"quoted\",\r\nnext line")), 0.5, null, null, null);
  }
}
