package sitrep.merge;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import sitrep.extract.Merging;
import sitrep.model.ActorBasis;
import sitrep.model.DatePrecision;
import sitrep.model.Incident;
import sitrep.model.IntRange;
import sitrep.model.Place;
import sitrep.model.PlacePrecision;
import sitrep.model.SourceRef;
import sitrep.model.Weapon;

/**
 * Merge: the incidents of all documents in, one incident per attack out. Reports of the same attack (dates within a
 * day, or within the coarser precision; places the same or within a few km, or a province or country containing
 * the other; compatible weapons) from different documents become one incident listing every source. Where counts
 * disagree the value given by most sources wins (ties: the most confident source) and the range is kept. Ids are
 * stable: date, place and weapon, with a suffix for several attacks of the same key.
 */
public final class IncidentMerger {
  /** Largest distance between two site- or city-level places of one attack. */
  public static final double SAME_SITE_KM = 25;

  private IncidentMerger() {}

  /** Merges the incidents of all documents; output sorted by date, place, weapon and id, with stable ids. */
  public static List<Incident> merge(List<Incident> perDocument) {
    List<Incident> sorted = new ArrayList<>(perDocument);
    sorted.sort(ORDER);
    List<Group> groups = new ArrayList<>();
    // groups by the day of their first report: an incident is compared only with groups of nearby days
    java.util.TreeMap<Long, List<Group>> byDay = new java.util.TreeMap<>();
    for (Incident inc : sorted) {
      Group best = null;
      if (inc.date() != null) {
        long day = inc.date().toEpochDay();
        search:
        for (List<Group> near : byDay.subMap(day - MAX_DAYS_APART, true, day + MAX_DAYS_APART, true).values()) {
          for (Group g : near) {
            if (g.fits(inc)) {
              best = g;
              break search;
            }
          }
        }
      }
      if (best == null) {
        best = new Group();
        groups.add(best);
        byDay.computeIfAbsent(inc.date() == null ? Long.MIN_VALUE : inc.date().toEpochDay(), k -> new ArrayList<>())
            .add(best);
      }
      best.add(inc);
    }
    List<Incident> merged = new ArrayList<>();
    for (Group g : groups) {
      merged.add(combine(g.members));
    }
    merged.sort(ORDER);
    return assignIds(merged);
  }

  private static final Comparator<Incident> ORDER = Comparator
      .comparing(Incident::date, Comparator.nullsLast(Comparator.naturalOrder()))
      .thenComparing(i -> i.place() == null ? "~" : i.place().name())
      .thenComparing(i -> i.weapon().id())
      .thenComparing(i -> i.sources().get(0).doc())
      .thenComparingInt(i -> i.sources().get(0).start());

  /** Reports of one attack and the documents they come from. */
  private static final class Group {
    final List<Incident> members = new ArrayList<>();
    final Set<String> docs = new HashSet<>();

    void add(Incident inc) {
      members.add(inc);
      inc.sources().forEach(s -> docs.add(s.doc()));
    }

    boolean fits(Incident inc) {
      if (inc.sources().stream().anyMatch(s -> docs.contains(s.doc()))) {
        return false; // a document's own incidents were already told apart by extraction
      }
      for (Incident g : members) {
        if (!sameAttack(g, inc)) {
          return false;
        }
      }
      return true;
    }
  }

  /** The most days two reports of one attack can be apart (month-precision dates). */
  private static final long MAX_DAYS_APART = 31;

  static boolean sameAttack(Incident a, Incident b) {
    if (a.date() == null || b.date() == null) {
      return false;
    }
    long days = Math.abs(a.date().toEpochDay() - b.date().toEpochDay());
    long tolerance = a.datePrecision() == DatePrecision.DAY && b.datePrecision() == DatePrecision.DAY ? 1 : 31;
    if (days > tolerance || a.place() == null || b.place() == null) {
      return false;
    }
    if (!Merging.compatible(a.weapon(), b.weapon())) {
      return false;
    }
    boolean coarse = a.place().precision() == PlacePrecision.COUNTRY || b.place().precision() == PlacePrecision.COUNTRY;
    if (coarse && a.weapon() != b.weapon()) {
      return false;
    }
    return Merging.placesCompatible(a.place(), b.place(), SAME_SITE_KM);
  }

  private static Incident combine(List<Incident> g) {
    if (g.size() == 1) {
      return g.get(0);
    }
    Incident best = g.stream().max(Comparator.comparingInt((Incident i) -> rankPlace(i.place()))
        .thenComparingInt(i -> i.datePrecision() == DatePrecision.DAY ? 1 : 0)
        .thenComparingDouble(Incident::confidence)).orElseThrow();
    LocalDate date = mode(g, i -> i.datePrecision() == DatePrecision.DAY ? i.date() : null, best);
    DatePrecision precision = date != null ? DatePrecision.DAY : best.datePrecision();
    if (date == null) {
      date = best.date();
    }
    Weapon weapon = mode(g, i -> i.weapon() == Weapon.UNKNOWN ? null : i.weapon(), best);
    Integer projectiles = mode(g, Incident::projectiles, best);
    Integer killed = mode(g, Incident::killed, best);
    Integer injured = mode(g, Incident::injured, best);
    Incident actorSource = g.stream().filter(i -> i.actor() != null)
        .max(Comparator.comparingInt((Incident i) -> i.actorBasis() == ActorBasis.CLAIMED ? 1 : 0)
            .thenComparingDouble(Incident::confidence)).orElse(null);
    String target = mode(g, Incident::target, best);
    List<SourceRef> sources = new ArrayList<>();
    g.forEach(i -> sources.addAll(i.sources()));
    sources.sort(Comparator.comparing(SourceRef::doc).thenComparingInt(SourceRef::start));
    double maxConfidence = g.stream().mapToDouble(Incident::confidence).max().orElse(0.5);
    double confidence = Math.min(0.99, maxConfidence + 0.05 * (g.size() - 1));
    return new Incident(best.id(), date, precision, best.place(), weapon == null ? Weapon.UNKNOWN : weapon,
        projectiles, killed, injured, actorSource == null ? null : actorSource.actor(),
        actorSource == null ? ActorBasis.UNKNOWN : actorSource.actorBasis(), target, sources,
        Math.round(confidence * 100) / 100.0, range(g, Incident::projectiles), range(g, Incident::killed),
        range(g, Incident::injured));
  }

  private static int rankPlace(Place p) {
    if (p == null || p.precision() == null) {
      return 0;
    }
    return 4 - p.precision().ordinal();
  }

  /** The value most sources give; ties go to the value of the best source, then the smallest value. */
  private static <T> T mode(List<Incident> g, Function<Incident, T> field, Incident best) {
    Map<T, Integer> counts = new LinkedHashMap<>();
    for (Incident i : g) {
      T v = field.apply(i);
      if (v != null) {
        counts.merge(v, 1, Integer::sum);
      }
    }
    if (counts.isEmpty()) {
      return null;
    }
    int top = counts.values().stream().max(Integer::compare).orElse(0);
    T bestValue = field.apply(best);
    if (bestValue != null && counts.getOrDefault(bestValue, 0) == top) {
      return bestValue;
    }
    return counts.entrySet().stream().filter(e -> e.getValue() == top).map(Map.Entry::getKey)
        .min(Comparator.comparing(Object::toString)).orElse(null);
  }

  private static IntRange range(List<Incident> g, Function<Incident, Integer> field) {
    int min = Integer.MAX_VALUE;
    int max = Integer.MIN_VALUE;
    for (Incident i : g) {
      Integer v = field.apply(i);
      if (v != null) {
        min = Math.min(min, v);
        max = Math.max(max, v);
      }
    }
    return min < max ? new IntRange(min, max) : null;
  }

  /** Ids from date, place and weapon: "2021-07-07-ain-al-asad-air-base-rocket", "-2" for the second such. */
  static List<Incident> assignIds(List<Incident> incidents) {
    Map<String, Integer> used = new HashMap<>();
    List<Incident> out = new ArrayList<>();
    for (Incident i : incidents) {
      String base = (i.date() == null ? "undated" : i.date().toString()) + "-"
          + slug(i.place() == null ? "unknown-place" : i.place().name()) + "-" + i.weapon().id();
      int n = used.merge(base, 1, Integer::sum);
      out.add(i.withId(n == 1 ? base : base + "-" + n));
    }
    return out;
  }

  static String slug(String s) {
    String ascii = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    if (slug.isEmpty()) {
      slug = "place-" + Integer.toHexString(Objects.hashCode(s));
    }
    return slug.length() > 40 ? slug.substring(0, 40).replaceAll("-$", "") : slug;
  }
}
