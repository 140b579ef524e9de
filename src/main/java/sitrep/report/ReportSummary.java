package sitrep.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import sitrep.model.ActorBasis;
import sitrep.model.Incident;
import sitrep.model.IncidentSet;
import sitrep.model.Place;
import sitrep.model.Weapon;

/**
 * The report's short summary: a few plain sentences, every number in them a count over the incidents shown in the
 * report's tables. Deterministic (ties are broken by name).
 */
public final class ReportSummary {
  /** Incidents with a confidence below this are called low confidence. */
  public static final double LOW_CONFIDENCE = 0.5;

  private ReportSummary() {}

  /**
   * The summary sentences, each ending with a full stop.
   *
   * @param set the incidents, not null
   * @param from first day of the period, null to use the earliest incident date
   * @param to last day of the period, null to use the latest incident date
   * @return one to five sentences, never empty
   */
  public static List<String> sentences(IncidentSet set, LocalDate from, LocalDate to) {
    return sentences(set.incidents(), ReportTotals.of(set.incidents()), from, to);
  }

  /** The summary sentences from the totals of the incidents (see {@link #sentences(IncidentSet, LocalDate, LocalDate)}). */
  static List<String> sentences(List<Incident> incidents, ReportTotals t, LocalDate from, LocalDate to) {
    int n = t.n;
    LocalDate start = from != null ? from : t.firstDate;
    LocalDate end = to != null ? to : t.lastDate;
    List<String> out = new ArrayList<>();
    if (n == 0) {
      out.add("No incidents were found" + when(start, end) + ".");
      return out;
    }
    out.add(overview(incidents, t, start, end));
    out.add(casualties(t));
    String actors = actors(incidents, t);
    out.add(actors);
    String countries = countries(t);
    if (countries != null) {
      out.add(countries);
    }
    long low = t.low;
    if (low > 0) {
      out.add((low == n && n > 1 ? "All " + n + " incidents have" : low == 1 ? "1 incident has" : low + " incidents have")
          + " low confidence (below " + LOW_CONFIDENCE + "); check the evidence before relying on "
          + (low == 1 ? "it" : "them") + ".");
    }
    return out;
  }

  /** The earliest incident date, null when no incident has one. */
  static LocalDate firstDate(IncidentSet set) {
    return set.incidents().stream().map(Incident::date).filter(Objects::nonNull).min(Comparator.naturalOrder()).orElse(null);
  }

  /** The latest incident date, null when no incident has one. */
  static LocalDate lastDate(IncidentSet set) {
    return set.incidents().stream().map(Incident::date).filter(Objects::nonNull).max(Comparator.naturalOrder()).orElse(null);
  }

  private static String when(LocalDate start, LocalDate end) {
    if (start == null && end == null) {
      return "";
    }
    if (start == null) {
      return " up to " + ReportText.date(end);
    }
    if (end == null) {
      return " from " + ReportText.date(start);
    }
    if (start.equals(end)) {
      return " on " + ReportText.date(start);
    }
    return " between " + ReportText.date(start) + " and " + ReportText.date(end);
  }

  /** "27 incidents between 17 Oct 2023 and 4 Feb 2024; 60% by drone; most targeted: Ain al-Asad Air Base (6)." */
  private static String overview(List<Incident> incidents, ReportTotals t, LocalDate start, LocalDate end) {
    int n = t.n;
    StringBuilder sb = new StringBuilder(ReportText.count(n, "incident")).append(when(start, end));
    Map<Weapon, Long> weapons = t.weapons;
    Map.Entry<Weapon, Long> topWeapon = top(weapons, ReportText::weapon);
    if (topWeapon != null) {
      long share = ReportText.percent(topWeapon.getValue(), n);
      String weapon = ReportText.weapon(topWeapon.getKey());
      if (n == 1) {
        sb.append(", by ").append(weapon);
      } else if (topWeapon.getValue() == n) {
        sb.append("; all by ").append(weapon);
      } else {
        sb.append("; ").append(share).append("% by ").append(weapon);
      }
    }
    if (n == 1) {
      Place p = incidents.get(0).place();
      if (p != null) {
        sb.append(", at ").append(p.name());
      }
    } else {
      Map<String, Long> sites = t.placeNames;
      long max = sites.values().stream().mapToLong(Long::longValue).max().orElse(0);
      if (max >= 2) {
        List<String> most = sites.entrySet().stream().filter(e -> e.getValue() == max).map(Map.Entry::getKey).sorted().toList();
        sb.append("; most targeted: ").append(joinAnd(most)).append(" (").append(max).append(most.size() > 1 ? " each)" : ")");
      }
    }
    return sb.append('.').toString();
  }

  /** "Reported casualties: 3 killed, 47 injured (figures given for 12 of 27 incidents)." */
  private static String casualties(ReportTotals t) {
    int n = t.n;
    long killedKnown = t.killed.known;
    long injuredKnown = t.injured.known;
    if (killedKnown == 0 && injuredKnown == 0) {
      return n == 1 ? "No casualty figures were reported." : "No casualty figures were reported for any of them.";
    }
    long killed = t.killed.sum;
    long injured = t.injured.sum;
    long withFigures = t.withFigures;
    StringBuilder sb = new StringBuilder("Reported casualties: ");
    sb.append(killedKnown == 0 ? "deaths not reported" : killed + " killed");
    sb.append(", ");
    sb.append(injuredKnown == 0 ? "injuries not reported" : injured + " injured");
    if (n > 1) {
      sb.append(withFigures == n ? " (figures given for all " + n + " incidents)"
          : " (figures given for " + withFigures + " of " + n + " incidents)");
    }
    return sb.append('.').toString();
  }

  /** "Most often named: Islamic Resistance in Iraq (12 incidents: 10 claimed, 2 attributed)." */
  private static String actors(List<Incident> incidents, ReportTotals t) {
    int n = t.n;
    Map<String, Long> actors = new LinkedHashMap<>();
    t.actorNames.forEach((name, g) -> actors.put(name, (long) g.count));
    if (actors.isEmpty()) {
      return n == 1 ? "No group claimed it or was blamed for it." : "No group claimed these incidents or was blamed for them.";
    }
    if (n == 1) {
      Incident i = incidents.get(0);
      return (i.actorBasis() == ActorBasis.CLAIMED ? "Claimed by " : i.actorBasis() == ActorBasis.ATTRIBUTED
          ? "Attributed to " : "Actor named: ") + i.actor() + ".";
    }
    Map.Entry<String, Long> top = top(actors, s -> s);
    String name = top.getKey();
    long claimed = t.actorNames.get(name).claimed;
    long attributed = t.actorNames.get(name).attributed;
    List<String> basis = new ArrayList<>();
    if (claimed == top.getValue() && claimed > 1) {
      basis.add("all claimed");
    } else if (attributed == top.getValue() && attributed > 1) {
      basis.add("all attributed");
    } else {
      if (claimed > 0) {
        basis.add(claimed + " claimed");
      }
      if (attributed > 0) {
        basis.add(attributed + " attributed");
      }
    }
    long unnamed = t.unnamed;
    StringBuilder sb = new StringBuilder("Most often named actor: ").append(name).append(" (")
        .append(ReportText.count(top.getValue(), "incident"));
    if (!basis.isEmpty()) {
      sb.append(basis.get(0).startsWith("all") ? ", " : ": ").append(String.join(", ", basis));
    }
    sb.append(')');
    if (actors.size() > 1) {
      sb.append("; ").append(ReportText.count(actors.size() - 1, "other group")).append(" named");
    }
    if (unnamed > 0) {
      sb.append("; no actor named for ").append(ReportText.count(unnamed, "incident"));
    }
    return sb.append('.').toString();
  }

  /**
   * "By country: Iraq 8, Syria 5, Jordan 1; outside a country: Southern Red Sea 3, Gulf of Aden 1; 1 not placed."
   * Null for one incident or none placed.
   */
  private static String countries(ReportTotals t) {
    if (t.n < 2) {
      return null;
    }
    Map<String, Long> byCountry = t.byCountryName();
    Map<String, Long> noCountry = t.noCountry;
    long unplaced = t.unplaced;
    if (byCountry.isEmpty() && noCountry.isEmpty()) {
      return null;
    }
    List<String> parts = new ArrayList<>();
    if (!byCountry.isEmpty()) {
      parts.add("By country: " + byCount(byCountry, Integer.MAX_VALUE));
    }
    if (!noCountry.isEmpty()) {
      parts.add((parts.isEmpty() ? "Outside any country: " : "outside any country: ") + byCount(noCountry, 3));
    }
    if (unplaced > 0) {
      parts.add(unplaced + " not placed");
    }
    return String.join("; ", parts) + ".";
  }

  /** "Iraq 8, Syria 5, Jordan 1", largest first; past max entries the rest are summed as "others n". */
  private static String byCount(Map<String, Long> counts, int max) {
    List<Map.Entry<String, Long>> sorted = counts.entrySet().stream()
        .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .toList();
    List<String> items = new ArrayList<>();
    for (Map.Entry<String, Long> e : sorted.subList(0, Math.min(max, sorted.size()))) {
      items.add(e.getKey() + " " + e.getValue());
    }
    if (sorted.size() > max) {
      List<Map.Entry<String, Long>> rest = sorted.subList(max, sorted.size());
      items.add("others " + rest.stream().mapToLong(Map.Entry::getValue).sum());
    }
    return String.join(", ", items);
  }

  /** Counts by key, leaving out null keys; sorted by key text for determinism. */
  static <K> Map<K, Long> countBy(List<Incident> incidents, java.util.function.Function<Incident, K> key) {
    Map<K, Long> counts = new LinkedHashMap<>();
    for (Incident i : incidents) {
      K k = key.apply(i);
      if (k != null) {
        counts.merge(k, 1L, Long::sum);
      }
    }
    return counts;
  }

  /** The entry with the highest count, ties broken by label; null for an empty map. */
  private static <K> Map.Entry<K, Long> top(Map<K, Long> counts, java.util.function.Function<K, String> label) {
    return counts.entrySet().stream()
        .min(Comparator.<Map.Entry<K, Long>>comparingLong(e -> -e.getValue()).thenComparing(e -> label.apply(e.getKey())))
        .orElse(null);
  }

  private static String joinAnd(List<String> items) {
    if (items.size() <= 2) {
      return String.join(" and ", items);
    }
    return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
  }

}
