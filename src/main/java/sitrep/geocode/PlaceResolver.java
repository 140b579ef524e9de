package sitrep.geocode;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import sitrep.model.Place;

/**
 * Ranks the readings of a place name. A score is the sum of a prior for the kind of place, a term for population
 * and context from the document: the words of the sentence (base, airport, embassy, province), the countries and
 * provinces named elsewhere, and the distance to the other places named. Every part is reported as a reason.
 *
 * <p>Stateless apart from indexes built from the gazetteer in the constructor; safe to share between threads.
 */
public final class PlaceResolver {

  static final double NEAR_KM = 100;

  private static final Map<String, Double> KIND_PRIOR = Map.ofEntries(
      Map.entry("military_base", 3.0),
      Map.entry("air_base", 3.0),
      Map.entry("embassy", 3.0),
      Map.entry("consulate", 3.0),
      Map.entry("zone", 3.0),
      Map.entry("airport", 2.5),
      Map.entry("capital", 2.2),
      Map.entry("city", 2.0),
      Map.entry("oil_field", 1.8),
      Map.entry("gas_field", 1.8),
      Map.entry("border_crossing", 1.8),
      Map.entry("port", 1.8),
      Map.entry("town", 1.5),
      Map.entry("strait", 1.5),
      Map.entry("gulf", 1.5),
      Map.entry("sea", 1.5),
      Map.entry("river", 1.2),
      Map.entry("island", 1.2),
      Map.entry("admin1", 1.5),
      Map.entry("country", 5.0),
      Map.entry("region", 0.8),
      Map.entry("village", 0.5));
  private static final double OTHER_PRIOR = 0.3;

  /** Nationality adjectives that name a country. */
  private static final Map<String, String> DEMONYMS = Map.ofEntries(
      Map.entry("iraqi", "IQ"), Map.entry("syrian", "SY"), Map.entry("jordanian", "JO"), Map.entry("yemeni", "YE"),
      Map.entry("saudi", "SA"), Map.entry("emirati", "AE"), Map.entry("kuwaiti", "KW"), Map.entry("qatari", "QA"),
      Map.entry("bahraini", "BH"), Map.entry("omani", "OM"), Map.entry("lebanese", "LB"), Map.entry("iranian", "IR"),
      Map.entry("israeli", "IL"), Map.entry("turkish", "TR"), Map.entry("kurdish", "IQ"), Map.entry("egyptian", "EG"));

  private static final Set<String> BASE_CUES =
      Set.of("base", "bases", "airbase", "airbases", "camp", "garrison", "outpost", "airfield",
      "\u0642\u0627\u0639\u062f\u0629", "\u0627\u0644\u0642\u0627\u0639\u062f\u0629");
  private static final Set<String> AIRPORT_CUES = Set.of("airport", "airports", "terminal", "runway",
      "\u0645\u0637\u0627\u0631", "\u0627\u0644\u0645\u0637\u0627\u0631");
  private static final Set<String> EMBASSY_CUES = Set.of("embassy", "consulate", "diplomatic",
      "\u0627\u0644\u0633\u0641\u0627\u0631\u0629", "\u0633\u0641\u0627\u0631\u0629");
  private static final Set<String> PROVINCE_CUES = Set.of("province", "governorate", "governate", "provinces");
  /** Words too general to tie a site to a place name. */
  private static final Set<String> SITE_NOISE = Set.of(NameNormalizer.BASE, "international", "airport", "us",
      "embassy", "consulate", "united", "states", "american", "zone", "military", "new", "old");

  private final Gazetteer gazetteer;
  /** Site entries (bases, airports, embassies) by each distinctive token key of their names. */
  private final Map<String, List<GazetteerEntry>> sitesByToken = new HashMap<>();

  /**
   * @param gazetteer the gazetteer; never null
   */
  public PlaceResolver(Gazetteer gazetteer) {
    if (gazetteer == null) {
      throw new IllegalArgumentException("gazetteer is null");
    }
    this.gazetteer = gazetteer;
    for (GazetteerEntry e : gazetteer.entries()) {
      if (!Gazetteer.SITE_KINDS.contains(e.kind())) {
        continue;
      }
      Set<String> tokens = new HashSet<>();
      tokens.addAll(NameNormalizer.nameKeys(e.name()));
      for (String a : e.aliases()) {
        tokens.addAll(NameNormalizer.nameKeys(a));
      }
      for (String t : tokens) {
        if (t.length() >= 3 && !SITE_NOISE.contains(t)) {
          sitesByToken.computeIfAbsent(t, k -> new ArrayList<>()).add(e);
        }
      }
    }
  }

  /**
   * Ranks the entries of one match using the whole document as context.
   *
   * @param match the match to rank; never null
   * @param documentText the text the match offsets refer to; never null
   * @param allMatchesInDocument every place match of the document (may include {@code match}); never null
   * @return the candidates, best first; never null; may include sites the sentence points to (the airport of a
   *     city named next to the word airport) that were not in the match
   */
  public List<Candidate> rank(
      NameMatch<GazetteerEntry> match, String documentText, List<NameMatch<GazetteerEntry>> allMatchesInDocument) {
    Context ctx = new Context(match, documentText, allMatchesInDocument);
    Map<String, GazetteerEntry> pool = new LinkedHashMap<>();
    for (GazetteerEntry e : match.entries()) {
      pool.put(e.id(), e);
    }
    Set<String> expanded = new HashSet<>();
    if (ctx.baseCue || ctx.airportCue || ctx.embassyCue) {
      for (GazetteerEntry site : sitesNamed(match)) {
        if (pool.containsKey(site.id()) || !fitsCue(site, ctx) || !closeToAny(site, match.entries())) {
          continue;
        }
        pool.put(site.id(), site);
        expanded.add(site.id());
      }
    }
    Set<String> provinceCountries = new HashSet<>();
    for (GazetteerEntry e : pool.values()) {
      if (e.kind().equals("admin1") && !e.country().isEmpty()) {
        provinceCountries.add(e.country());
      }
    }
    List<Candidate> out = new ArrayList<>();
    for (GazetteerEntry e : pool.values()) {
      boolean aliasOfProvince = e.kind().equals("country") && provinceCountries.contains(e.country())
          && !gazetteer.isMainOrVettedName(e, ctx.surfaceKey);
      out.add(score(e, ctx, expanded.contains(e.id()), aliasOfProvince));
    }
    out = preferCuratedDuplicates(out);
    out.sort(ORDER);
    return out;
  }

  /**
   * When a curated site ({@code site:}) and another entry describe the same place (same kind family, within 1.5 km:
   * an OurAirports air base and the curated base), the curated one takes the better score, so the same place gets
   * the same gazetteer id whichever name the text used.
   */
  private static List<Candidate> preferCuratedDuplicates(List<Candidate> in) {
    List<Candidate> out = new ArrayList<>(in.size());
    for (Candidate c : in) {
      Candidate best = c;
      if (c.entry().id().startsWith("site:")) {
        for (Candidate o : in) {
          if (o != c && o.score() + 0.2 > best.score() && sameSite(c.entry(), o.entry())) {
            List<String> reasons = new ArrayList<>(c.reasons());
            reasons.add("same place as " + o.entry().id() + ", scored " + fmt(o.score()) + " +0.2");
            best = new Candidate(c.entry(), Math.round((o.score() + 0.2) * 1000) / 1000.0, reasons);
          }
        }
      }
      out.add(best);
    }
    return out;
  }

  private static boolean sameSite(GazetteerEntry a, GazetteerEntry b) {
    return family(a.kind()).equals(family(b.kind())) && distanceKm(a.lat(), a.lon(), b.lat(), b.lon()) <= 1.5;
  }

  private static String family(String kind) {
    return switch (kind) {
      case "air_base", "airport", "military_base" -> "base";
      default -> kind;
    };
  }

  private static final Comparator<Candidate> ORDER = Comparator.comparingDouble(Candidate::score).reversed()
      .thenComparing(c -> -c.entry().population())
      .thenComparing(c -> c.entry().id());

  private List<GazetteerEntry> sitesNamed(NameMatch<GazetteerEntry> match) {
    List<String> keys = new ArrayList<>(NameNormalizer.nameKeys(match.surface()));
    keys.removeIf(k -> k.equals(NameNormalizer.BASE) || SITE_NOISE.contains(k));
    if (keys.isEmpty()) {
      return List.of();
    }
    List<GazetteerEntry> first = sitesByToken.getOrDefault(keys.get(0), List.of());
    if (keys.size() == 1) {
      return first;
    }
    List<GazetteerEntry> out = new ArrayList<>();
    for (GazetteerEntry e : first) {
      Set<String> tokens = new HashSet<>(NameNormalizer.nameKeys(e.name()));
      for (String a : e.aliases()) {
        tokens.addAll(NameNormalizer.nameKeys(a));
      }
      if (tokens.containsAll(keys)) {
        out.add(e);
      }
    }
    return out;
  }

  private static boolean fitsCue(GazetteerEntry site, Context ctx) {
    return switch (site.kind()) {
      case "airport" -> ctx.airportCue || ctx.baseCue;
      case "air_base", "military_base" -> ctx.baseCue || ctx.airportCue;
      case "embassy", "consulate" -> ctx.embassyCue;
      default -> false;
    };
  }

  private static boolean closeToAny(GazetteerEntry site, List<GazetteerEntry> entries) {
    for (GazetteerEntry e : entries) {
      double limit = switch (e.precision()) {
        case COUNTRY -> 1500;
        case ADMIN1 -> 250;
        default -> 60;
      };
      if (distanceKm(site.lat(), site.lon(), e.lat(), e.lon()) <= limit) {
        return true;
      }
    }
    return false;
  }

  /**
   * @param aliasOfProvince the entry is a country read through an alias that also names one of its provinces ("Gaza
   *     Strip" for Palestine): the province is meant
   */
  private Candidate score(GazetteerEntry e, Context ctx, boolean expanded, boolean aliasOfProvince) {
    List<String> reasons = new ArrayList<>();
    double prior = KIND_PRIOR.getOrDefault(e.kind(), OTHER_PRIOR);
    double s = prior;
    reasons.add("kind " + e.kind() + " +" + fmt(prior));
    if (aliasOfProvince) {
      s -= 4;
      reasons.add("the name is an alias of the country and names one of its provinces -4");
    }
    if (e.population() > 0) {
      double p = 0.4 * Math.log10(1 + e.population());
      s += p;
      reasons.add("population " + e.population() + " +" + fmt(p));
    }
    if (expanded) {
      s += 1;
      reasons.add("sentence names " + e.kind().replace('_', ' ') + " " + e.name() + " +1");
    } else if (gazetteer.isMainOrVettedName(e, ctx.surfaceKey)) {
      s += 1.5;
      reasons.add("main name +1.5");
    }
    if (e.id().startsWith("site:")) {
      s += 0.2;
      reasons.add("curated site +0.2");
    }
    if (Gazetteer.inRegion(e)) {
      s += 1;
      reasons.add("in the Middle East +1");
    }
    String kind = e.kind();
    if (ctx.baseCue && (kind.equals("military_base") || kind.equals("air_base"))) {
      s += 3;
      reasons.add("sentence says base +3");
    } else if (ctx.baseCue && kind.equals("airport")) {
      s += 2.5;
      reasons.add("sentence says air base +2.5");
    }
    if (ctx.airportCue && kind.equals("airport")) {
      s += 3;
      reasons.add("sentence says airport +3");
    } else if (ctx.airportCue && kind.equals("air_base")) {
      s += 1;
      reasons.add("sentence says airport +1");
    }
    if (ctx.embassyCue && (kind.equals("embassy") || kind.equals("consulate"))) {
      s += 3;
      reasons.add("sentence says embassy +3");
    }
    if (ctx.provinceCue && kind.equals("admin1")) {
      s += 4;
      reasons.add("text says province +4");
    } else if (ctx.provinceCue && e.precision() == sitrep.model.PlacePrecision.CITY) {
      s -= 2;
      reasons.add("text says province, not a town -2");
    }
    if (!kind.equals("country") && !e.country().isEmpty() && ctx.countries.contains(e.country())) {
      s += 1;
      reasons.add("country " + e.country() + " named in document +1");
    }
    if (!kind.equals("admin1") && !kind.equals("country") && !e.admin1().isEmpty()) {
      String a = admin1Key(e.admin1());
      if (ctx.admin1Keys.contains(a) && !ctx.ownKeys.contains(a)) {
        s += 2;
        reasons.add("province " + e.admin1() + " named in document +2");
      }
    }
    if (e.precision() == sitrep.model.PlacePrecision.SITE || e.precision() == sitrep.model.PlacePrecision.CITY) {
      String nearName = null;
      double nearest = Double.MAX_VALUE;
      for (GazetteerEntry o : ctx.points) {
        if (o.id().equals(e.id())) {
          continue;
        }
        double d = distanceKm(e.lat(), e.lon(), o.lat(), o.lon());
        if (d < nearest) {
          nearest = d;
          nearName = o.name();
        }
      }
      if (nearName != null && nearest < NEAR_KM) {
        s += 1.5;
        reasons.add("within " + (int) NEAR_KM + " km of " + nearName + " +1.5");
      }
    }
    return new Candidate(e, Math.round(s * 1000) / 1000.0, reasons);
  }

  /** Province names are few; their keys are worked out once. */
  private static final java.util.concurrent.ConcurrentHashMap<String, String> ADMIN1_KEYS =
      new java.util.concurrent.ConcurrentHashMap<>();

  private static String admin1Key(String admin1) {
    return ADMIN1_KEYS.computeIfAbsent(admin1, a ->
        String.join(" ", NameNormalizer.nameKeys(a.replaceAll("(?i)\\b(governorate|province|muhafazat)\\b", ""))));
  }

  private static final java.util.regex.Pattern PROVINCE_AFTER =
      java.util.regex.Pattern.compile("[\\s,]*(province|governorate|governate|region)\\b");
  private static final java.util.regex.Pattern PROVINCE_BEFORE =
      java.util.regex.Pattern.compile("\\b(province|governorate) of\\s+$");

  /** What the document says around one match. */
  private final class Context {
    boolean baseCue;
    boolean airportCue;
    boolean embassyCue;
    boolean provinceCue;
    final Set<String> countries = new HashSet<>();
    final Set<String> admin1Keys = new HashSet<>();
    /** Keys of the match itself, so a province is not boosted for naming itself. */
    final Set<String> ownKeys = new HashSet<>();
    /** The likeliest point reading of every other match. */
    final List<GazetteerEntry> points = new ArrayList<>();

    /** Normalised key of the match surface. */
    final String surfaceKey;

    Context(NameMatch<GazetteerEntry> match, String text, List<NameMatch<GazetteerEntry>> all) {
      surfaceKey = String.join(" ", NameNormalizer.nameKeys(match.surface()));
      ownKeys.add(surfaceKey);
      int from = sentenceStart(text, match.start());
      int to = sentenceEnd(text, match.end());
      readCues(text.substring(from, match.start()), text.substring(match.end(), to), match.surface());
      String after = text.substring(match.end(), Math.min(text.length(), match.end() + 16)).toLowerCase(Locale.ROOT);
      String before = text.substring(Math.max(0, match.start() - 16), match.start()).toLowerCase(Locale.ROOT);
      provinceCue = PROVINCE_AFTER.matcher(after).lookingAt() || PROVINCE_BEFORE.matcher(before).find();
      for (Contribution c : contributions(all)) {
        if (c.start() == match.start() && c.end() == match.end()) {
          continue; // the match itself
        }
        countries.addAll(c.countries());
        admin1Keys.addAll(c.admin1Keys());
        if (c.point() != null) {
          points.add(c.point());
        }
      }
      countries.addAll(demonymCountries(text));
    }

    private void readCues(String before, String after, String surface) {
      for (String w : words(before + " " + surface + " " + after)) {
        if (BASE_CUES.contains(w)) {
          baseCue = true;
        } else if (AIRPORT_CUES.contains(w)) {
          airportCue = true;
        } else if (EMBASSY_CUES.contains(w)) {
          embassyCue = true;
        }
      }
      String all = (before + " " + surface + " " + after).toLowerCase(Locale.ROOT);
      if (all.contains("air base") || all.contains("air field") || all.contains("air station")) {
        baseCue = true;
      }
    }
  }

  /** What one match of a document tells the others: the countries and provinces it names, its likeliest point. */
  private record Contribution(int start, int end, List<String> countries, List<String> admin1Keys,
      GazetteerEntry point) {}

  /** The last document's contributions, per thread: every match of a document asks for the same list. */
  private static final ThreadLocal<Object[]> LAST_CONTRIBUTIONS = new ThreadLocal<>();

  private static List<Contribution> contributions(List<NameMatch<GazetteerEntry>> all) {
    Object[] last = LAST_CONTRIBUTIONS.get();
    if (last != null && last[0] == all) {
      @SuppressWarnings("unchecked")
      List<Contribution> cached = (List<Contribution>) last[1];
      return cached;
    }
    List<Contribution> out = new ArrayList<>(all.size());
    for (NameMatch<GazetteerEntry> m : all) {
      List<String> countries = new ArrayList<>();
      List<String> admin1Keys = new ArrayList<>();
      GazetteerEntry best = null;
      double bestPrior = -1;
      for (GazetteerEntry e : m.entries()) {
        if (e.kind().equals("country")) {
          countries.add(e.country().isEmpty() ? e.id().replace("cc:", "") : e.country());
        } else if (e.kind().equals("admin1")) {
          admin1Keys.add(nameKey(e.name()));
          if (!e.admin1().isEmpty()) {
            admin1Keys.add(admin1Key(e.admin1()));
          }
          for (String a : e.aliases()) {
            admin1Keys.add(admin1Key(a));
          }
          if (!e.country().isEmpty()) {
            countries.add(e.country());
          }
        }
        double p = KIND_PRIOR.getOrDefault(e.kind(), OTHER_PRIOR) + 0.4 * Math.log10(1 + e.population());
        if (p > bestPrior) {
          bestPrior = p;
          best = e;
        }
      }
      boolean point = best != null && (best.precision() == sitrep.model.PlacePrecision.SITE
          || best.precision() == sitrep.model.PlacePrecision.CITY);
      out.add(new Contribution(m.start(), m.end(), countries, admin1Keys, point ? best : null));
    }
    LAST_CONTRIBUTIONS.set(new Object[] {all, out});
    return out;
  }

  /** Province names are few: their name keys are worked out once. */
  private static final java.util.concurrent.ConcurrentHashMap<String, String> NAME_KEYS =
      new java.util.concurrent.ConcurrentHashMap<>();

  private static String nameKey(String name) {
    return NAME_KEYS.computeIfAbsent(name, n -> String.join(" ", NameNormalizer.nameKeys(n)));
  }

  /** The last document's nationality words, per thread: every match of a document asks for the same text. */
  private static final ThreadLocal<Object[]> LAST_DEMONYMS = new ThreadLocal<>();

  private static Set<String> demonymCountries(String text) {
    Object[] last = LAST_DEMONYMS.get();
    if (last != null && last[0] == text) {
      @SuppressWarnings("unchecked")
      Set<String> cached = (Set<String>) last[1];
      return cached;
    }
    Set<String> found = new HashSet<>();
    for (String w : words(text)) {
      String cc = DEMONYMS.get(w);
      if (cc != null) {
        found.add(cc);
      }
    }
    LAST_DEMONYMS.set(new Object[] {text, found});
    return found;
  }

  private static List<String> words(String s) {
    List<String> out = new ArrayList<>();
    int i = 0;
    int n = s.length();
    while (i < n) {
      while (i < n && !Character.isLetter(s.charAt(i))) {
        i++;
      }
      int b = i;
      while (i < n && Character.isLetter(s.charAt(i))) {
        i++;
      }
      if (i > b) {
        out.add(s.substring(b, i).toLowerCase(Locale.ROOT));
      }
    }
    return out;
  }

  static int sentenceStart(String text, int at) {
    int i = Math.min(at, text.length()) - 1;
    while (i >= 0) {
      char c = text.charAt(i);
      if (c == '\n' || ((c == '.' || c == '!' || c == '?') && (i + 1 >= text.length()
          || Character.isWhitespace(text.charAt(i + 1))))) {
        return i + 1;
      }
      i--;
    }
    return 0;
  }

  static int sentenceEnd(String text, int at) {
    int i = at;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '\n' || ((c == '.' || c == '!' || c == '?') && (i + 1 >= text.length()
          || Character.isWhitespace(text.charAt(i + 1))))) {
        return i;
      }
      i++;
    }
    return text.length();
  }

  /**
   * Ranked gazetteer entries for a name, as {@code sitrep gazetteer lookup NAME} shows them: exact normalised
   * matches first, then spellings a few letters away.
   *
   * @param name the name; never null
   * @param countryOrNull ISO alpha-2 code to restrict to, or null
   * @param limit the most candidates to return, at least 1
   * @return the candidates, best first; never null
   */
  public List<Candidate> lookup(String name, String countryOrNull, int limit) {
    if (name == null || name.isBlank()) {
      return List.of();
    }
    TokenStream ts = NameNormalizer.tokenize(name);
    if (ts.size == 0) {
      return List.of();
    }
    String key = ts.spanKey(0, ts.size - 1);
    String cc = countryOrNull == null || countryOrNull.isBlank() ? null : countryOrNull.trim().toUpperCase(Locale.ROOT);
    Map<String, Candidate> best = new HashMap<>();
    int allowed = NameIndex.allowedEdits(key.length());
    NameIndex.Terminal[] path = gazetteer.placeIndex().exactPath(ts);
    if (path != null) {
      for (NameIndex.Terminal t : path) {
        int d = t.exactKey.equals(key) ? 0 : NameIndex.editDistance(key, t.exactKey, allowed);
        if (d <= allowed) {
          addLookup(best, t, d, cc);
        }
      }
    }
    if (best.size() < limit && allowed > 0) {
      for (NameIndex.Terminal t : gazetteer.placeIndex().terminals()) {
        int d = NameIndex.editDistance(key, t.exactKey, allowed);
        if (d > 0 && d <= allowed) {
          addLookup(best, t, d, cc);
        }
      }
    }
    List<Candidate> out = new ArrayList<>(best.values());
    out.sort(ORDER);
    return out.size() > limit ? List.copyOf(out.subList(0, Math.max(0, limit))) : out;
  }

  private void addLookup(Map<String, Candidate> best, NameIndex.Terminal t, int edits, String cc) {
    for (int i = 0; i < t.count; i++) {
      GazetteerEntry e = gazetteer.entries().get(t.ids[i]);
      if (cc != null && !cc.equalsIgnoreCase(e.country())) {
        continue;
      }
      List<String> reasons = new ArrayList<>();
      double prior = KIND_PRIOR.getOrDefault(e.kind(), OTHER_PRIOR);
      double s = prior;
      reasons.add(edits == 0 ? "same name" : "spelling differs by " + edits + " -" + edits);
      s -= edits;
      reasons.add("kind " + e.kind() + " +" + fmt(prior));
      if (e.population() > 0) {
        double p = 0.4 * Math.log10(1 + e.population());
        s += p;
        reasons.add("population " + e.population() + " +" + fmt(p));
      }
      Candidate c = new Candidate(e, Math.round(s * 1000) / 1000.0, reasons);
      Candidate old = best.get(e.id());
      if (old == null || old.score() < c.score()) {
        best.put(e.id(), c);
      }
    }
  }

  /**
   * The model place for an entry.
   *
   * @param e the entry; never null
   * @return the place with the entry's name, point, country, admin1, precision and id
   */
  public static Place toPlace(GazetteerEntry e) {
    return new Place(e.name(), e.lat(), e.lon(), e.country().isEmpty() ? null : e.country(),
        e.admin1().isEmpty() ? null : e.admin1(), e.precision(), e.id());
  }

  /** Great-circle distance in kilometres. */
  static double distanceKm(double lat1, double lon1, double lat2, double lon2) {
    double p1 = Math.toRadians(lat1);
    double p2 = Math.toRadians(lat2);
    double dp = p2 - p1;
    double dl = Math.toRadians(lon2 - lon1);
    double a = Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
    return 6371.0 * 2 * Math.atan2(Math.sqrt(a), Math.sqrt(1 - a));
  }

  /** {@code String.format("%.1f")} without the formatter (it ran for every match and showed in profiles). */
  static String fmt(double d) {
    long tenths = Math.round(Math.abs(d) * 10);
    return (d < 0 && tenths > 0 ? "-" : "") + tenths / 10 + "." + tenths % 10;
  }
}
