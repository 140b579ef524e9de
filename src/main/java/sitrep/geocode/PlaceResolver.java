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
  /** The token keys of every name of each site entry (by identity), worked out once. */
  private final Map<GazetteerEntry, Set<String>> siteTokens = new java.util.IdentityHashMap<>();

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
      siteTokens.put(e, tokens);
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
    return rank(match, document(documentText, allMatchesInDocument), true);
  }

  /**
   * As {@link #rank(NameMatch, String, List)} with the document's part of the context worked out once
   * ({@link #document}), and without the reasons (every candidate's list is empty): the same candidates, scores and
   * order, for callers that only use the ranking.
   */
  public List<Candidate> rankWithoutReasons(NameMatch<GazetteerEntry> match, DocumentContext document) {
    return rank(match, document, false);
  }

  private List<Candidate> rank(NameMatch<GazetteerEntry> match, DocumentContext doc, boolean explain) {
    Context ctx = new Context(match, doc);
    List<GazetteerEntry> entries = match.entries();
    Map<String, GazetteerEntry> pool = new LinkedHashMap<>();
    for (GazetteerEntry e : entries) {
      pool.put(e.id(), e);
    }
    Set<String> expanded = null;
    if (ctx.baseCue || ctx.airportCue || ctx.embassyCue) {
      for (GazetteerEntry site : sitesNamed(ctx.surfaceKeys)) {
        if (pool.containsKey(site.id()) || !fitsCue(site, ctx) || !closeToAny(site, entries)) {
          continue;
        }
        pool.put(site.id(), site);
        if (expanded == null) {
          expanded = new HashSet<>();
        }
        expanded.add(site.id());
      }
    }
    Set<String> provinceCountries = null;
    for (GazetteerEntry e : pool.values()) {
      if (e.kind().equals("admin1") && !e.country().isEmpty()) {
        if (provinceCountries == null) {
          provinceCountries = new HashSet<>();
        }
        provinceCountries.add(e.country());
      }
    }
    List<Candidate> out = new ArrayList<>(pool.size());
    for (GazetteerEntry e : pool.values()) {
      boolean aliasOfProvince = provinceCountries != null && e.kind().equals("country")
          && provinceCountries.contains(e.country()) && !gazetteer.isMainOrVettedName(e, ctx.surfaceKey);
      out.add(score(e, ctx, expanded != null && expanded.contains(e.id()), aliasOfProvince, explain));
    }
    out = preferCuratedDuplicates(out, explain);
    if (out.size() > 1) {
      out.sort(ORDER);
    }
    return out;
  }

  /**
   * When a curated site ({@code site:}) and another entry describe the same place (same kind family, within 1.5 km:
   * an OurAirports air base and the curated base), the curated one takes the better score, so the same place gets
   * the same gazetteer id whichever name the text used.
   */
  private static List<Candidate> preferCuratedDuplicates(List<Candidate> in, boolean explain) {
    if (in.size() < 2) {
      return in;
    }
    List<Candidate> out = new ArrayList<>(in.size());
    for (Candidate c : in) {
      Candidate best = c;
      if (c.entry().id().startsWith("site:")) {
        for (Candidate o : in) {
          if (o != c && o.score() + 0.2 > best.score() && sameSite(c.entry(), o.entry())) {
            List<String> reasons = List.of();
            if (explain) {
              reasons = new ArrayList<>(c.reasons());
              reasons.add("same place as " + o.entry().id() + ", scored " + fmt(o.score()) + " +0.2");
            }
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

  private List<GazetteerEntry> sitesNamed(List<String> surfaceKeys) {
    List<String> keys = new ArrayList<>(surfaceKeys);
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
      Set<String> tokens = siteTokens.get(e);
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
   * @param explain whether to write the reasons (the score is the same either way)
   */
  private Candidate score(GazetteerEntry e, Context ctx, boolean expanded, boolean aliasOfProvince, boolean explain) {
    List<String> reasons = explain ? new ArrayList<>() : null;
    double prior = KIND_PRIOR.getOrDefault(e.kind(), OTHER_PRIOR);
    double s = prior;
    if (explain) {
      reasons.add("kind " + e.kind() + " +" + fmt(prior));
    }
    if (aliasOfProvince) {
      s -= 4;
      if (explain) {
        reasons.add("the name is an alias of the country and names one of its provinces -4");
      }
    }
    if (e.population() > 0) {
      double p = 0.4 * Math.log10(1 + e.population());
      s += p;
      if (explain) {
        reasons.add("population " + e.population() + " +" + fmt(p));
      }
    }
    if (expanded) {
      s += 1;
      if (explain) {
        reasons.add("sentence names " + e.kind().replace('_', ' ') + " " + e.name() + " +1");
      }
    } else if (gazetteer.isMainOrVettedName(e, ctx.surfaceKey)) {
      s += 1.5;
      if (explain) {
        reasons.add("main name +1.5");
      }
    }
    if (e.id().startsWith("site:")) {
      s += 0.2;
      if (explain) {
        reasons.add("curated site +0.2");
      }
    }
    if (Gazetteer.inRegion(e)) {
      s += 1;
      if (explain) {
        reasons.add("in the Middle East +1");
      }
    }
    String kind = e.kind();
    if (ctx.baseCue && (kind.equals("military_base") || kind.equals("air_base"))) {
      s += 3;
      if (explain) {
        reasons.add("sentence says base +3");
      }
    } else if (ctx.baseCue && kind.equals("airport")) {
      s += 2.5;
      if (explain) {
        reasons.add("sentence says air base +2.5");
      }
    }
    if (ctx.airportCue && kind.equals("airport")) {
      s += 3;
      if (explain) {
        reasons.add("sentence says airport +3");
      }
    } else if (ctx.airportCue && kind.equals("air_base")) {
      s += 1;
      if (explain) {
        reasons.add("sentence says airport +1");
      }
    }
    if (ctx.embassyCue && (kind.equals("embassy") || kind.equals("consulate"))) {
      s += 3;
      if (explain) {
        reasons.add("sentence says embassy +3");
      }
    }
    if (ctx.provinceCue && kind.equals("admin1")) {
      s += 4;
      if (explain) {
        reasons.add("text says province +4");
      }
    } else if (ctx.provinceCue && e.precision() == sitrep.model.PlacePrecision.CITY) {
      s -= 2;
      if (explain) {
        reasons.add("text says province, not a town -2");
      }
    }
    if (!kind.equals("country") && !e.country().isEmpty() && ctx.namesCountry(e.country())) {
      s += 1;
      if (explain) {
        reasons.add("country " + e.country() + " named in document +1");
      }
    }
    if (!kind.equals("admin1") && !kind.equals("country") && !e.admin1().isEmpty()) {
      String a = admin1Key(e.admin1());
      if (!a.equals(ctx.surfaceKey) && ctx.namesProvince(a)) {
        s += 2;
        if (explain) {
          reasons.add("province " + e.admin1() + " named in document +2");
        }
      }
    }
    if (e.precision() == sitrep.model.PlacePrecision.SITE || e.precision() == sitrep.model.PlacePrecision.CITY) {
      String nearName = ctx.nearestPoint(e, explain);
      if (nearName != null) {
        s += 1.5;
        if (explain) {
          reasons.add("within " + (int) NEAR_KM + " km of " + nearName + " +1.5");
        }
      }
    }
    return new Candidate(e, Math.round(s * 1000) / 1000.0, explain ? reasons : List.of());
  }

  /** Province names are few; their keys are worked out once. */
  private static final java.util.concurrent.ConcurrentHashMap<String, String> ADMIN1_KEYS =
      new java.util.concurrent.ConcurrentHashMap<>();

  private static String admin1Key(String admin1) {
    return ADMIN1_KEYS.computeIfAbsent(admin1, a ->
        String.join(" ", NameNormalizer.nameKeys(a.replaceAll("(?i)\\b(governorate|province|muhafazat)\\b", ""))));
  }

  private static final java.util.regex.Pattern PROVINCE_AFTER =
      java.util.regex.Pattern.compile("[\\s,]*(province|governorate|governate|region|countryside)\\b");
  private static final java.util.regex.Pattern PROVINCE_BEFORE =
      java.util.regex.Pattern.compile("\\b(?:(?:province|governorate|countryside) of\\s+(?:the\\s+)?|rural\\s+)$");

  /**
   * The part of the context that depends on the document only: what every match tells the others, and the
   * countries named by nationality words. Worked out once per document; immutable.
   */
  public static final class DocumentContext {
    final String text;
    final List<NameMatch<GazetteerEntry>> all;
    final Contribution[] contributions;
    /** How many times each country appears over all contributions. */
    final Map<String, Integer> countryCounts = new HashMap<>();
    /** How many times each province key appears over all contributions. */
    final Map<String, Integer> admin1Counts = new HashMap<>();
    /** The countries named by nationality words of the text. */
    final Set<String> demonyms = new HashSet<>();
    /** Offsets of the sentence ends ({@link #sentenceStart}, {@link #sentenceEnd}), ascending. */
    private int[] bounds = new int[16];
    private int boundCount;
    /** The runs of letters of the text that are cue words: start, end (ascending, not overlapping) and cue. */
    private int[] cueStart = new int[8];
    private int[] cueEnd = new int[8];
    private byte[] cueKind = new byte[8];
    private int cueCount;
    /** Start and end offsets of the base phrases ({@link #BASE_PHRASES}) in the text, in any case, ascending. */
    private int[] phraseStart = new int[4];
    private int[] phraseEnd = new int[4];
    private int phraseCount;
    /** The keys of each surface, worked out once per document. */
    private final Map<String, SurfaceKeys> surfaceKeys = new HashMap<>();

    DocumentContext(String text, List<NameMatch<GazetteerEntry>> all) {
      this.text = text;
      this.all = all;
      this.contributions = contributions(all);
      for (Contribution c : contributions) {
        for (String cc : c.countries()) {
          countryCounts.merge(cc, 1, Integer::sum);
        }
        for (String k : c.admin1Keys()) {
          admin1Counts.merge(k, 1, Integer::sum);
        }
      }
      scan();
    }

    /**
     * One pass over the text: sentence ends, nationality words and cue words (every run of letters, lower-cased, as
     * the ranking reads words; runs of ASCII letters compared without making strings), and the base phrases.
     */
    private void scan() {
      String s = text;
      int n = s.length();
      int i = 0;
      while (i < n) {
        char c = s.charAt(i);
        boolean letter = c < 128 ? (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') : Character.isLetter(c);
        if (!letter) {
          if (c == '\n' || ((c == '.' || c == '!' || c == '?') && (i + 1 >= n || Character.isWhitespace(s.charAt(i + 1))))) {
            if (boundCount == bounds.length) {
              bounds = java.util.Arrays.copyOf(bounds, boundCount * 2);
            }
            bounds[boundCount++] = i;
          }
          if ((c == ' ') && i >= 3 && i + 4 < n) {
            phraseAt(i - 3);
          }
          i++;
          continue;
        }
        int b = i;
        boolean ascii = true;
        while (i < n) {
          char d = s.charAt(i);
          if (d < 128) {
            if (!((d >= 'a' && d <= 'z') || (d >= 'A' && d <= 'Z'))) {
              break;
            }
          } else if (Character.isLetter(d)) {
            ascii = false;
          } else {
            break;
          }
          i++;
        }
        int cue;
        if (ascii) {
          demonymAscii(s, b, i, demonyms);
          cue = asciiCue(s, b, i);
        } else {
          String w = s.substring(b, i).toLowerCase(Locale.ROOT);
          String cc = DEMONYMS.get(w);
          if (cc != null) {
            demonyms.add(cc);
          }
          cue = cue(w);
        }
        if (cue != 0) {
          if (cueCount == cueStart.length) {
            cueStart = java.util.Arrays.copyOf(cueStart, cueCount * 2);
            cueEnd = java.util.Arrays.copyOf(cueEnd, cueCount * 2);
            cueKind = java.util.Arrays.copyOf(cueKind, cueCount * 2);
          }
          cueStart[cueCount] = b;
          cueEnd[cueCount] = i;
          cueKind[cueCount] = (byte) cue;
          cueCount++;
        }
      }
    }

    /** Records a base phrase starting at {@code p} ("air" then the space looked at), if there is one. */
    private void phraseAt(int p) {
      if (!asciiEqualsLower(text, p, "air")) {
        return;
      }
      for (String rest : PHRASE_RESTS) {
        if (p + 4 + rest.length() <= text.length() && asciiEqualsLower(text, p + 4, rest)) {
          if (phraseCount == phraseStart.length) {
            phraseStart = java.util.Arrays.copyOf(phraseStart, phraseCount * 2);
            phraseEnd = java.util.Arrays.copyOf(phraseEnd, phraseCount * 2);
          }
          phraseStart[phraseCount] = p;
          phraseEnd[phraseCount] = p + 4 + rest.length();
          phraseCount++;
          return;
        }
      }
    }

    /** {@link PlaceResolver#sentenceStart} of the text. */
    int sentenceStart(int at) {
      int limit = Math.min(at, text.length());
      int k = lowerBound(bounds, boundCount, limit) - 1; // the last end before limit
      return k < 0 ? 0 : bounds[k] + 1;
    }

    /** {@link PlaceResolver#sentenceEnd} of the text. */
    int sentenceEnd(int at) {
      int k = lowerBound(bounds, boundCount, at);
      return k < boundCount ? bounds[k] : text.length();
    }

    /** Whether a base phrase lies wholly in text[lo, hi). */
    boolean phraseIn(int lo, int hi) {
      int k = lowerBound(phraseStart, phraseCount, lo);
      return k < phraseCount && phraseEnd[k] <= hi;
    }

    SurfaceKeys surfaceKeys(String surface) {
      SurfaceKeys k = surfaceKeys.get(surface);
      if (k == null) {
        List<String> keys = NameNormalizer.nameKeys(surface);
        k = new SurfaceKeys(keys, String.join(" ", keys));
        surfaceKeys.put(surface, k);
      }
      return k;
    }
  }

  /** The keys of a surface, and the same joined by spaces. */
  private record SurfaceKeys(List<String> keys, String joined) {}

  /** The first index of the ascending a[0, n) holding a value >= key; n when none. */
  private static int lowerBound(int[] a, int n, int key) {
    int lo = 0;
    int hi = n;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (a[mid] < key) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** The phrases that say base: "air" and a space, then one of these. */
  private static final String[] PHRASE_RESTS = {"base", "field", "station"};

  /**
   * The document part of the context of {@code text} and its matches, for {@link #rankWithoutReasons}.
   *
   * @param text the document text; never null
   * @param all every place match of the document; never null
   */
  public DocumentContext document(String text, List<NameMatch<GazetteerEntry>> all) {
    DocumentContext last = LAST_DOCUMENT.get();
    if (last != null && last.text == text && last.all == all) {
      return last;
    }
    DocumentContext d = new DocumentContext(text, all);
    LAST_DOCUMENT.set(d);
    return d;
  }

  /**
   * The cues read around a match, as bits: 1 base, 2 airport, 4 embassy, 8 province (for tests, which compare them
   * with the words read from the sentence string).
   */
  static int cueBits(NameMatch<GazetteerEntry> match, DocumentContext doc) {
    Context c = new Context(match, doc);
    return (c.baseCue ? 1 : 0) | (c.airportCue ? 2 : 0) | (c.embassyCue ? 4 : 0) | (c.provinceCue ? 8 : 0);
  }

  /** The last document's context, per thread: every match of a document asks for the same one. */
  private static final ThreadLocal<DocumentContext> LAST_DOCUMENT = new ThreadLocal<>();

  /** What the document says around one match. */
  private static final class Context {
    boolean baseCue;
    boolean airportCue;
    boolean embassyCue;
    boolean provinceCue;
    private final DocumentContext doc;
    /** Indexes of the contributions of the match itself (same offsets), left out of its context. */
    private final int[] own;
    /** Normalised key of the match surface; also the match's own key, so a province is not boosted for naming itself. */
    final String surfaceKey;
    /** The token keys of the surface. */
    final List<String> surfaceKeys;

    Context(NameMatch<GazetteerEntry> match, DocumentContext doc) {
      this.doc = doc;
      String text = doc.text;
      SurfaceKeys keys = doc.surfaceKeys(match.surface());
      surfaceKeys = keys.keys();
      surfaceKey = keys.joined();
      int from = doc.sentenceStart(match.start());
      int to = doc.sentenceEnd(match.end());
      readCues(text, from, match.start(), match.surface(), match.end(), to);
      provinceCue = provinceAfter(text, match.end()) || provinceBefore(text, match.start());
      int[] o = null;
      int n = 0;
      Contribution[] cs = doc.contributions;
      for (int i = 0; i < cs.length; i++) {
        if (cs[i].start() == match.start() && cs[i].end() == match.end()) {
          if (o == null) {
            o = new int[2];
          } else if (n == o.length) {
            o = java.util.Arrays.copyOf(o, n * 2);
          }
          o[n++] = i;
        }
      }
      own = o == null ? new int[0] : java.util.Arrays.copyOf(o, n);
    }

    /** Whether another match of the document, or a nationality word, names the country. */
    boolean namesCountry(String cc) {
      if (doc.demonyms.contains(cc)) {
        return true;
      }
      Integer total = doc.countryCounts.get(cc);
      if (total == null) {
        return false;
      }
      int mine = 0;
      for (int i : own) {
        for (String x : doc.contributions[i].countries()) {
          if (x.equals(cc)) {
            mine++;
          }
        }
      }
      return total > mine;
    }

    /** Whether another match of the document names the province with this key. */
    boolean namesProvince(String key) {
      Integer total = doc.admin1Counts.get(key);
      if (total == null) {
        return false;
      }
      int mine = 0;
      for (int i : own) {
        for (String x : doc.contributions[i].admin1Keys()) {
          if (x.equals(key)) {
            mine++;
          }
        }
      }
      return total > mine;
    }

    private boolean isOwn(int i) {
      for (int k : own) {
        if (k == i) {
          return true;
        }
      }
      return false;
    }

    /**
     * The name of the point reading of another match nearest to {@code e} (the first of equals), when it is closer
     * than {@link #NEAR_KM}; null otherwise. Without {@code exact}, any point closer than that will do.
     */
    String nearestPoint(GazetteerEntry e, boolean exact) {
      String nearName = null;
      double nearest = Double.MAX_VALUE;
      Contribution[] cs = doc.contributions;
      for (int i = 0; i < cs.length; i++) {
        GazetteerEntry o = cs[i].point();
        if (o == null || isOwn(i) || o.id().equals(e.id())) {
          continue;
        }
        if (Math.abs(o.lat() - e.lat()) > 1.0) {
          continue; // over 111 km apart whatever the longitudes: never the near point
        }
        double d = distanceKm(e.lat(), e.lon(), o.lat(), o.lon());
        if (d < nearest) {
          nearest = d;
          nearName = o.name();
          if (!exact && d < NEAR_KM) {
            return nearName;
          }
        }
      }
      return nearName != null && nearest < NEAR_KM ? nearName : null;
    }

    /**
     * Cue words of the sentence around the match, as read from {@code before + " " + surface + " " + after}
     * lower-cased (before = text[from, start), after = text[end, to)), without building that string: the words of
     * the text and the places of the base phrases are known for the whole document.
     *
     * <p>The base phrases are lower-case ASCII, have one space, no k, and no i at the end; lower-casing makes ASCII
     * letters only from ASCII letters (but for the i of U+0130, always followed by a combining dot, and the k of the
     * Kelvin sign), so the lower-cased string holds a phrase exactly where the string holds it in ASCII letters of
     * any case. Such a place lies in one of the three parts, or takes one of the two added spaces for its own: "air"
     * ends a part and the rest of the phrase starts the next.
     */
    private void readCues(String text, int from, int start, String surface, int end, int to) {
      segmentCues(text, from, start);
      cueWords(surface, 0, surface.length());
      segmentCues(text, end, to);
      if (!baseCue) {
        baseCue = doc.phraseIn(from, start) || doc.phraseIn(end, to) || hasPhrase(surface)
            || (start - 3 >= from && asciiEqualsLower(text, start - 3, "air") && startsWithRest(surface, 0, surface.length()))
            || (surface.length() >= 3 && asciiEqualsLower(surface, surface.length() - 3, "air")
                && startsWithRest(text, end, to));
      }
    }

    /** The cue words of text[lo, hi) taken alone: whole runs of letters from the document's list, cut ones read. */
    private void segmentCues(String text, int lo, int hi) {
      if (lo >= hi) {
        return;
      }
      if (lo > 0 && Character.isLetter(text.charAt(lo - 1)) && Character.isLetter(text.charAt(lo))) {
        int e = lo;
        while (e < hi && Character.isLetter(text.charAt(e))) {
          e++;
        }
        cueWords(text, lo, e); // the part of a word that the segment starts inside
        lo = e;
      }
      if (hi > lo && hi < text.length() && Character.isLetter(text.charAt(hi - 1))
          && Character.isLetter(text.charAt(hi))) {
        int b = hi;
        while (b > lo && Character.isLetter(text.charAt(b - 1))) {
          b--;
        }
        cueWords(text, b, hi); // the part of a word that the segment ends inside
        hi = b;
      }
      DocumentContext d = doc;
      for (int k = lowerBound(d.cueStart, d.cueCount, lo); k < d.cueCount && d.cueEnd[k] <= hi; k++) {
        setCue(d.cueKind[k]);
      }
    }

    private void setCue(int cue) {
      if (cue == 1) {
        baseCue = true;
      } else if (cue == 2) {
        airportCue = true;
      } else if (cue == 3) {
        embassyCue = true;
      }
    }

    /** The cue of each word (run of letters) of s[from, to), lower-cased. */
    private void cueWords(String s, int from, int to) {
      int i = from;
      while (i < to) {
        while (i < to && !Character.isLetter(s.charAt(i))) {
          i++;
        }
        int b = i;
        boolean ascii = true;
        while (i < to) {
          char c = s.charAt(i);
          if (c < 128) {
            if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))) {
              break;
            }
          } else if (Character.isLetter(c)) {
            ascii = false;
          } else {
            break;
          }
          i++;
        }
        if (i > b) {
          setCue(ascii ? asciiCue(s, b, i) : cue(s.substring(b, i).toLowerCase(Locale.ROOT)));
        }
      }
    }
  }

  /** Whether s holds a base phrase in ASCII letters of any case. */
  private static boolean hasPhrase(String s) {
    for (int p = 0; p + 8 <= s.length(); p++) {
      if (s.charAt(p + 3) == ' ' && asciiEqualsLower(s, p, "air") && startsWithRest(s, p + 4, s.length())) {
        return true;
      }
    }
    return false;
  }

  /** Whether s[from, to) starts with the rest of a base phrase (base, field, station) in ASCII letters of any case. */
  private static boolean startsWithRest(String s, int from, int to) {
    for (String rest : PHRASE_RESTS) {
      if (from + rest.length() <= to && asciiEqualsLower(s, from, rest)) {
        return true;
      }
    }
    return false;
  }

  /** 1 for a base cue, 2 for an airport cue, 3 for an embassy cue, 0 for none. */
  private static int cue(String w) {
    if (BASE_CUES.contains(w)) {
      return 1;
    } else if (AIRPORT_CUES.contains(w)) {
      return 2;
    } else if (EMBASSY_CUES.contains(w)) {
      return 3;
    }
    return 0;
  }

  /**
   * Lower-case ASCII words with a value each, looked up in text written in ASCII letters of any case without making
   * strings: the words are filed by first letter.
   */
  private static final class AsciiWords {
    private final String[][] words = new String[26][];
    private final int[][] values = new int[26][];
    private final int minLength;
    private final int maxLength;

    AsciiWords(Map<String, Integer> table) {
      int min = Integer.MAX_VALUE;
      int max = 0;
      for (int f = 0; f < 26; f++) {
        List<String> ws = new ArrayList<>();
        for (String w : table.keySet()) {
          if (w.charAt(0) - 'a' == f) {
            ws.add(w);
          }
        }
        ws.sort(Comparator.naturalOrder());
        words[f] = ws.toArray(new String[0]);
        values[f] = ws.stream().mapToInt(table::get).toArray();
        for (String w : ws) {
          min = Math.min(min, w.length());
          max = Math.max(max, w.length());
        }
      }
      minLength = min;
      maxLength = max;
    }

    /** The value of the word that s[from, to) is (ASCII letters, lower-cased); 0 when none. */
    int valueOf(String s, int from, int to) {
      int len = to - from;
      if (len < minLength || len > maxLength) {
        return 0;
      }
      int f = (s.charAt(from) | 0x20) - 'a';
      if (f < 0 || f >= 26) {
        return 0;
      }
      String[] ws = words[f];
      for (int k = 0; k < ws.length; k++) {
        if (ws[k].length() == len && asciiEqualsLower(s, from, ws[k])) {
          return values[f][k];
        }
      }
      return 0;
    }

    /** Whether one of the words starts at s[at] and ends by {@code to}, in ASCII letters of any case. */
    boolean startsAt(String s, int at, int to) {
      int f = (s.charAt(at) | 0x20) - 'a';
      if (f < 0 || f >= 26) {
        return false;
      }
      for (String w : words[f]) {
        if (at + w.length() <= to && asciiEqualsLower(s, at, w)) {
          return true;
        }
      }
      return false;
    }
  }

  /** The Latin cue words with their cue ({@link #cue}). */
  private static final AsciiWords ASCII_CUES = asciiCues();

  private static AsciiWords asciiCues() {
    Map<String, Integer> t = new HashMap<>();
    for (Set<String> set : List.of(BASE_CUES, AIRPORT_CUES, EMBASSY_CUES)) {
      for (String w : set) {
        if (w.chars().allMatch(c -> c >= 'a' && c <= 'z')) {
          t.put(w, cue(w));
        }
      }
    }
    return new AsciiWords(t);
  }

  /** {@link #cue} of the ASCII letters s[from, to) lower-cased, without making the string. */
  private static int asciiCue(String s, int from, int to) {
    return ASCII_CUES.valueOf(s, from, to);
  }

  /** Whether the ASCII text at s[from...] lower-cased is {@code lower}. */
  private static boolean asciiEqualsLower(String s, int from, String lower) {
    for (int j = 0; j < lower.length(); j++) {
      char c = s.charAt(from + j);
      if (c >= 'A' && c <= 'Z') {
        c = (char) (c + 32);
      }
      if (c != lower.charAt(j)) {
        return false;
      }
    }
    return true;
  }

  private static final AsciiWords PROVINCE_WORDS =
      new AsciiWords(Map.of("province", 1, "governorate", 1, "governate", 1, "region", 1, "countryside", 1, "rural", 1));

  /**
   * PROVINCE_AFTER on the 16 characters after the match, lower-cased. The regular expression only runs when those
   * characters hold one of its words in ASCII letters of any case (lower-casing makes ASCII letters from ASCII ones
   * only, but for the i of U+0130, which is followed by a combining dot), so the answer is the same.
   */
  private static boolean provinceAfter(String text, int end) {
    int stop = Math.min(text.length(), end + 16);
    if (!hasAnyAscii(text, end, stop, PROVINCE_WORDS)) {
      return false;
    }
    return PROVINCE_AFTER.matcher(text.substring(end, stop).toLowerCase(Locale.ROOT)).lookingAt();
  }

  /** PROVINCE_BEFORE on the 16 characters before the match, lower-cased; pre-checked as {@link #provinceAfter}. */
  private static boolean provinceBefore(String text, int start) {
    int begin = Math.max(0, start - 16);
    if (!hasAnyAscii(text, begin, start, PROVINCE_WORDS)) {
      return false;
    }
    return PROVINCE_BEFORE.matcher(text.substring(begin, start).toLowerCase(Locale.ROOT)).find();
  }

  /** Whether text[from, to) holds one of the words in ASCII letters of any case. */
  private static boolean hasAnyAscii(String text, int from, int to, AsciiWords words) {
    for (int k = from; k < to; k++) {
      if (words.startsAt(text, k, to)) {
        return true;
      }
    }
    return false;
  }

  /** What one match of a document tells the others: the countries and provinces it names, its likeliest point. */
  private record Contribution(int start, int end, List<String> countries, List<String> admin1Keys,
      GazetteerEntry point) {}

  private static Contribution[] contributions(List<NameMatch<GazetteerEntry>> all) {
    Contribution[] out = new Contribution[all.size()];
    int n = 0;
    for (NameMatch<GazetteerEntry> m : all) {
      List<String> countries = List.of();
      List<String> admin1Keys = List.of();
      GazetteerEntry best = null;
      double bestPrior = -1;
      for (GazetteerEntry e : m.entries()) {
        if (e.kind().equals("country")) {
          if (countries.isEmpty()) {
            countries = new ArrayList<>(2);
          }
          countries.add(e.country().isEmpty() ? e.id().replace("cc:", "") : e.country());
        } else if (e.kind().equals("admin1")) {
          if (admin1Keys.isEmpty()) {
            admin1Keys = new ArrayList<>(4);
          }
          admin1Keys.add(nameKey(e.name()));
          if (!e.admin1().isEmpty()) {
            admin1Keys.add(admin1Key(e.admin1()));
          }
          for (String a : e.aliases()) {
            admin1Keys.add(admin1Key(a));
          }
          if (!e.country().isEmpty()) {
            if (countries.isEmpty()) {
              countries = new ArrayList<>(2);
            }
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
      out[n++] = new Contribution(m.start(), m.end(), countries, admin1Keys, point ? best : null);
    }
    return out;
  }

  /** Province names are few: their name keys are worked out once. */
  private static final java.util.concurrent.ConcurrentHashMap<String, String> NAME_KEYS =
      new java.util.concurrent.ConcurrentHashMap<>();

  private static String nameKey(String name) {
    return NAME_KEYS.computeIfAbsent(name, n -> String.join(" ", NameNormalizer.nameKeys(n)));
  }

  /** The nationality words, by number: {@link #DEMONYM_CODES} holds their countries. */
  private static final AsciiWords DEMONYM_WORDS;
  private static final String[] DEMONYM_CODES;

  static {
    Map<String, Integer> t = new HashMap<>();
    List<String> codes = new ArrayList<>();
    codes.add(null);
    for (Map.Entry<String, String> d : DEMONYMS.entrySet()) {
      t.put(d.getKey(), codes.size());
      codes.add(d.getValue());
    }
    DEMONYM_WORDS = new AsciiWords(t);
    DEMONYM_CODES = codes.toArray(new String[0]);
  }

  /** Adds the country of the ASCII letters s[from, to) lower-cased, when they are a nationality word. */
  private static void demonymAscii(String s, int from, int to, Set<String> found) {
    int k = DEMONYM_WORDS.valueOf(s, from, to);
    if (k != 0) {
      found.add(DEMONYM_CODES[k]);
    }
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
