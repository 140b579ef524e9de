package sitrep.extract;

/**
 * A sentence of a document.
 *
 * @param start offset in the document text
 * @param end offset just past the sentence
 * @param text the sentence text (document substring)
 * @param paragraph index of the paragraph it belongs to
 * @param zone what part of the page it comes from
 */
public record Sentence(int start, int end, String text, int paragraph, Zone zone) {
  /** Where a sentence sits on a page. */
  public enum Zone {
    /** article text. */
    BODY,
    /** a photo caption: may support an incident, never creates one. */
    CAPTION,
    /** page furniture, forum UI, reader comments, ads: ignored. */
    BOILERPLATE
  }
}
