package sitrep.extract;

import sitrep.model.Place;
import sitrep.model.PlacePrecision;
import sitrep.model.Weapon;

/** The rules that say two reports can be the same attack; shared by extract (within a document) and merge. */
public final class Merging {
  private Merging() {}

  /** How far a position can be from a sea's label point and still be in it (the Red Sea is 2,000 km long). */
  static final double WATER_KM = 1100;

  /** A position computed from a bearing and distance to a named place (see extraction). */
  public static boolean isOffset(Place p) {
    return p != null && p.gazetteerId() != null && p.gazetteerId().endsWith("@offset");
  }

  private static boolean isOffsetOf(Place offset, Place reference) {
    return isOffset(offset) && reference.gazetteerId() != null
        && offset.gazetteerId().equals(reference.gazetteerId() + "@offset");
  }

  /** A sea, gulf, strait or ocean, whose point is only a label point for a large area. */
  public static boolean isWaterArea(Place p) {
    return p != null && WATER.matcher(p.name()).find() && !NOT_WATER.matcher(p.name()).find();
  }

  private static final java.util.regex.Pattern WATER = java.util.regex.Pattern.compile(
      "(?i)\\b(sea|gulf|strait|straits|bab[- ]el[- ]mandeb|bab al-mandab|ocean|channel)\\b");
  private static final java.util.regex.Pattern NOT_WATER = java.util.regex.Pattern.compile("(?i)\\b(port|airport|base|city)\\b");

  /** Same weapon, one unknown, or rocket and missile (militia "missiles" are often rockets). */
  public static boolean compatible(Weapon a, Weapon b) {
    if (a == b || a == Weapon.UNKNOWN || b == Weapon.UNKNOWN) {
      return true;
    }
    return (a == Weapon.ROCKET || a == Weapon.MISSILE) && (b == Weapon.ROCKET || b == Weapon.MISSILE);
  }

  /**
   * The same gazetteer entry; two positions measured from one port ("35 nm south of Aden", "70 nm east of Aden") share
   * its id but are the same place only where they are.
   */
  public static boolean sameEntry(Place a, Place b) {
    if (a.gazetteerId() == null || !a.gazetteerId().equals(b.gazetteerId())) {
      return false;
    }
    return !isOffset(a) || a.located() && b.located() && Geo.km(a.lat(), a.lon(), b.lat(), b.lon()) < 15;
  }

  /**
   * Places that can be one attack site: one unknown; the same entry; within km of each other; or a coarse place
   * (province, country) that contains the other.
   */
  public static boolean placesCompatible(Place a, Place b, double km) {
    if (a == null || b == null) {
      return true;
    }
    if (sameEntry(a, b)) {
      return true;
    }
    if (isOffset(a) && isOffset(b)) {
      return a.located() && b.located() && Geo.km(a.lat(), a.lon(), b.lat(), b.lon()) <= km;
    }
    if (isOffsetOf(a, b) || isOffsetOf(b, a)) {
      return true; // "50 nm south-west of Aden" and "off Aden"
    }
    if (isWaterArea(a) || isWaterArea(b)) {
      return a.located() && b.located() && Geo.km(a.lat(), a.lon(), b.lat(), b.lon()) <= WATER_KM;
    }
    if (a.country() != null && b.country() != null && !a.country().equals(b.country())) {
      return false;
    }
    PlacePrecision pa = a.precision();
    PlacePrecision pb = b.precision();
    if (pa == PlacePrecision.COUNTRY || pb == PlacePrecision.COUNTRY) {
      return true;
    }
    if (pa == PlacePrecision.ADMIN1 || pb == PlacePrecision.ADMIN1) {
      return a.admin1() != null && a.admin1().equals(b.admin1()) || a.located() && b.located()
          && Geo.km(a.lat(), a.lon(), b.lat(), b.lon()) <= 150 && (a.admin1() == null || b.admin1() == null);
    }
    return a.located() && b.located() && Geo.km(a.lat(), a.lon(), b.lat(), b.lon()) <= km;
  }
}
