package sitrep.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import sitrep.model.Place;
import sitrep.model.PlacePrecision;

/**
 * Positions written as coordinates, as maritime advisories and military releases give them: "13°11'N 042°49'E",
 * "1311N 04249E", "13 11N 042 49E", "13.18N 42.82E". Each is a place of its own, more precise than any gazetteer
 * entry near it. Country and province are left unknown: most are at sea.
 */
final class Positions {
  private static final String DEG = "\\s*[°º]\\s*";
  private static final String MIN = "\\s*['′’]?\\s*";
  /** Degrees, minutes and optional seconds with symbols: "13°11'N 042°49'E", "13° 11.5' N, 42° 49' E". */
  private static final Pattern DMS = Pattern.compile(
      "\\b(\\d{1,2})" + DEG + "(\\d{1,2}(?:\\.\\d+)?)" + MIN + "(?:(\\d{1,2}(?:\\.\\d+)?)\\s*[\"″”]\\s*)?([NS])\\b"
          + "[,\\s/]+(\\d{1,3})" + DEG + "(\\d{1,2}(?:\\.\\d+)?)" + MIN + "(?:(\\d{1,2}(?:\\.\\d+)?)\\s*[\"″”]\\s*)?"
          + "([EW])\\b");
  /** Decimal degrees with the hemisphere: "13.18N 42.82E", "13.18° N, 42.82° E". */
  private static final Pattern DECIMAL = Pattern.compile(
      "\\b(\\d{1,2}\\.\\d{1,6})\\s*[°º]?\\s*([NS])\\b[,\\s/]+(\\d{1,3}\\.\\d{1,6})\\s*[°º]?\\s*([EW])\\b");
  /** Degrees and minutes run together or spaced, no symbols: "1311N 04249E", "13 11N 042 49E", "1311.5N 04249.2E". */
  private static final Pattern COMPACT = Pattern.compile(
      "\\b(\\d{2})\\s?(\\d{2}(?:\\.\\d{1,3})?)\\s?([NS])\\b[,\\s/]+(\\d{2,3})\\s?(\\d{2}(?:\\.\\d{1,3})?)\\s?([EW])\\b");

  private Positions() {}

  /** The positions written in the text, in order, not overlapping. */
  static List<FoundPlace> find(String text) {
    List<FoundPlace> out = new ArrayList<>();
    if (!mayHold(text)) {
      return out;
    }
    Matcher m = DMS.matcher(text);
    while (m.find()) {
      add(out, text, m.start(), m.end(), degrees(m.group(1), m.group(2), m.group(3), m.group(4)),
          degrees(m.group(5), m.group(6), m.group(7), m.group(8)));
    }
    m = DECIMAL.matcher(text);
    while (m.find()) {
      add(out, text, m.start(), m.end(), signed(Double.parseDouble(m.group(1)), m.group(2)),
          signed(Double.parseDouble(m.group(3)), m.group(4)));
    }
    m = COMPACT.matcher(text);
    while (m.find()) {
      add(out, text, m.start(), m.end(), degrees(m.group(1), m.group(2), null, m.group(3)),
          degrees(m.group(4), m.group(5), null, m.group(6)));
    }
    out.sort(java.util.Comparator.comparingInt(FoundPlace::start));
    return out;
  }

  /**
   * A cheap test: a position holds a hemisphere letter standing alone ("13N ", "49' N,") after a digit, with only
   * spaces and degree, minute or second symbols between ("U.S." and "North" hold none).
   */
  static boolean mayHold(String text) {
    for (int i = 1; i < text.length(); i++) {
      char c = text.charAt(i);
      if ((c == 'N' || c == 'S') && !Character.isLetter(text.charAt(i - 1))
          && (i + 1 == text.length() || !asciiWord(text.charAt(i + 1)))) {
        int j = i - 1;
        while (j > 0 && " \t\n\u000B\f\r'′’\"″”°º".indexOf(text.charAt(j)) >= 0) {
          j--;
        }
        if (text.charAt(j) >= '0' && text.charAt(j) <= '9') {
          return true;
        }
      }
    }
    return false;
  }

  /** The patterns, for the test that {@link #mayHold} lets every position through. */
  static List<Pattern> patterns() {
    return List.of(DMS, DECIMAL, COMPACT);
  }

  private static boolean asciiWord(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
  }

  /** Degrees from degrees, minutes, optional seconds and a hemisphere; null when a part is out of range. */
  static Double degrees(String deg, String min, String sec, String hemisphere) {
    double d = Double.parseDouble(deg);
    double m = Double.parseDouble(min);
    double s = sec == null ? 0 : Double.parseDouble(sec);
    if (m >= 60 || s >= 60) {
      return null;
    }
    return signed(d + m / 60 + s / 3600, hemisphere);
  }

  private static Double signed(double value, String hemisphere) {
    return "S".equals(hemisphere) || "W".equals(hemisphere) ? -value : value;
  }

  private static void add(List<FoundPlace> out, String text, int start, int end, Double lat, Double lon) {
    if (lat == null || lon == null || Math.abs(lat) > 90 || Math.abs(lon) > 180
        || out.stream().anyMatch(p -> p.start() < end && start < p.end())) {
      return;
    }
    double la = Math.round(lat * 1e4) / 1e4;
    double lo = Math.round(lon * 1e4) / 1e4;
    // the label for maps and tables, to about a kilometre; the coordinates keep what was written
    String label = String.format(Locale.ROOT, "%.2f°%s %.2f°%s", Math.abs(la), la < 0 ? "S" : "N", Math.abs(lo),
        lo < 0 ? "W" : "E");
    Place place = new Place(label, la, lo, null, null, PlacePrecision.SITE,
        String.format(Locale.ROOT, "pos:%.4f,%.4f", la, lo));
    out.add(new FoundPlace(start, end, text.substring(start, end), place, "position"));
  }
}
