package sitrep.pipeline;

/**
 * A per-item data problem that did not stop the run.
 *
 * @param code short machine-readable code, e.g. "skipped-file-type"
 * @param doc the file concerned, null when none
 * @param line 1-based line number, or 0 when not applicable
 * @param message what happened, for a person
 */
public record Issue(String code, String doc, int line, String message) {
  /** The issue as one line: "file:line: message [code]". */
  public String format() {
    StringBuilder sb = new StringBuilder();
    if (doc != null) {
      sb.append(doc);
      if (line > 0) {
        sb.append(':').append(line);
      }
      sb.append(": ");
    }
    return sb.append(message).append(" [").append(code).append(']').toString();
  }
}
