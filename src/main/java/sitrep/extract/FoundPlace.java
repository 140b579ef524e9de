package sitrep.extract;

import sitrep.model.Place;

/**
 * A place name found in a document and resolved.
 *
 * @param start offset of the name in the document text
 * @param end offset just past the name
 * @param surface the name as written
 * @param place the resolved place, never null
 * @param kind the gazetteer kind (air_base, city, sea, country, ...), never null
 */
public record FoundPlace(int start, int end, String surface, Place place, String kind) {}
