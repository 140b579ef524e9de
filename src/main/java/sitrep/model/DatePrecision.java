package sitrep.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** How exact an incident date is. Serialised as its lowercase {@link #id()}. */
public enum DatePrecision implements JsonId {
  DAY,
  WEEK,
  MONTH,
  YEAR,
  UNKNOWN;

  private final String id = name().toLowerCase(Locale.ROOT);

  @Override
  @JsonValue
  public String id() {
    return id;
  }

  /**
   * Parses a lowercase id.
   *
   * @param id the id, may be null
   * @return the value, or null when id is null
   * @throws IllegalArgumentException when the id is not known, naming it and the allowed ids
   */
  @JsonCreator
  public static DatePrecision fromId(String id) {
    if (id == null) {
      return null;
    }
    String key = id.trim().toLowerCase(Locale.ROOT);
    for (DatePrecision v : values()) {
      if (v.id.equals(key)) {
        return v;
      }
    }
    throw new IllegalArgumentException(
        "'" + id + "' is not a DatePrecision (expected one of " + java.util.Arrays.stream(values()).map(DatePrecision::id).toList() + ")");
  }
}
