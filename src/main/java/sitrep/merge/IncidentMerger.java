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
    List<Key> keys = perDocument.stream().map(Key::of).toList();
    List<Incident> merged = new ArrayList<>();
    for (int[] group : groups(keys)) {
      List<Incident> members = new ArrayList<>(group.length);
      for (int i : group) {
        members.add(perDocument.get(i));
      }
      merged.add(combine(members));
    }
    merged.sort(ORDER);
    return assignIds(merged);
  }

  /**
   * What merge needs of a report to group it; the rest of the incident (sources' evidence, counts, actor) can stay
   * on disk until its group is combined.
   *
   * @param docs the documents of the report's sources, distinct
   * @param firstDoc the document of the first source
   * @param firstStart where the first source's evidence starts
   */
  public record Key(LocalDate date, DatePrecision datePrecision, Place place, Weapon weapon, List<String> docs,
      String firstDoc, int firstStart) {
    public static Key of(Incident i) {
      List<String> docs = i.sources().size() == 1 ? List.of(i.sources().get(0).doc())
          : i.sources().stream().map(SourceRef::doc).distinct().toList();
      return new Key(i.date(), i.datePrecision(), i.place(), i.weapon(), docs, i.sources().get(0).doc(),
          i.sources().get(0).start());
    }

    /** The id of the incident before a suffix for several attacks of the same date, place and weapon. */
    public String idBase() {
      return (date == null ? "undated" : date.toString()) + "-"
          + slug(place == null ? "unknown-place" : place.name()) + "-" + weapon.id();
    }
  }

  /** The order of merged output: date, place name, weapon, then the first source. */
  public static final Comparator<Key> KEY_ORDER = Comparator
      .comparing(Key::date, Comparator.nullsLast(Comparator.naturalOrder()))
      .thenComparing(k -> k.place() == null ? "~" : k.place().name())
      .thenComparing(k -> k.weapon().id())
      .thenComparing(Key::firstDoc)
      .thenComparingInt(Key::firstStart);

  /**
   * The reports of one attack, as indexes into {@code keys}: groups in the order they are opened, reports within a
   * group in merge order (by date, place, weapon and source; ties keep input order).
   */
  public static List<int[]> groups(List<Key> keys) {
    Integer[] order = new Integer[keys.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    java.util.Arrays.sort(order, (a, b) -> KEY_ORDER.compare(keys.get(a), keys.get(b))); // stable
    List<Group> groups = new ArrayList<>();
    // groups by the day of their first report: a report is compared only with groups of nearby days; groups whose
    // reports all have day precision can take a day-precision report only within a day, so those are looked up in a
    // narrow window and the groups with a coarser date in the wide one (same candidates, same order, fewer tests)
    java.util.TreeMap<Long, List<Group>> byDay = new java.util.TreeMap<>();
    java.util.TreeMap<Long, List<Group>> coarseByDay = new java.util.TreeMap<>();
    List<Group> candidates = new ArrayList<>();
    for (int index : order) {
      Key key = keys.get(index);
      Group best = null;
      if (key.date() != null) {
        long day = key.date().toEpochDay();
        candidates.clear();
        if (key.datePrecision() == DatePrecision.DAY) {
          for (List<Group> near : byDay.subMap(day - 1, true, day + 1, true).values()) {
            for (Group g : near) {
              if (!g.coarse) {
                candidates.add(g);
              }
            }
          }
          coarseByDay.subMap(day - MAX_DAYS_APART, true, day + MAX_DAYS_APART, true).values()
              .forEach(candidates::addAll);
          candidates.sort(Comparator.comparingLong((Group g) -> g.day).thenComparingInt(g -> g.serial));
        } else {
          byDay.subMap(day - MAX_DAYS_APART, true, day + MAX_DAYS_APART, true).values().forEach(candidates::addAll);
        }
        for (Group g : candidates) {
          if (g.fits(key)) {
            best = g;
            break;
          }
        }
      }
      if (best == null) {
        best = new Group(key.date() == null ? Long.MIN_VALUE : key.date().toEpochDay(), groups.size());
        groups.add(best);
        byDay.computeIfAbsent(best.day, k -> new ArrayList<>()).add(best);
      }
      boolean wasCoarse = best.coarse;
      best.add(key, index);
      if (best.coarse && !wasCoarse) {
        // kept in creation order within the day
        List<Group> sameDay = coarseByDay.computeIfAbsent(best.day, k -> new ArrayList<>());
        sameDay.add(best);
        sameDay.sort(Comparator.comparingInt(g -> g.serial));
      }
    }
    List<int[]> out = new ArrayList<>(groups.size());
    for (Group g : groups) {
      out.add(g.indexes.stream().mapToInt(Integer::intValue).toArray());
    }
    return out;
  }

  private static final Comparator<Incident> ORDER = Comparator.comparing(Key::of, KEY_ORDER);

  /** Reports of one attack and the documents they come from. */
  private static final class Group {
    final long day;
    final int serial;
    /** Whether a report of the group has a date coarser than a day. */
    boolean coarse;
    final List<Key> members = new ArrayList<>();
    final List<Integer> indexes = new ArrayList<>();
    final Set<String> docs = new HashSet<>();

    Group(long day, int serial) {
      this.day = day;
      this.serial = serial;
    }

    void add(Key key, int index) {
      members.add(key);
      indexes.add(index);
      docs.addAll(key.docs());
      coarse |= key.datePrecision() != DatePrecision.DAY;
    }

    boolean fits(Key key) {
      for (String doc : key.docs()) {
        if (docs.contains(doc)) {
          return false; // a document's own incidents were already told apart by extraction
        }
      }
      for (Key g : members) {
        if (!sameAttack(g, key)) {
          return false;
        }
      }
      return true;
    }
  }

  /** The most days two reports of one attack can be apart (month-precision dates). */
  private static final long MAX_DAYS_APART = 31;

  static boolean sameAttack(Incident a, Incident b) {
    return sameAttack(Key.of(a), Key.of(b));
  }

  static boolean sameAttack(Key a, Key b) {
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

  /** One incident from the reports of one attack (a group of {@link #groups}). */
  public static Incident combine(List<Incident> g) {
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
      String base = Key.of(i).idBase();
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
