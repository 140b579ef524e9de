package sitrep.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import sitrep.model.Incident;
import sitrep.model.IncidentSet;
import sitrep.pipeline.OutputFiles;

/**
 * Writes incidents.csv: RFC 4180 (comma separated, CRLF line ends, fields with a comma, quote or line break quoted
 * with doubled quotes), UTF-8 without byte-order mark, a header row and one row per incident in set order.
 *
 * <p>Columns: {@code id, date, date_precision, place, lat, lon, country, admin1, place_precision, gazetteer_id,
 * weapon, projectiles, projectiles_min, projectiles_max, killed, injured, actor, actor_basis, target, confidence,
 * source_count, docs, urls, evidence}. An unknown value is an empty cell. {@code docs} and {@code urls} are
 * {@code ;}-joined with one entry per source (an empty entry in {@code urls} where a source has no URL);
 * {@code evidence} is the first source's. {@code projectiles_min}/{@code _max} are the range the sources reported,
 * both equal to {@code projectiles} when they agree.
 *
 * <p>Text cells that a spreadsheet would run as a formula (starting with {@code = + - @}, tab or carriage return)
 * get a leading apostrophe; numeric columns are written as plain decimals and never changed.
 */
public final class IncidentCsv {
  private static final String EOL = "\r\n";

  private IncidentCsv() {}

  /**
   * The incidents as CSV text: the bytes {@link #write(IncidentSet, Path)} writes, decoded.
   *
   * @param set the incidents, not null
   */
  public static String toCsv(IncidentSet set) {
    return Utf8Out.toText(out -> write(set.incidents(), out));
  }

  /**
   * Streams the header and one row per incident to out as UTF-8, in iteration order. The stream is flushed, not
   * closed.
   *
   * @param incidents the incidents, not null; iterated once
   * @param out the target, not null
   * @throws IOException when out fails
   */
  public static void write(Iterable<Incident> incidents, OutputStream out) throws IOException {
    Utf8Out w = new Utf8Out(out);
    w.text(String.join(",", IncidentFields.COLUMNS));
    w.ascii(EOL);
    for (Incident incident : incidents) {
      List<IncidentFields.Field> fields = IncidentFields.of(incident);
      for (int c = 0; c < fields.size(); c++) {
        if (c > 0) {
          w.ascii(',');
        }
        writeCell(w, fields.get(c));
      }
      w.ascii(EOL);
    }
    w.flush();
  }

  /**
   * Writes the incidents atomically to file (UTF-8).
   *
   * @param set the incidents, not null
   * @param file the target, not null; its folder must exist
   * @throws sitrep.pipeline.SitrepException naming the file when it cannot be written
   */
  public static void write(IncidentSet set, Path file) {
    write(set.incidents(), file);
  }

  /**
   * Streams the incidents atomically to file (UTF-8): a temporary file in the same folder, then a move.
   *
   * @param incidents the incidents, not null; iterated once
   * @param file the target, not null; its folder must exist
   * @throws sitrep.pipeline.SitrepException naming the file when it cannot be written (the old file is kept)
   */
  public static void write(Iterable<Incident> incidents, Path file) {
    OutputFiles.write(file, out -> write(incidents, out));
  }

  private static void writeCell(Utf8Out out, IncidentFields.Field field) throws IOException {
    Object value = field.value();
    if (value == null) {
      return;
    }
    String text;
    switch (field.kind()) {
      case NUMBER:
        out.text((String) value);
        return;
      case LIST:
        @SuppressWarnings("unchecked")
        List<String> items = (List<String>) value;
        text = items.size() == 1 ? items.get(0) : String.join(";", items);
        break;
      default:
        text = (String) value;
    }
    boolean defused = needsDefusing(text);
    if (!needsQuotes(text)) {
      if (defused) {
        out.ascii('\'');
      }
      out.text(text);
      return;
    }
    out.ascii('"');
    if (defused) {
      out.ascii('\'');
    }
    out.text(text.indexOf('"') < 0 ? text : text.replace("\"", "\"\""));
    out.ascii('"');
  }

  /** True when a spreadsheet would read the text as a formula: it then gets a leading apostrophe. */
  private static boolean needsDefusing(String text) {
    return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0;
  }

  /** True when the field holds a comma, quote or line break: it is then quoted, quotes doubled (RFC 4180). */
  private static boolean needsQuotes(String text) {
    return text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0;
  }
}
