package sitrep.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A resolved place. Coordinates are WGS84 degrees.
 *
 * @param name display name, never null
 * @param lat latitude, null when unknown
 * @param lon longitude, null when unknown
 * @param country ISO 3166-1 alpha-2 code, null when unknown
 * @param admin1 first-level division name, null when unknown
 * @param precision how exact the place is, null when unresolved
 * @param gazetteerId the gazetteer entry id, null when unresolved
 */
public record Place(
    String name,
    Double lat,
    Double lon,
    String country,
    String admin1,
    PlacePrecision precision,
    @JsonProperty("gazetteer_id") String gazetteerId) {

  public Place {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("place name is empty");
    }
    if ((lat == null) != (lon == null)) {
      throw new IllegalArgumentException("place " + name + ": lat and lon must both be set or both null");
    }
    if (lat != null && (lat < -90 || lat > 90 || lat.isNaN())) {
      throw new IllegalArgumentException("place " + name + ": latitude " + lat + " is outside [-90, 90]");
    }
    if (lon != null && (lon < -180 || lon > 180 || lon.isNaN())) {
      throw new IllegalArgumentException("place " + name + ": longitude " + lon + " is outside [-180, 180]");
    }
  }

  /** True when the place has coordinates. */
  public boolean located() {
    return lat != null;
  }
}
