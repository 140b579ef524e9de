package sitrep.report;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import sitrep.model.DatePrecision;
import sitrep.model.IntRange;
import sitrep.model.Weapon;

/** Wording shared by the summary and the tables: dates, counts, plurals, labels. Locale-independent. */
final class ReportText {
  private static final String[] MONTHS = {
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"
  };
  /** Names for the countries the reports are about; others fall back to the JDK's English name. */
  private static final Map<String, String> COUNTRIES =
      Map.ofEntries(
          Map.entry("IQ", "Iraq"), Map.entry("SY", "Syria"), Map.entry("JO", "Jordan"),
          Map.entry("YE", "Yemen"), Map.entry("SA", "Saudi Arabia"), Map.entry("AE", "UAE"),
          Map.entry("IL", "Israel"), Map.entry("LB", "Lebanon"), Map.entry("IR", "Iran"),
          Map.entry("KW", "Kuwait"), Map.entry("BH", "Bahrain"), Map.entry("QA", "Qatar"),
          Map.entry("OM", "Oman"), Map.entry("EG", "Egypt"), Map.entry("ER", "Eritrea"),
          Map.entry("DJ", "Djibouti"), Map.entry("SO", "Somalia"), Map.entry("TR", "Turkey"),
          Map.entry("US", "United States"));

  /** Shown where a count or value was not reported. */
  static final String NOT_REPORTED = "\u2014";

  private ReportText() {}

  /** "17 Oct 2023". */
  static String date(LocalDate d) {
    return d.getDayOfMonth() + " " + MONTHS[d.getMonthValue() - 1] + " " + d.getYear();
  }

  /** The date as exact as it is known: "17 Oct 2023", "week of 16 Oct 2023", "Oct 2023", "2023", "unknown". */
  static String date(LocalDate d, DatePrecision p) {
    if (d == null || p == DatePrecision.UNKNOWN) {
      return d == null ? "date unknown" : date(d) + " (approx.)";
    }
    return switch (p) {
      case DAY -> date(d);
      case WEEK -> "week of " + date(d);
      case MONTH -> MONTHS[d.getMonthValue() - 1] + " " + d.getYear();
      case YEAR -> Integer.toString(d.getYear());
      default -> date(d);
    };
  }

  /** The period "17 Oct 2023 – 4 Feb 2024", or one day, or null when both ends are null. */
  static String period(LocalDate from, LocalDate to) {
    if (from == null && to == null) {
      return null;
    }
    if (from == null) {
      return "up to " + date(to);
    }
    if (to == null) {
      return "from " + date(from);
    }
    return from.equals(to) ? date(from) : date(from) + " \u2013 " + date(to);
  }

  /** "1 incident", "2 incidents", "0 incidents". */
  static String count(long n, String singular) {
    return n + " " + noun(n, singular);
  }

  /** The noun alone, singular for 1: "incident" / "incidents"; "-y" becomes "-ies". */
  static String noun(long n, String singular) {
    if (n == 1) {
      return singular;
    }
    if (singular.endsWith("y") && !singular.endsWith("ay") && !singular.endsWith("ey")) {
      return singular.substring(0, singular.length() - 1) + "ies";
    }
    return singular + "s";
  }

  /** A count with its range across sources: "14 (14–30)", "14", the range alone when only it is known, or "—". */
  static String count(Integer value, IntRange range) {
    String r = range == null || range.min() == range.max() ? null : range.min() + "\u2013" + range.max();
    if (value == null) {
      return r == null ? NOT_REPORTED : r;
    }
    return r == null ? value.toString() : value + " (" + r + ")";
  }

  /** Country name for an ISO code, null for null or blank. */
  static String country(String code) {
    if (code == null || code.isBlank()) {
      return null;
    }
    String name = COUNTRIES.get(code.toUpperCase(Locale.ROOT));
    if (name != null) {
      return name;
    }
    String jdk = new Locale("", code.toUpperCase(Locale.ROOT)).getDisplayCountry(Locale.ENGLISH);
    return jdk.isBlank() ? code : jdk;
  }

  /** "drone", "IED", "small arms", "unknown weapon". */
  static String weapon(Weapon w) {
    return switch (w) {
      case IED -> "IED";
      case SMALL_ARMS -> "small arms";
      case UNKNOWN -> "unknown weapon";
      default -> w.id();
    };
  }

  /** The weapon label with a capital first letter, for table cells. */
  static String capitalised(String s) {
    return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
  }

  /** Confidence with two decimals, "0.85". */
  static String confidence(double c) {
    return String.format(Locale.ROOT, "%.2f", c);
  }

  /** "33.800°N 42.440°E". */
  static String coordinates(double lat, double lon) {
    return String.format(Locale.ROOT, "%.3f\u00b0%s %.3f\u00b0%s",
        Math.abs(lat), lat < 0 ? "S" : "N", Math.abs(lon), lon < 0 ? "W" : "E");
  }

  /** Whole percent of part in total, rounded half up. */
  static long percent(long part, long total) {
    return total == 0 ? 0 : Math.round(100.0 * part / total);
  }
}
