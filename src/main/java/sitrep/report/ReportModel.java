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

  static final String NOT_IDENTIFIED = "Place not identified";

  static final String NO_ACTOR = "No actor named";

  private ReportModel() {}

  static Map<String, Object> of(ReportInput in) {
    List<Incident> incidents = in.incidents().incidents();
    ReportTotals t = ReportTotals.of(incidents); // the one pass over the incidents; the rows shown are the others
    LocalDate from = in.from() != null ? in.from() : t.firstDate;
    LocalDate to = in.to() != null ? in.to() : t.lastDate;
    long cited = t.docs.size();
    long low = t.low;

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
    m.put("summary", ReportSummary.sentences(incidents, t, from, to));
    m.put("figures", figures(in, t, cited, low));
    m.put("images", images(in.images()));
    List<Map<String, Object>> sites = bySite(t);
    List<Map<String, Object>> actors = byActor(t);
    m.put("siteCount", sites.size());
    m.put("bySite", sites.subList(0, Math.min(sites.size(), MAX_GROUP_ROWS)));
    m.put("actorCount", actors.size());
    m.put("byActor", actors.subList(0, Math.min(actors.size(), MAX_GROUP_ROWS)));
    m.put("maxGroupRows", MAX_GROUP_ROWS);
    m.put("byWeapon", byWeapon(t));
    m.put("incidents", incidentRows(incidents.subList(0, Math.min(incidents.size(), MAX_INCIDENT_ROWS))));
    m.put("incidentsShown", Math.min(incidents.size(), MAX_INCIDENT_ROWS));
    List<Map<String, Object>> sources = sources(t);
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

  private static List<Map<String, Object>> figures(ReportInput in, ReportTotals t, long cited, long low) {
    int n = t.n;
    List<Map<String, Object>> f = new ArrayList<>();
    f.add(figure("Incidents", Integer.toString(n), low == 0 ? (n == 0 ? "" : "none below confidence 0.5")
        : low + " low confidence"));
    long docs = Math.max(in.documentCount(), cited);
    f.add(figure("Documents", Long.toString(docs), in.documentCount() == 0 && docs > 0
        ? "cited by incidents" : cited + " with incidents"));
    f.add(total("Killed", n, t.killed));
    f.add(total("Injured", n, t.injured));
    f.add(total("Projectiles", n, t.projectiles));
    long unplaced = t.unplaced;
    String note = t.countryCount() == 0 ? "" : ReportText.count(t.countryCount(), "country");
    if (unplaced > 0) {
      note += (note.isEmpty() ? "" : "; ") + unplaced + " not placed";
    }
    f.add(figure("Sites", Integer.toString(t.siteKeys.size()), note));
    return f;
  }

  private static Map<String, Object> total(String label, int n, ReportTotals.Total total) {
    long known = total.known;
    if (known == 0) {
      return figure(label, ReportText.NOT_REPORTED, n == 0 ? "" : "not reported");
    }
    String note = known == n ? "reported for all incidents" : "reported for " + known + " of " + n;
    if (total.min != total.max) {
      note += "; sources give " + total.min + "\u2013" + total.max;
    }
    return figure(label, Long.toString(total.sum), note);
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
    return images(images, null);
  }

  /**
   * The pictures as the template takes them, with src a placeholder (prefix, index, "x") instead of the data: URL
   * when a prefix is given.
   */
  static List<Map<String, Object>> images(List<ReportImage> images, String placeholder) {
    List<Map<String, Object>> out = new ArrayList<>();
    Base64.Encoder b64 = Base64.getEncoder();
    for (ReportImage img : images) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("id", img.id());
      m.put("title", img.title() == null ? img.id() : img.title());
      m.put("caption", img.caption() == null ? "" : img.caption());
      m.put("src", placeholder != null ? placeholder + out.size() + "x" : src(img));
      out.add(m);
    }
    return out;
  }

  /** The data: URL of a picture. */
  static String src(ReportImage img) {
    return "data:" + img.mediaType() + ";base64," + Base64.getEncoder().encodeToString(img.data());
  }

  // ---- group tables ------------------------------------------------------------------------------------------

  /** The groups of a table, largest first, then by name; a group named last (the unknown ones) at the end. */
  private static List<ReportTotals.Group> ordered(Map<String, ReportTotals.Group> groups, String last) {
    List<ReportTotals.Group> list = ReportTotals.byKey(groups);
    list.sort(Comparator.<ReportTotals.Group, Boolean>comparing(g -> g.name.equals(last))
        .thenComparing(g -> -g.count)
        .thenComparing(g -> g.name.toLowerCase(Locale.ROOT))
        .thenComparing(g -> g.name));
    return list;
  }

  private static Map<String, Object> groupRow(ReportTotals.Group g, int total) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", g.name);
    m.put("incidents", g.count);
    m.put("share", ReportText.percent(g.count, total) + "%");
    m.put("killed", sum(g.killed));
    m.put("injured", sum(g.injured));
    m.put("projectiles", sum(g.projectiles));
    LocalDate first = g.first;
    LocalDate last = g.last;
    m.put("first", first == null ? ReportText.NOT_REPORTED : ReportText.date(first));
    m.put("last", last == null ? ReportText.NOT_REPORTED : ReportText.date(last));
    m.put("firstSort", first == null ? "" : first.toString());
    m.put("lastSort", last == null ? "" : last.toString());
    return m;
  }

  /** The sum of the known values, with the range of sums where sources disagree: "12 (10–19)", or "—". */
  private static String sum(ReportTotals.Total t) {
    if (t.known == 0) {
      return ReportText.NOT_REPORTED;
    }
    return t.min == t.max ? Long.toString(t.sum) : t.sum + " (" + t.min + "–" + t.max + ")";
  }

  static String siteKey(Place p) {
    return p.gazetteerId() != null ? "g:" + p.gazetteerId() : "n:" + p.name() + "|" + Objects.toString(p.country(), "");
  }

  private static List<Map<String, Object>> bySite(ReportTotals t) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (ReportTotals.Group g : ordered(t.bySite, NOT_IDENTIFIED)) {
      Map<String, Object> m = groupRow(g, t.n);
      Place p = g.firstIncident.place();
      m.put("detail", p == null ? "" : placeDetail(p));
      out.add(m);
    }
    return out;
  }

  private static List<Map<String, Object>> byActor(ReportTotals t) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (ReportTotals.Group g : ordered(t.byActor, NO_ACTOR)) {
      Map<String, Object> m = groupRow(g, t.n);
      m.put("claimed", g.claimed);
      m.put("attributed", g.attributed);
      out.add(m);
    }
    return out;
  }

  private static List<Map<String, Object>> byWeapon(ReportTotals t) {
    String unknown = ReportText.capitalised(ReportText.weapon(Weapon.UNKNOWN));
    List<Map<String, Object>> out = new ArrayList<>();
    for (ReportTotals.Group g : ordered(t.byWeapon, unknown)) {
      out.add(groupRow(g, t.n));
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

  private static List<Map<String, Object>> sources(ReportTotals t) {
    List<ReportTotals.Doc> docs = new ArrayList<>(t.docs.values());
    docs.sort(Comparator.<ReportTotals.Doc, LocalDate>comparing(d -> d.published,
            Comparator.nullsLast(Comparator.naturalOrder()))
        .thenComparing(d -> d.doc));
    List<Map<String, Object>> out = new ArrayList<>();
    for (ReportTotals.Doc d : docs) {
      Map<String, Object> x = new LinkedHashMap<>();
      x.put("doc", d.doc);
      x.put("title", d.title);
      x.put("url", d.url);
      x.put("urlText", d.urlText);
      x.put("published", d.published == null ? "" : ReportText.date(d.published));
      x.put("publishedSort", d.published == null ? "" : d.published.toString());
      x.put("incidents", d.incidents);
      out.add(x);
    }
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
