package sitrep.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import sitrep.model.ActorBasis;
import sitrep.model.DatePrecision;
import sitrep.model.Incident;
import sitrep.model.IntRange;
import sitrep.model.Place;
import sitrep.model.SourceRef;
import sitrep.model.Weapon;
import sitrep.pipeline.Issue;

/**
 * Turns a {@link ReportInput} into the template's data model: maps, lists and ready-formatted strings, so the
 * template only lays things out and a customised template needs no Java. The keys are listed at the top of
 * templates/report.ftlh. Map iteration order is fixed, so the same input gives the same report.
 */
final class ReportModel {
  /** Issues listed per code; the rest are counted. */
  static final int ISSUES_PER_CODE = 200;

  /**
   * Incident rows shown at most: beyond this the table lists the first ones (in report order) and says that the
   * full list is in incidents.csv, so that a report of 100,000 incidents stays a few megabytes and opens at once.
   */
  static final int MAX_INCIDENT_ROWS = 2000;

  /** Rows shown at most in the by-site and by-actor tables (largest groups first). */
  static final int MAX_GROUP_ROWS = 200;

  /** Rows shown at most in the sources table. */
  static final int MAX_SOURCE_ROWS = 2000;

  private static final String NOT_IDENTIFIED = "Place not identified";

  private ReportModel() {}

  static Map<String, Object> of(ReportInput in) {
    List<Incident> incidents = in.incidents().incidents();
    LocalDate from = in.from() != null ? in.from() : ReportSummary.firstDate(in.incidents());
    LocalDate to = in.to() != null ? in.to() : ReportSummary.lastDate(in.incidents());
    long cited = in.incidents().sourceDocumentCount();
    long low = incidents.stream().filter(ReportModel::isLow).count();

    Map<String, Object> m = new LinkedHashMap<>();
    m.put("title", in.title());
    String period = ReportText.period(from, to);
    m.put("period", period == null ? "Period not given" : period);
    m.put("generator", in.generator() == null ? "" : in.generator());
    m.put("incidentCount", incidents.size());
    m.put("lowCount", low);
    m.put("lowThreshold", Double.toString(ReportSummary.LOW_CONFIDENCE));
    m.put("documentCount", Math.max(in.documentCount(), cited));
    m.put("citedCount", cited);
    m.put("summary", ReportSummary.sentences(in.incidents(), from, to));
    m.put("figures", figures(in, incidents, cited, low));
    m.put("images", images(in.images()));
    List<Map<String, Object>> sites = bySite(incidents);
    List<Map<String, Object>> actors = byActor(incidents);
    m.put("siteCount", sites.size());
    m.put("bySite", sites.subList(0, Math.min(sites.size(), MAX_GROUP_ROWS)));
    m.put("actorCount", actors.size());
    m.put("byActor", actors.subList(0, Math.min(actors.size(), MAX_GROUP_ROWS)));
    m.put("maxGroupRows", MAX_GROUP_ROWS);
    m.put("byWeapon", byWeapon(incidents));
    m.put("incidents", incidentRows(incidents.subList(0, Math.min(incidents.size(), MAX_INCIDENT_ROWS))));
    m.put("incidentsShown", Math.min(incidents.size(), MAX_INCIDENT_ROWS));
    List<Map<String, Object>> sources = sources(incidents);
    m.put("sourceCount", sources.size());
    m.put("sources", sources.subList(0, Math.min(sources.size(), MAX_SOURCE_ROWS)));
    m.put("issueGroups", issueGroups(in.issues()));
    m.put("issueCount", in.issues().size());
    return m;
  }

  static boolean isLow(Incident i) {
    return i.confidence() < ReportSummary.LOW_CONFIDENCE;
  }

  // ---- key figures -------------------------------------------------------------------------------------------

  private static List<Map<String, Object>> figures(ReportInput in, List<Incident> incidents, long cited, long low) {
    int n = incidents.size();
    List<Map<String, Object>> f = new ArrayList<>();
    f.add(figure("Incidents", Integer.toString(n), low == 0 ? (n == 0 ? "" : "none below confidence 0.5")
        : low + " low confidence"));
    long docs = Math.max(in.documentCount(), cited);
    f.add(figure("Documents", Long.toString(docs), in.documentCount() == 0 && docs > 0
        ? "cited by incidents" : cited + " with incidents"));
    f.add(total("Killed", incidents, Incident::killed, Incident::killedRange));
    f.add(total("Injured", incidents, Incident::injured, Incident::injuredRange));
    f.add(total("Projectiles", incidents, Incident::projectiles, Incident::projectilesRange));
    Set<String> sites = new LinkedHashSet<>();
    Set<String> countries = new LinkedHashSet<>();
    for (Incident i : incidents) {
      if (i.place() != null) {
        sites.add(siteKey(i.place()));
        if (i.place().country() != null) {
          countries.add(i.place().country());
        }
      }
    }
    long unplaced = incidents.stream().filter(i -> i.place() == null).count();
    String note = countries.isEmpty() ? "" : ReportText.count(countries.size(), "country");
    if (unplaced > 0) {
      note += (note.isEmpty() ? "" : "; ") + unplaced + " not placed";
    }
    f.add(figure("Sites", Integer.toString(sites.size()), note));
    return f;
  }

  private static Map<String, Object> total(String label, List<Incident> incidents, Function<Incident, Integer> value,
      Function<Incident, IntRange> range) {
    int n = incidents.size();
    long known = incidents.stream().filter(i -> value.apply(i) != null).count();
    if (known == 0) {
      return figure(label, ReportText.NOT_REPORTED, n == 0 ? "" : "not reported");
    }
    int sum = 0;
    int min = 0;
    int max = 0;
    for (Incident i : incidents) {
      Integer v = value.apply(i);
      if (v == null) {
        continue;
      }
      IntRange r = range.apply(i);
      sum += v;
      min += r == null ? v : Math.min(r.min(), v);
      max += r == null ? v : Math.max(r.max(), v);
    }
    String note = known == n ? "reported for all incidents" : "reported for " + known + " of " + n;
    if (min != max) {
      note += "; sources give " + min + "\u2013" + max;
    }
    return figure(label, Integer.toString(sum), note);
  }

  private static Map<String, Object> figure(String label, String value, String note) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("label", label);
    m.put("value", value);
    m.put("note", note);
    return m;
  }

  // ---- images ------------------------------------------------------------------------------------------------

  /** The pictures as the template takes them (data: URLs). */
  static List<Map<String, Object>> images(List<ReportImage> images) {
    List<Map<String, Object>> out = new ArrayList<>();
    Base64.Encoder b64 = Base64.getEncoder();
    for (ReportImage img : images) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("id", img.id());
      m.put("title", img.title() == null ? img.id() : img.title());
      m.put("caption", img.caption() == null ? "" : img.caption());
      m.put("src", "data:" + img.mediaType() + ";base64," + b64.encodeToString(img.data()));
      out.add(m);
    }
    return out;
  }

  // ---- group tables ------------------------------------------------------------------------------------------

  /** A group of incidents (by site, actor or weapon) with its totals. */
  private static final class Group {
    final String name;
    final List<Incident> incidents = new ArrayList<>();

    Group(String name) {
      this.name = name;
    }
  }

  private static List<Group> group(List<Incident> incidents, Function<Incident, String> key,
      Function<Incident, String> name, Comparator<Group> order) {
    Map<String, Group> groups = new TreeMap<>();
    for (Incident i : incidents) {
      groups.computeIfAbsent(key.apply(i), k -> new Group(name.apply(i))).incidents.add(i);
    }
    List<Group> list = new ArrayList<>(groups.values());
    list.sort(order);
    return list;
  }

  private static Comparator<Group> bySizeThenName(String last) {
    return Comparator.<Group, Boolean>comparing(g -> g.name.equals(last))
        .thenComparing(g -> -g.incidents.size())
        .thenComparing(g -> g.name.toLowerCase(Locale.ROOT))
        .thenComparing(g -> g.name);
  }

  private static Map<String, Object> groupRow(Group g, int total) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", g.name);
    m.put("incidents", g.incidents.size());
    m.put("share", ReportText.percent(g.incidents.size(), total) + "%");
    m.put("killed", sum(g.incidents, Incident::killed, Incident::killedRange));
    m.put("injured", sum(g.incidents, Incident::injured, Incident::injuredRange));
    m.put("projectiles", sum(g.incidents, Incident::projectiles, Incident::projectilesRange));
    LocalDate first = g.incidents.stream().map(Incident::date).filter(Objects::nonNull).min(Comparator.naturalOrder()).orElse(null);
    LocalDate last = g.incidents.stream().map(Incident::date).filter(Objects::nonNull).max(Comparator.naturalOrder()).orElse(null);
    m.put("first", first == null ? ReportText.NOT_REPORTED : ReportText.date(first));
    m.put("last", last == null ? ReportText.NOT_REPORTED : ReportText.date(last));
    m.put("firstSort", first == null ? "" : first.toString());
    m.put("lastSort", last == null ? "" : last.toString());
    return m;
  }

  /** The sum of the known values, with the range of sums where sources disagree: "12 (10–19)", or "—". */
  private static String sum(List<Incident> incidents, Function<Incident, Integer> value,
      Function<Incident, IntRange> range) {
    long sum = 0;
    long min = 0;
    long max = 0;
    boolean any = false;
    for (Incident i : incidents) {
      Integer v = value.apply(i);
      if (v == null) {
        continue;
      }
      any = true;
      IntRange r = range.apply(i);
      sum += v;
      min += r == null ? v : Math.min(r.min(), v);
      max += r == null ? v : Math.max(r.max(), v);
    }
    if (!any) {
      return ReportText.NOT_REPORTED;
    }
    return min == max ? Long.toString(sum) : sum + " (" + min + "–" + max + ")";
  }

  static String siteKey(Place p) {
    return p.gazetteerId() != null ? "g:" + p.gazetteerId() : "n:" + p.name() + "|" + Objects.toString(p.country(), "");
  }

  private static List<Map<String, Object>> bySite(List<Incident> incidents) {
    List<Map<String, Object>> out = new ArrayList<>();
    List<Group> groups = group(incidents, i -> i.place() == null ? "~" : siteKey(i.place()),
        i -> i.place() == null ? NOT_IDENTIFIED : i.place().name(), bySizeThenName(NOT_IDENTIFIED));
    for (Group g : groups) {
      Map<String, Object> m = groupRow(g, incidents.size());
      Place p = g.incidents.get(0).place();
      m.put("detail", p == null ? "" : placeDetail(p));
      out.add(m);
    }
    return out;
  }

  private static List<Map<String, Object>> byActor(List<Incident> incidents) {
    String none = "No actor named";
    List<Map<String, Object>> out = new ArrayList<>();
    for (Group g : group(incidents, i -> i.actor() == null ? "~" : "a:" + i.actor(),
        i -> i.actor() == null ? none : i.actor(), bySizeThenName(none))) {
      Map<String, Object> m = groupRow(g, incidents.size());
      m.put("claimed", g.incidents.stream().filter(i -> i.actorBasis() == ActorBasis.CLAIMED).count());
      m.put("attributed", g.incidents.stream().filter(i -> i.actorBasis() == ActorBasis.ATTRIBUTED).count());
      out.add(m);
    }
    return out;
  }

  private static List<Map<String, Object>> byWeapon(List<Incident> incidents) {
    String unknown = ReportText.capitalised(ReportText.weapon(Weapon.UNKNOWN));
    List<Map<String, Object>> out = new ArrayList<>();
    for (Group g : group(incidents, i -> i.weapon().id(), i -> ReportText.capitalised(ReportText.weapon(i.weapon())),
        bySizeThenName(unknown))) {
      out.add(groupRow(g, incidents.size()));
    }
    return out;
  }

  // ---- incident table ----------------------------------------------------------------------------------------

  /** "site · Al Anbar, Iraq". */
  private static String placeDetail(Place p) {
    List<String> parts = new ArrayList<>();
    if (p.precision() != null) {
      parts.add(p.precision().id());
    } else {
      parts.add("unresolved");
    }
    List<String> where = new ArrayList<>();
    if (p.admin1() != null && !p.admin1().equals(p.name())) {
      where.add(p.admin1());
    }
    String country = ReportText.country(p.country());
    if (country != null && !country.equals(p.name())) {
      where.add(country);
    }
    if (!where.isEmpty()) {
      parts.add(String.join(", ", where));
    }
    return String.join(" \u00b7 ", parts);
  }

  private static List<Map<String, Object>> incidentRows(List<Incident> incidents) {
    List<Map<String, Object>> rows = new ArrayList<>();
    int n = 0;
    for (Incident i : incidents) {
      n++;
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("n", n);
      m.put("id", i.id());
      m.put("anchor", "inc-" + i.id().strip().replaceAll("\\s+", "-"));
      m.put("low", isLow(i));
      m.put("date", ReportText.date(i.date(), i.datePrecision()));
      m.put("dateSort", i.date() == null ? "" : i.date().toString());
      boolean saysPrecision = i.datePrecision() == DatePrecision.DAY || i.date() == null;
      m.put("datePrecision", saysPrecision ? "" : i.datePrecision().id());
      Place p = i.place();
      m.put("place", p == null ? NOT_IDENTIFIED : p.name());
      m.put("placeDetail", p == null ? "" : placeDetail(p));
      m.put("coordinates", p == null || !p.located() ? "" : ReportText.coordinates(p.lat(), p.lon()));
      m.put("weapon", ReportText.capitalised(ReportText.weapon(i.weapon())));
      m.put("projectiles", ReportText.count(i.projectiles(), i.projectilesRange()));
      m.put("projectilesSort", sortKey(i.projectiles()));
      m.put("killed", ReportText.count(i.killed(), i.killedRange()));
      m.put("killedSort", sortKey(i.killed()));
      m.put("injured", ReportText.count(i.injured(), i.injuredRange()));
      m.put("injuredSort", sortKey(i.injured()));
      m.put("actor", i.actor() == null ? "" : i.actor());
      m.put("actorBasis", i.actor() == null && i.actorBasis() == ActorBasis.UNKNOWN ? "" : i.actorBasis().id());
      m.put("target", i.target() == null ? "" : i.target());
      m.put("confidence", ReportText.confidence(i.confidence()));
      List<Map<String, Object>> sources = new ArrayList<>();
      for (SourceRef s : i.sources()) {
        Map<String, Object> sm = new LinkedHashMap<>();
        sm.put("evidence", s.evidence().strip());
        sm.put("doc", s.doc());
        sm.put("label", label(s));
        sm.put("url", safeUrl(s.url()));
        sm.put("published", s.published() == null ? "" : ReportText.date(s.published()));
        sm.put("offsets", s.start() + "\u2013" + s.end());
        sources.add(sm);
      }
      m.put("sources", sources);
      rows.add(m);
    }
    return rows;
  }

  private static String sortKey(Integer v) {
    return v == null ? "" : v.toString();
  }

  /** The document's title when known, else its file name. */
  private static String label(SourceRef s) {
    if (s.title() != null && !s.title().isBlank()) {
      return s.title().strip();
    }
    return s.doc();
  }

  /** The URL when it is a plain http(s) link, else "" (a javascript: or data: URL is never made a link). */
  static String safeUrl(String url) {
    if (url == null) {
      return "";
    }
    String u = url.strip();
    String lower = u.toLowerCase(Locale.ROOT);
    return (lower.startsWith("https://") || lower.startsWith("http://")) && u.chars().noneMatch(Character::isWhitespace)
        ? u : "";
  }

  // ---- sources and issues ------------------------------------------------------------------------------------

  private static List<Map<String, Object>> sources(List<Incident> incidents) {
    Map<String, Map<String, Object>> docs = new TreeMap<>();
    Map<String, Set<String>> incidentIds = new TreeMap<>();
    Map<String, LocalDate> published = new TreeMap<>();
    for (Incident i : incidents) {
      for (SourceRef s : i.sources()) {
        Map<String, Object> m = docs.computeIfAbsent(s.doc(), d -> {
          Map<String, Object> x = new LinkedHashMap<>();
          x.put("doc", d);
          x.put("title", "");
          x.put("url", "");
          x.put("urlText", "");
          x.put("published", "");
          x.put("publishedSort", "");
          return x;
        });
        if (((String) m.get("title")).isEmpty() && s.title() != null && !s.title().isBlank()) {
          m.put("title", s.title().strip());
        }
        if (((String) m.get("urlText")).isEmpty() && s.url() != null && !s.url().isBlank()) {
          m.put("urlText", s.url().strip());
          m.put("url", safeUrl(s.url()));
        }
        if (s.published() != null && !published.containsKey(s.doc())) {
          published.put(s.doc(), s.published());
          m.put("published", ReportText.date(s.published()));
          m.put("publishedSort", s.published().toString());
        }
        incidentIds.computeIfAbsent(s.doc(), d -> new LinkedHashSet<>()).add(i.id());
      }
    }
    List<Map<String, Object>> out = new ArrayList<>();
    for (Map.Entry<String, Map<String, Object>> e : docs.entrySet()) {
      e.getValue().put("incidents", incidentIds.get(e.getKey()).size());
      out.add(e.getValue());
    }
    out.sort(Comparator.<Map<String, Object>, LocalDate>comparing(m -> published.get((String) m.get("doc")),
            Comparator.nullsLast(Comparator.naturalOrder()))
        .thenComparing(m -> (String) m.get("doc")));
    return out;
  }

  private static List<Map<String, Object>> issueGroups(List<Issue> issues) {
    Map<String, List<Issue>> byCode = new TreeMap<>();
    for (Issue i : issues) {
      byCode.computeIfAbsent(i.code() == null ? "other" : i.code(), c -> new ArrayList<>()).add(i);
    }
    List<Map<String, Object>> out = new ArrayList<>();
    for (Map.Entry<String, List<Issue>> e : byCode.entrySet()) {
      Map<String, Object> m = new LinkedHashMap<>();
      List<Issue> list = e.getValue();
      m.put("code", e.getKey());
      m.put("count", list.size());
      List<Map<String, Object>> items = new ArrayList<>();
      for (Issue i : list.subList(0, Math.min(list.size(), ISSUES_PER_CODE))) {
        Map<String, Object> im = new LinkedHashMap<>();
        String where = i.doc() == null ? "" : i.line() > 0 ? i.doc() + ":" + i.line() : i.doc();
        im.put("where", where);
        im.put("message", i.message() == null ? "" : i.message());
        items.add(im);
      }
      m.put("issues", items);
      m.put("more", Math.max(0, list.size() - ISSUES_PER_CODE));
      out.add(m);
    }
    return out;
  }
}
