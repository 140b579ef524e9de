package sitrep.model;

import java.time.LocalDate;

/**
 * One input article as plain text.
 *
 * @param path the input path as given (used as the source doc), never null
 * @param text the article text, never null
 * @param published publication date, null when unknown
 * @param url the URL, null when unknown
 * @param title the title, null when unknown
 * @param source the outlet, null when unknown
 */
public record Document(String path, String text, LocalDate published, String url, String title, String source) {
  public Document {
    if (path == null || path.isBlank()) {
      throw new IllegalArgumentException("document path is empty");
    }
    if (text == null) {
      throw new IllegalArgumentException("document " + path + ": text is null");
    }
  }
}
