package sitrep.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a publication date from the top of an article: "Published: 2021-02-16", "BAGHDAD, March 12, 2020 -", "July
 * 8, 2021 02:49 AM", "12 March 2020". Only full dates with a year count; the first within the opening characters
 * wins.
 */
public final class Dateline {
  static final Map<String, Integer> MONTHS = Map.ofEntries(
      Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5),
      Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10),
      Map.entry("nov", 11), Map.entry("dec", 12));
  private static final String MONTH =
      "(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?"
          + "|Nov(?:ember)?|Dec(?:ember)?)\\.?";
  private static final Pattern ISO = Pattern.compile("\\b(20\\d\\d|19\\d\\d)-(\\d\\d)-(\\d\\d)\\b");
  private static final Pattern MDY = Pattern.compile("(?i)\\b" + MONTH + " (\\d{1,2})(?:st|nd|rd|th)?,? (\\d{4})\\b");
  private static final Pattern DMY = Pattern.compile("(?i)\\b(\\d{1,2}) " + MONTH + ",? (\\d{4})\\b");
  private static final int WINDOW = 1500;

  private Dateline() {}

  private static final Pattern LABEL = Pattern.compile("(?i)\\b(published|posted|updated|date)\\b");
  private static final Pattern CITY_DATELINE = Pattern.compile("^[A-Z][A-Z .'-]{2,30},");

  /**
   * The publication date found near the top of the text, if any. A line labelled "Published"/"Updated"/"Date" wins,
   * then a short line that is mostly a date or a "CITY, date" dateline, then the first full date of the opening.
   */
  public static Optional<LocalDate> find(String text) {
    String head = text.length() > WINDOW ? text.substring(0, WINDOW) : text;
    LocalDate strong = null;
    LocalDate weak = null;
    for (String line : head.split("\n")) {
      LocalDate d = firstDate(line);
      if (d == null) {
        continue;
      }
      String trimmed = line.strip();
      if (LABEL.matcher(trimmed).find()) {
        return Optional.of(d);
      }
      if (strong == null && (trimmed.length() <= 48 || CITY_DATELINE.matcher(trimmed).find())) {
        strong = d;
      }
      if (weak == null) {
        weak = d;
      }
    }
    return Optional.ofNullable(strong != null ? strong : weak);
  }

  private static LocalDate firstDate(String head) {
    int best = Integer.MAX_VALUE;
    LocalDate date = null;
    Matcher m = ISO.matcher(head);
    if (m.find()) {
      LocalDate d = of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
      if (d != null) {
        best = m.start();
        date = d;
      }
    }
    m = MDY.matcher(head);
    if (m.find() && m.start() < best) {
      LocalDate d = of(Integer.parseInt(m.group(3)), month(m.group(1)), Integer.parseInt(m.group(2)));
      if (d != null) {
        best = m.start();
        date = d;
      }
    }
    m = DMY.matcher(head);
    if (m.find() && m.start() < best) {
      LocalDate d = of(Integer.parseInt(m.group(3)), month(m.group(2)), Integer.parseInt(m.group(1)));
      if (d != null) {
        date = d;
      }
    }
    return date;
  }

  static int month(String name) {
    return MONTHS.get(name.substring(0, 3).toLowerCase(Locale.ROOT));
  }

  private static LocalDate of(int y, int m, int d) {
    try {
      return LocalDate.of(y, m, d);
    } catch (DateTimeException e) {
      return null;
    }
  }
}
