package sitrep.extract;

import java.util.List;

/** Finds and resolves the places and actors named in a document (implemented over the gazetteer). */
public interface PlaceFinder {
  /** The places in the text, resolved with the whole text as context, sorted by offset, not overlapping. */
  List<FoundPlace> places(String text);

  /** The listed actors in the text, sorted by offset. */
  List<FoundActor> actors(String text);
}
