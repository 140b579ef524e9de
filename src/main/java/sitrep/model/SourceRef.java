package sitrep.model;

import java.time.LocalDate;

/**
 * One document's report of an incident, with the text the values were read from.
 *
 * @param doc path of the input file as given, never null
 * @param published publication date, null when unknown
 * @param url the document URL, null when unknown
 * @param title the document title, null when unknown
 * @param evidence the sentence(s) the fields were read from, never null
 * @param start character offset of the evidence in the document text
 * @param end character offset just past the evidence, at least start
 */
public record SourceRef(
    String doc, LocalDate published, String url, String title, String evidence, int start, int end) {

  public SourceRef {
    if (doc == null || doc.isBlank()) {
      throw new IllegalArgumentException("source doc is empty");
    }
    if (evidence == null) {
      throw new IllegalArgumentException("source " + doc + ": evidence is null");
    }
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("source " + doc + ": offsets [" + start + ", " + end + "] are invalid");
    }
  }
}
