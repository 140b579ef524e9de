package sitrep.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import sitrep.model.ActorBasis;
import sitrep.model.Incident;
import sitrep.model.IntRange;
import sitrep.model.Place;
import sitrep.model.SourceRef;
import sitrep.model.Weapon;

/**
 * Every count, sum and group the report shows, gathered in one pass over the incidents: the summary sentences, the
 * key figures, the site, actor and weapon tables and the sources table all read from here, so that a report of
 * 100,000 incidents goes over them once instead of some thirty times. The values are those the report computed
 * before, pass by pass: integer sums overflow as they did, and ties are broken as they were.
 */
final class ReportTotals {
  /**
   * A sum of known values with the range of sums where sources disagree. The key figures add in int arithmetic and
   * the group tables in long arithmetic, as the report always has: an int total wraps around where an int sum did.
   */
  static final class Total {
    private final boolean intArithmetic;
    /** How many values were added. */
    long known;
    long sum;
    long min;
    long max;

    private Total(boolean intArithmetic) {
      this.intArithmetic = intArithmetic;
    }

    /** A total in int arithmetic (the key figures). */
    static Total ofInts() {
      return new Total(true);
    }

    /** A total in long arithmetic (the group tables). */
    static Total ofLongs() {
      return new Total(false);
    }

    void add(Integer v, IntRange r) {
      if (v == null) {
        return;
      }
      known++;
      sum = fit(sum + v);
      min = fit(min + (r == null ? v : Math.min(r.min(), v)));
      max = fit(max + (r == null ? v : Math.max(r.max(), v)));
    }

    /** A sum as this total's arithmetic gives it: wrapped around to an int in int arithmetic. */
    private long fit(long value) {
      return intArithmetic ? (int) value : value;
    }
  }

  /** One row of a group table: the incidents of a site, an actor or a weapon. */
  static final class Group {
    final String key;
    final String name;
    /** The group's first incident, in report order. */
    final Incident firstIncident;
    int count;
    final Total killed = Total.ofLongs();
    final Total injured = Total.ofLongs();
    final Total projectiles = Total.ofLongs();
    LocalDate first;
    LocalDate last;
    long claimed;
    long attributed;

    Group(String key, String name, Incident firstIncident) {
      this.key = key;
      this.name = name;
      this.firstIncident = firstIncident;
    }

    void add(Incident i) {
      count++;
      killed.add(i.killed(), i.killedRange());
      injured.add(i.injured(), i.injuredRange());
      projectiles.add(i.projectiles(), i.projectilesRange());
      LocalDate d = i.date();
      if (d != null) {
        first = first == null || d.isBefore(first) ? d : first;
        last = last == null || d.isAfter(last) ? d : last;
      }
      if (i.actorBasis() == ActorBasis.CLAIMED) {
        claimed++;
      } else if (i.actorBasis() == ActorBasis.ATTRIBUTED) {
        attributed++;
      }
    }
  }

  /** One document of the sources table. */
  static final class Doc {
    final String doc;
    String title = "";
    String urlText = "";
    String url = "";
    LocalDate published;
    /** Distinct ids of the incidents citing it: counted while ids are unique, else collected. */
    int incidents;
    Set<String> ids;
    int lastIncident = -1;

    Doc(String doc) {
      this.doc = doc;
    }
  }

  int n;
  long low;
  long unplaced;
  LocalDate firstDate;
  LocalDate lastDate;

  final Total killed = Total.ofInts();
  final Total injured = Total.ofInts();
  final Total projectiles = Total.ofInts();
  /** Incidents with a killed or an injured figure. */
  long withFigures;

  /** Incidents by weapon, but for the unknown weapon. */
  final Map<Weapon, Long> weapons = new EnumMap<>(Weapon.class);
  /** Incidents by place name (placed incidents). */
  final Map<String, Long> placeNames = new HashMap<>();
  /** Incidents by country code, of placed incidents with one. */
  final Map<String, Long> countryCodes = new HashMap<>();
  /** Incidents by place name, of placed incidents without a country. */
  final Map<String, Long> noCountry = new HashMap<>();
  /** Actor groups by actor name (named actors only), in order of first appearance. */
  final Map<String, Group> actorNames = new LinkedHashMap<>();
  long unnamed;
  /** Distinct site keys of placed incidents. */
  final Set<String> siteKeys = new HashSet<>();

  /** Group tables, by group key (unordered; {@link ReportModel} orders them). */
  final Map<String, Group> bySite = new HashMap<>();
  final Map<String, Group> byActor = new HashMap<>();
  final Map<String, Group> byWeapon = new HashMap<>();
  /** Documents cited, by path. */
  final Map<String, Doc> docs = new HashMap<>();

  private ReportTotals() {}

  /** Goes over the incidents once. */
  static ReportTotals of(List<Incident> incidents) {
    ReportTotals t = new ReportTotals();
    Map<Place, String> siteKeyOf = new java.util.IdentityHashMap<>(); // places read from a file are shared
    Set<String> ids = new HashSet<>();
    boolean uniqueIds = true;
    int index = 0;
    for (Incident i : incidents) {
      t.n++;
      if (ReportModel.isLow(i)) {
        t.low++;
      }
      LocalDate d = i.date();
      if (d != null) {
        t.firstDate = t.firstDate == null || d.isBefore(t.firstDate) ? d : t.firstDate;
        t.lastDate = t.lastDate == null || d.isAfter(t.lastDate) ? d : t.lastDate;
      }
      t.killed.add(i.killed(), i.killedRange());
      t.injured.add(i.injured(), i.injuredRange());
      t.projectiles.add(i.projectiles(), i.projectilesRange());
      if (i.killed() != null || i.injured() != null) {
        t.withFigures++;
      }
      if (i.weapon() != Weapon.UNKNOWN) {
        t.weapons.merge(i.weapon(), 1L, Long::sum);
      }

      Place p = i.place();
      String siteKey;
      if (p == null) {
        t.unplaced++;
        siteKey = "~";
      } else {
        siteKey = siteKeyOf.computeIfAbsent(p, ReportModel::siteKey);
        t.siteKeys.add(siteKey);
        t.placeNames.merge(p.name(), 1L, Long::sum);
        if (p.country() != null) {
          t.countryCodes.merge(p.country(), 1L, Long::sum);
        } else {
          t.noCountry.merge(p.name(), 1L, Long::sum);
        }
      }
      t.bySite.computeIfAbsent(siteKey, k -> new Group(k, p == null ? ReportModel.NOT_IDENTIFIED : p.name(), i))
          .add(i);

      String actor = i.actor();
      if (actor == null) {
        t.unnamed++;
        t.byActor.computeIfAbsent("~", k -> new Group(k, ReportModel.NO_ACTOR, i)).add(i);
      } else {
        Group a = t.actorNames.get(actor);
        if (a == null) {
          a = new Group("a:" + actor, actor, i);
          t.actorNames.put(actor, a);
          t.byActor.put(a.key, a);
        }
        a.add(i);
      }
      Weapon w = i.weapon();
      t.byWeapon.computeIfAbsent(w.id(), k -> new Group(k,
          ReportText.capitalised(ReportText.weapon(w)), i)).add(i);

      uniqueIds = uniqueIds && ids.add(i.id());
      for (SourceRef s : i.sources()) {
        Doc doc = t.docs.computeIfAbsent(s.doc(), Doc::new);
        if (doc.title.isEmpty() && s.title() != null && !s.title().isBlank()) {
          doc.title = s.title().strip();
        }
        if (doc.urlText.isEmpty() && s.url() != null && !s.url().isBlank()) {
          doc.urlText = s.url().strip();
          doc.url = ReportModel.safeUrl(s.url());
        }
        if (doc.published == null && s.published() != null) {
          doc.published = s.published();
        }
        if (doc.lastIncident != index) { // an incident citing a document twice counts once
          doc.lastIncident = index;
          doc.incidents++;
        }
      }
      index++;
    }
    if (!uniqueIds) {
      // two incidents with one id: count distinct ids per document, as the report always has
      t.docs.values().forEach(doc -> doc.ids = new HashSet<>());
      for (Incident i : incidents) {
        for (SourceRef s : i.sources()) {
          t.docs.get(s.doc()).ids.add(i.id());
        }
      }
      t.docs.values().forEach(doc -> doc.incidents = doc.ids.size());
    }
    return t;
  }

  /** Incidents by country name (two codes of one name add up), of placed incidents with a country. */
  Map<String, Long> byCountryName() {
    Map<String, Long> out = new HashMap<>();
    countryCodes.forEach((code, count) -> {
      String name = ReportText.country(code);
      if (name != null) {
        out.merge(name, count, Long::sum);
      }
    });
    return out;
  }

  /** Number of distinct countries (codes) of placed incidents. */
  int countryCount() {
    return countryCodes.size();
  }

  /** The groups of a table in key order (the order the report has always started from before sorting). */
  static List<Group> byKey(Map<String, Group> groups) {
    List<Group> list = new ArrayList<>(groups.values());
    list.sort(java.util.Comparator.comparing((Group g) -> g.key));
    return list;
  }
}
