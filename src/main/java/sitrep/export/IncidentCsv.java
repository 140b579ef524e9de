package sitrep.export;

import java.nio.charset.StandardCharsets;
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
   * The incidents as CSV text.
   *
   * @param set the incidents, not null
   */
  public static String toCsv(IncidentSet set) {
    StringBuilder sb = new StringBuilder();
    sb.append(String.join(",", IncidentFields.COLUMNS)).append(EOL);
    for (Incident incident : set.incidents()) {
      List<IncidentFields.Field> fields = IncidentFields.of(incident);
      for (int c = 0; c < fields.size(); c++) {
        if (c > 0) {
          sb.append(',');
        }
        sb.append(cell(fields.get(c)));
      }
      sb.append(EOL);
    }
    return sb.toString();
  }

  /**
   * Writes the incidents atomically to file (UTF-8).
   *
   * @param set the incidents, not null
   * @param file the target, not null; its folder must exist
   * @throws sitrep.pipeline.SitrepException naming the file when it cannot be written
   */
  public static void write(IncidentSet set, Path file) {
    byte[] bytes = toCsv(set).getBytes(StandardCharsets.UTF_8);
    OutputFiles.write(file, out -> out.write(bytes));
  }

  private static String cell(IncidentFields.Field field) {
    Object value = field.value();
    if (value == null) {
      return "";
    }
    String text;
    switch (field.kind()) {
      case NUMBER:
        return (String) value;
      case LIST:
        @SuppressWarnings("unchecked")
        List<String> items = (List<String>) value;
        text = String.join(";", items);
        break;
      default:
        text = (String) value;
    }
    return quote(defuse(text));
  }

  /** Prefixes an apostrophe when a spreadsheet would read the text as a formula. */
  static String defuse(String text) {
    if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
      return "'" + text;
    }
    return text;
  }

  /** Quotes a field when it holds a comma, quote or line break (RFC 4180). */
  static String quote(String text) {
    if (text.indexOf(',') < 0 && text.indexOf('"') < 0 && text.indexOf('\n') < 0 && text.indexOf('\r') < 0) {
      return text;
    }
    return '"' + text.replace("\"", "\"\"") + '"';
  }
}
