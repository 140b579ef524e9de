package sitrep.extract;

/**
 * An armed group or state force named in a document.
 *
 * @param start offset of the name in the document text
 * @param end offset just past the name
 * @param surface the name as written
 * @param canonical the canonical name from the actor list, or the surface when the group is not listed
 * @param kind the actor kind (militia, front, umbrella, state, state_force, ...), or "unlisted"
 */
public record FoundActor(int start, int end, String surface, String canonical, String kind) {}
