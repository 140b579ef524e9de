package sitrep.geocode;

import java.util.List;

/**
 * One row of the actors list: an armed group, front, umbrella, state or state force.
 *
 * @param id unique id; never null or blank
 * @param name display name; never null or blank
 * @param kind one of {@code militia, front, umbrella, state, state_force, terrorist_group, other}; never null
 * @param parentId id of the umbrella group or sponsor, null when there is none
 * @param aliases other names; never null, may be empty
 */
public record ActorEntry(String id, String name, String kind, String parentId, List<String> aliases) {

  public ActorEntry {
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("actor id is empty");
    }
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("actor " + id + ": name is empty");
    }
    kind = kind == null || kind.isBlank() ? "other" : kind;
    parentId = parentId == null || parentId.isBlank() ? null : parentId;
    aliases = aliases == null ? List.of() : List.copyOf(aliases);
  }
}
