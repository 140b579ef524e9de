package sitrep.model;

/** A closed-vocabulary value with a lowercase id used in JSON, CSV and the report. */
public interface JsonId {
  /** The lowercase identifier, never null. */
  String id();
}
