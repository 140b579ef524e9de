package sitrep.render;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import sitrep.model.ActorBasis;
import sitrep.model.DatePrecision;
import sitrep.model.Incident;
import sitrep.model.IncidentSet;
import sitrep.model.Place;
import sitrep.model.PlacePrecision;
import sitrep.model.SourceRef;
import sitrep.model.Weapon;

/** Builds incident sets for renderer tests. */
public final class SampleIncidents {
  public static final Place AIN_AL_ASAD = site("Ain al-Asad Air Base", 33.80, 42.44, "IQ", "Al Anbar");
  public static final Place HARIR = site("Al-Harir Air Base", 36.53, 44.35, "IQ", "Erbil");
  public static final Place ERBIL = site("Erbil Air Base", 36.24, 43.96, "IQ", "Erbil");
  public static final Place VICTORY = site("Victory Base", 33.26, 44.23, "IQ", "Baghdad");
  public static final Place TANF = site("Al-Tanf Garrison", 33.49, 38.62, "SY", "Homs");
  public static final Place CONOCO = site("Conoco gas field", 35.42, 40.25, "SY", "Deir ez-Zor");
  public static final Place OMAR = site("Al-Omar oil field", 35.03, 40.54, "SY", "Deir ez-Zor");
  public static final Place SHADDADI = site("Al-Shaddadi", 36.06, 40.73, "SY", "Al-Hasakah");
  public static final Place RUMALYN = site("Rumeilan Landing Zone", 36.85, 41.99, "SY", "Al-Hasakah");
  public static final Place TOWER_22 = site("Tower 22", 33.32, 38.69, "JO", "Mafraq");
  public static final Place RED_SEA = new Place("Red Sea off Hodeidah", 14.9, 41.9, null, null,
      PlacePrecision.SITE, null);
  public static final Place GULF_OF_ADEN = new Place("Gulf of Aden", 12.9, 47.6, null, null,
      PlacePrecision.SITE, null);
  public static final Place EILAT = site("Eilat", 29.56, 34.95, "IL", "Southern District");
  public static final Place NOWHERE = new Place("an unnamed outpost", null, null, "SY", null, null, null);

  private final List<Incident> incidents = new ArrayList<>();

  public static SampleIncidents builder() {
    return new SampleIncidents();
  }

  private static Place site(String name, double lat, double lon, String cc, String admin1) {
    return new Place(name, lat, lon, cc, admin1, PlacePrecision.SITE, "test:" + name);
  }

  /** Adds an incident; date and place may be null. */
  public SampleIncidents add(String date, Place place, Weapon weapon, String actor) {
    LocalDate d = date == null ? null : LocalDate.parse(date);
    int n = incidents.size();
    String id = "t" + (n < 10 ? "0" : "") + n;
    SourceRef src = new SourceRef("doc" + (n % 13) + ".txt", d, null, null, "evidence " + n, 0, 10);
    incidents.add(new Incident(id, d, d == null ? DatePrecision.UNKNOWN : DatePrecision.DAY, place, weapon,
        null, null, null, actor, actor == null ? ActorBasis.UNKNOWN : ActorBasis.CLAIMED, "US forces",
        List.of(src), 0.8, null, null, null));
    return this;
  }

  public IncidentSet build() {
    return new IncidentSet(incidents);
  }

  /** About 30 incidents across Iraq, Syria, Jordan and the Red Sea, October 2023 to February 2024. */
  public static IncidentSet realistic() {
    String irq = "Islamic Resistance in Iraq";
    String hou = "Houthis";
    return builder()
        .add("2023-10-17", AIN_AL_ASAD, Weapon.DRONE, irq)
        .add("2023-10-18", HARIR, Weapon.DRONE, irq)
        .add("2023-10-19", TANF, Weapon.DRONE, irq)
        .add("2023-10-19", EILAT, Weapon.MISSILE, hou)
        .add("2023-10-21", AIN_AL_ASAD, Weapon.ROCKET, irq)
        .add("2023-10-24", AIN_AL_ASAD, Weapon.DRONE, irq)
        .add("2023-10-26", OMAR, Weapon.ROCKET, irq)
        .add("2023-10-26", VICTORY, Weapon.ROCKET, null)
        .add("2023-11-01", EILAT, Weapon.DRONE, hou)
        .add("2023-11-07", SHADDADI, Weapon.DRONE, irq)
        .add("2023-11-09", CONOCO, Weapon.ROCKET, irq)
        .add("2023-11-12", RUMALYN, Weapon.ROCKET, "Kataib Hezbollah")
        .add("2023-11-20", AIN_AL_ASAD, Weapon.MISSILE, "Kataib Hezbollah")
        .add("2023-11-22", ERBIL, Weapon.DRONE, irq)
        .add("2023-12-03", RED_SEA, Weapon.MISSILE, hou)
        .add("2023-12-08", VICTORY, Weapon.MORTAR, null)
        .add("2023-12-12", RED_SEA, Weapon.DRONE, hou)
        .add("2023-12-25", ERBIL, Weapon.DRONE, "Kataib Hezbollah")
        .add("2024-01-09", RED_SEA, Weapon.DRONE, hou)
        .add("2024-01-15", GULF_OF_ADEN, Weapon.MISSILE, hou)
        .add("2024-01-20", AIN_AL_ASAD, Weapon.MISSILE, irq)
        .add("2024-01-26", GULF_OF_ADEN, Weapon.MISSILE, hou)
        .add("2024-01-28", TOWER_22, Weapon.DRONE, irq)
        .add("2024-01-29", TANF, Weapon.DRONE, irq)
        .add("2024-02-04", CONOCO, Weapon.ROCKET, irq)
        .add("2024-02-06", GULF_OF_ADEN, Weapon.MISSILE, hou)
        .add("2024-02-19", RED_SEA, Weapon.DRONE, hou)
        .add("2024-02-22", OMAR, Weapon.UNKNOWN, "Harakat Hezbollah al-Nujaba")
        .add(null, AIN_AL_ASAD, Weapon.ROCKET, null)
        .add(null, TANF, Weapon.DRONE, irq)
        .add("2023-12-01", NOWHERE, Weapon.IED, null)
        .build();
  }
}
