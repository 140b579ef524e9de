package sitrep.geocode;

import java.util.List;
import sitrep.model.PlacePrecision;

/**
 * One row of the places gazetteer.
 *
 * @param id unique id such as {@code gn:98182}, {@code site:ain-al-asad} or {@code cc:IQ}; never null or blank
 * @param name display name; never null or blank
 * @param kind one of the gazetteer kinds ({@code city}, {@code air_base}, ...); never null
 * @param precision how exact a point for this entry is; never null
 * @param lat latitude in WGS84 degrees, within [-90, 90]
 * @param lon longitude in WGS84 degrees, within [-180, 180]
 * @param country ISO 3166-1 alpha-2 code; empty when unknown, never null
 * @param admin1 first-level division name; empty when unknown, never null
 * @param population population, 0 when unknown
 * @param aliases other names (Latin and Arabic script); never null, may be empty
 */
public record GazetteerEntry(
    String id,
    String name,
    String kind,
    PlacePrecision precision,
    double lat,
    double lon,
    String country,
    String admin1,
    long population,
    List<String> aliases) {

  public GazetteerEntry {
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("gazetteer entry id is empty");
    }
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("gazetteer entry " + id + ": name is empty");
    }
    if (kind == null || kind.isBlank()) {
      throw new IllegalArgumentException("gazetteer entry " + id + ": kind is empty");
    }
    if (precision == null) {
      throw new IllegalArgumentException("gazetteer entry " + id + ": precision is null");
    }
    if (!(lat >= -90 && lat <= 90)) {
      throw new IllegalArgumentException("gazetteer entry " + id + ": latitude " + lat + " is outside [-90, 90]");
    }
    if (!(lon >= -180 && lon <= 180)) {
      throw new IllegalArgumentException("gazetteer entry " + id + ": longitude " + lon + " is outside [-180, 180]");
    }
    if (population < 0) {
      throw new IllegalArgumentException("gazetteer entry " + id + ": population " + population + " is negative");
    }
    country = country == null ? "" : country;
    admin1 = admin1 == null ? "" : admin1;
    aliases = aliases == null ? List.of() : aliases instanceof AliasList ? aliases : List.copyOf(aliases);
  }

  /** True for curated entries (sites, airports, countries, provinces) as opposed to bulk GeoNames rows. */
  public boolean curated() {
    return !id.startsWith("gn:");
  }
}
