package sitrep.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.List;

/**
 * One attack, possibly reported by several documents. Unknown values are null.
 *
 * @param id stable id derived from date, place and weapon, never null
 * @param date the day the attack happened (first day of the week or month for coarser precision), null when unknown
 * @param datePrecision how exact the date is, never null
 * @param place where, null when no place was found
 * @param weapon the weapon, never null (UNKNOWN when not said)
 * @param projectiles number of projectiles fired (or failing that, reported), null when unknown
 * @param killed number killed, null when unknown, 0 when the text says nobody was
 * @param injured number injured, null when unknown, 0 when the text says nobody was
 * @param actor the group that claimed the attack or is blamed for it, null when unknown
 * @param actorBasis whether the actor claimed or was blamed, never null
 * @param target what was hit or aimed at, null when unknown
 * @param sources the documents that report it, at least one
 * @param confidence how likely the incident is right, in [0, 1]
 * @param projectilesRange the range of projectile counts when sources disagree, else null
 * @param killedRange the range of killed counts when sources disagree, else null
 * @param injuredRange the range of injured counts when sources disagree, else null
 */
public record Incident(
    String id,
    LocalDate date,
    @JsonProperty("date_precision") DatePrecision datePrecision,
    Place place,
    Weapon weapon,
    Integer projectiles,
    Integer killed,
    Integer injured,
    String actor,
    @JsonProperty("actor_basis") ActorBasis actorBasis,
    String target,
    List<SourceRef> sources,
    double confidence,
    @JsonProperty("projectiles_range") @JsonInclude(JsonInclude.Include.NON_NULL) IntRange projectilesRange,
    @JsonProperty("killed_range") @JsonInclude(JsonInclude.Include.NON_NULL) IntRange killedRange,
    @JsonProperty("injured_range") @JsonInclude(JsonInclude.Include.NON_NULL) IntRange injuredRange) {

  public Incident {
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("incident id is empty");
    }
    if (datePrecision == null) {
      datePrecision = date == null ? DatePrecision.UNKNOWN : DatePrecision.DAY;
    }
    if (weapon == null) {
      weapon = Weapon.UNKNOWN;
    }
    if (actorBasis == null) {
      actorBasis = ActorBasis.UNKNOWN;
    }
    checkCount(id, "projectiles", projectiles);
    checkCount(id, "killed", killed);
    checkCount(id, "injured", injured);
    if (sources == null || sources.isEmpty()) {
      throw new IllegalArgumentException("incident " + id + " has no source");
    }
    sources = List.copyOf(sources);
    if (!(confidence >= 0 && confidence <= 1)) {
      throw new IllegalArgumentException("incident " + id + ": confidence " + confidence + " is outside [0, 1]");
    }
  }

  private static void checkCount(String id, String field, Integer value) {
    if (value != null && value < 0) {
      throw new IllegalArgumentException("incident " + id + ": " + field + " " + value + " is negative");
    }
  }

  /** A copy with another id. */
  public Incident withId(String newId) {
    return new Incident(newId, date, datePrecision, place, weapon, projectiles, killed, injured, actor,
        actorBasis, target, sources, confidence, projectilesRange, killedRange, injuredRange);
  }
}
