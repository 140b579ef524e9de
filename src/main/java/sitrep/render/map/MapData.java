package sitrep.render.map;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import sitrep.model.Incident;
import sitrep.model.IncidentSet;
import sitrep.model.Place;
import sitrep.model.PlacePrecision;
import sitrep.model.Weapon;

/**
 * What the maps need from the incidents of a set, gathered in one pass: the sites (incidents at one point with one
 * name) with their counts, weapons, dates and countries, and the number of incidents without a point. Built once
 * per set and shared by every map drawn of it (strike map, province map, slide), so that a large set is gone
 * over once rather than once per map. Immutable.
 */
public final class MapData {
  /**
   * The incidents at one site.
   *
   * @param key "lat,lon,name" with 3 decimals
   * @param place the place of the site's first incident by id
   * @param count number of incidents
   * @param weapons incidents by weapon
   * @param first earliest date, null when none is dated
   * @param last latest date, null when none is dated
   * @param countries the countries of its incidents' places (codes, sorted)
   */
  record SiteData(String key, Place place, int count, Map<Weapon, Integer> weapons, LocalDate first,
      LocalDate last, Set<String> countries) {}

  private final List<SiteData> sites;
  private final int notLocated;

  private MapData(List<SiteData> sites, int notLocated) {
    this.sites = List.copyOf(sites);
    this.notLocated = notLocated;
  }

  /** The sites, by key. */
  List<SiteData> sites() {
    return sites;
  }

  /** Incidents without a point location (no place, no coordinates, or only a country). */
  int notLocated() {
    return notLocated;
  }

  /**
   * Gathers the sites of a set: incidents placed at a point (not only in a country: a country's centre is no
   * strike point) at the same point (to 3 decimals) with the same name are one site, whose place is that of the
   * first of them by id. The key is formatted once per distinct place, not once per incident.
   *
   * @param set the incidents, never null
   */
  public static MapData of(IncidentSet set) {
    return of(set.incidents());
  }

  /** As {@link #of(IncidentSet)}, for a list of incidents. */
  static MapData of(List<Incident> incidents) {
    final class Acc {
      final String key;
      Place place;
      String firstId;
      int count;
      final Map<Weapon, Integer> weapons = new EnumMap<>(Weapon.class);
      LocalDate first;
      LocalDate last;
      final Set<String> countries = new TreeSet<>();

      Acc(String key) {
        this.key = key;
      }
    }
    Map<String, Acc> byKey = new HashMap<>();
    // by place instance first (incidents read from a file share them), then by equal place (copies of incidents
    // share the place of their original), then by key
    Map<Place, Acc> byInstance = new java.util.IdentityHashMap<>();
    Map<Place, Acc> byPlace = new HashMap<>();
    int notLocated = 0;
    for (Incident i : incidents) {
      Place p = i.place();
      if (p == null || !p.located() || p.precision() == PlacePrecision.COUNTRY) {
        notLocated++;
        continue;
      }
      Acc a = byInstance.get(p);
      if (a == null) {
        a = byPlace.get(p);
        if (a == null) {
          a = byKey.computeIfAbsent(String.format(Locale.ROOT, "%.3f,%.3f,%s", p.lat(), p.lon(), p.name()),
              Acc::new);
          byPlace.put(p, a);
        }
        byInstance.put(p, a);
      }
      // the first incident by id names the site (the first in set order among equal ids)
      if (a.firstId == null || i.id().compareTo(a.firstId) < 0) {
        a.firstId = i.id();
        a.place = p;
      }
      a.count++;
      a.weapons.merge(i.weapon(), 1, Integer::sum);
      LocalDate d = i.date();
      if (d != null) {
        if (a.first == null || d.isBefore(a.first)) {
          a.first = d;
        }
        if (a.last == null || d.isAfter(a.last)) {
          a.last = d;
        }
      }
      if (p.country() != null) {
        a.countries.add(p.country());
      }
    }
    List<SiteData> sites = new ArrayList<>();
    for (Acc a : byKey.values()) {
      sites.add(new SiteData(a.key, a.place, a.count, Collections.unmodifiableMap(a.weapons), a.first, a.last,
          Collections.unmodifiableSet(a.countries)));
    }
    sites.sort(Comparator.comparing(SiteData::key));
    return new MapData(sites, notLocated);
  }
}
