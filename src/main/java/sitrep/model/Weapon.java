package sitrep.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** The kind of weapon used in an attack. Serialised as its lowercase {@link #id()}. */
public enum Weapon implements JsonId {
  ROCKET,
  MISSILE,
  DRONE,
  IED,
  MORTAR,
  SMALL_ARMS,
  AIRSTRIKE,
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
  public static Weapon fromId(String id) {
    if (id == null) {
      return null;
    }
    String key = id.trim().toLowerCase(Locale.ROOT);
    for (Weapon v : values()) {
      if (v.id.equals(key)) {
        return v;
      }
    }
    throw new IllegalArgumentException(
        "'" + id + "' is not a Weapon (expected one of " + java.util.Arrays.stream(values()).map(Weapon::id).toList() + ")");
  }
}
