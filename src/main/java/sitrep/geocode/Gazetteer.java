package sitrep.geocode;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import sitrep.pipeline.SitrepException;

/**
 * The places and actors gazetteer, indexed for finding their names in text.
 *
 * <p>Names and aliases are normalised by {@link NameNormalizer} and put in a token trie, so one pass over a text finds
 * every name, longest first, whatever the transliteration. Immutable once loaded; safe to share between threads.
 */
public final class Gazetteer {

  /** Classpath location of the bundled places file. */
  public static final String BUNDLED_PLACES = "/gazetteer/places.tsv.gz";
  /** Classpath location of the analysts' aliases of derived rows (merged into the places file by the build). */
  public static final String BUNDLED_ALIASES = "/gazetteer/aliases.csv";
  /** Classpath location of the bundled actors file. */
  public static final String BUNDLED_ACTORS = "/gazetteer/actors.csv";

  /** Keys of the words that, right after a name, make it the name of a media outlet. */
  private static final Set<String> MEDIA_KEYS = Set.of("website", "chanel", "tv", "television", "newspaper",
      "broadcaster");

  static final Set<String> SITE_KINDS =
      Set.of("military_base", "air_base", "embassy", "consulate", "zone", "airport");

  private final List<GazetteerEntry> places;
  private final List<ActorEntry> actors;
  private final Map<String, GazetteerEntry> placesById;
  private final Map<String, GazetteerEntry> capitals;
  private final Map<String, ActorEntry> actorsById;
  private final NameIndex placeIndex;
  private final NameIndex actorIndex = new NameIndex();
  /**
   * The tokens of the last text searched, per thread, so that findPlaces and findActors on the same string tokenise
   * it once. Correctness does not depend on it (a miss just tokenises again).
   */
  private final ThreadLocal<TokenStream> lastTokens = new ThreadLocal<>();
  /** Keys of one-word names of armed groups (not states), which are not read as places. */
  private final Set<String> actorWords = new HashSet<>();
  /** First-token skeletons of multi-word actor names: the only actor names that may start with a lower-case word. */
  private final Set<String> actorLowercaseStarts = new HashSet<>();
  /** Exact key of each place's main name, by entry number. */
  private final String[] primaryKeys;
  /** Entry number of each place entry, by identity. */
  private final Map<GazetteerEntry, Integer> entryNumbers;
  /** {@code String.join(" ", NameNormalizer.nameKeys(name))} of each entry, by number, filled on first use. */
  private final String[] mainNameKeys;
  /**
   * Keys of the aliases an analyst added to derived rows ({@code aliases.csv}), by entry id: such an alias counts as
   * much as the main name (Palmyra for Tadmur, Qamishli for Al Qamishli).
   */
  private final Map<String, Set<String>> vettedAliasKeys = new HashMap<>();
  /** Words that may follow a place's name and still leave it the place ("Anbar Province", "Qaim Airport"). */
  private static final Set<String> NAME_HEADS = Set.of("province", "governorate", "district", "city", "airport",
      "base", "air", "airbase", "region", "town", "village", "countryside", "area", "port", "refinery", "oil", "gas",
      "camp", "border", "crossing", "highway", "road", "desert", "valley", "dam", "bridge", "military", "international",
      NameNormalizer.BASE);
  private static final Set<String> WATER_KINDS = Set.of("sea", "gulf", "strait", "ocean", "bay");
  /** Admin1 entries by country and name key. */
  private final Map<String, GazetteerEntry> provinces = new HashMap<>();
  /** Facts the match filter asks about each entry, by entry number ({@code F_*} bits), so it need not read records. */
  private final byte[] flags;
  private static final byte F_CURATED = 1;
  private static final byte F_COUNTRY = 2;
  private static final byte F_VILLAGE = 4;
  private static final byte F_REGIONAL = 8;
  private static final byte F_SITE_KIND = 16;
  private static final byte F_VETTED = 32;
  /** More facts by entry number ({@code P_*} bits): population thresholds and the article of the main name. */
  private final byte[] facts;
  private static final byte P_1K = 1;
  private static final byte P_50K = 2;
  private static final byte P_100K = 4;
  private static final byte P_1M = 8;
  private static final byte P_NAME_ARTICLE = 16;
  /** Exact keys of the one-word names of countries: a lower-case word can only be read as one of these alone. */
  private final Set<String> countryWordKeys = new HashSet<>();
  /**
   * What a lower-case word may start, by skeleton: {@link #SITE_START} the name of more words of a curated site,
   * {@link #COUNTRY_WORD} the one-word name of a country (exactly a key of {@link #countryWordKeys}, or fuzzily when
   * long enough).
   */
  private final Map<String, Integer> lowercaseStarts = new HashMap<>();
  private static final int SITE_START = 1;
  private static final int COUNTRY_WORD = 2;

  Gazetteer(List<GazetteerEntry> places, List<ActorEntry> actors) {
    this(places, actors, null);
  }

  /**
   * @param keys the precomputed keys of every place (from {@link GazetteerIndex}), or null to compute them
   */
  Gazetteer(List<GazetteerEntry> places, List<ActorEntry> actors, EntryKeys[] keys) {
    this(places, actors, keys, Map.of());
  }

  /**
   * @param vettedAliases aliases added by analysts to derived rows, by entry id ({@code aliases.csv}); never null
   */
  Gazetteer(List<GazetteerEntry> places, List<ActorEntry> actors, EntryKeys[] keys,
      Map<String, List<String>> vettedAliases) {
    this(places, actors, keys, vettedAliases, null);
  }

  /**
   * @param prebuilt the place index already built from {@code keys} ({@link #buildIndex}), or null to build it here
   */
  private Gazetteer(List<GazetteerEntry> places, List<ActorEntry> actors, EntryKeys[] keys,
      Map<String, List<String>> vettedAliases, NameIndex prebuilt) {
    this.places = List.copyOf(places);
    for (Map.Entry<String, List<String>> v : vettedAliases.entrySet()) {
      Set<String> ks = new HashSet<>();
      for (String a : v.getValue()) {
        ks.add(String.join(" ", NameNormalizer.nameKeys(a)));
      }
      vettedAliasKeys.put(v.getKey(), ks);
    }
    for (GazetteerEntry e : this.places) {
      if (e.curated() && WATER_KINDS.contains(e.kind())) {
        // a sea's curated aliases ("the southern Red Sea") are as good as its name: a province called the same
        // (Eritrea's Southern Red Sea region) does not win on its main name
        Set<String> ks = vettedAliasKeys.computeIfAbsent(e.id(), k -> new HashSet<>());
        for (String a : e.aliases()) {
          ks.add(String.join(" ", NameNormalizer.nameKeys(a)));
        }
      } else if (e.kind().equals("admin1") && e.country() != null) {
        provinces.putIfAbsent(provinceKey(e.country(), e.name()), e);
      }
    }
    this.actors = List.copyOf(actors);
    Map<String, GazetteerEntry> byId = new HashMap<>(places.size() * 2);
    Map<String, GazetteerEntry> capitalOf = new HashMap<>();
    for (GazetteerEntry e : this.places) {
      byId.put(e.id(), e);
      if ("capital".equals(e.kind()) && e.country() != null) {
        capitalOf.merge(e.country(), e, (a, b) -> b.population() > a.population() ? b : a);
      }
    }
    this.placesById = byId;
    this.capitals = capitalOf;
    Map<String, ActorEntry> aById = new HashMap<>();
    for (ActorEntry a : this.actors) {
      aById.put(a.id(), a);
    }
    this.actorsById = aById;
    this.primaryKeys = new String[this.places.size()];
    this.mainNameKeys = new String[this.places.size()];
    Map<GazetteerEntry, Integer> numbers = new java.util.IdentityHashMap<>(this.places.size() * 2);
    for (int i = 0; i < this.places.size(); i++) {
      numbers.putIfAbsent(this.places.get(i), i);
    }
    this.entryNumbers = numbers;
    this.flags = new byte[this.places.size()];
    this.facts = new byte[this.places.size()];
    for (int i = 0; i < flags.length; i++) {
      GazetteerEntry e = this.places.get(i);
      long pop = e.population();
      facts[i] = (byte) ((pop >= 1000 ? P_1K : 0) | (pop >= 50_000 ? P_50K : 0) | (pop >= 100_000 ? P_100K : 0)
          | (pop >= 1_000_000 ? P_1M : 0) | (nameHasArticle(e) ? P_NAME_ARTICLE : 0));
      boolean curated = e.curated();
      flags[i] = (byte) ((curated ? F_CURATED : 0) | (e.kind().equals("country") ? F_COUNTRY : 0)
          | (!curated && e.population() < 1000 ? F_VILLAGE : 0) | (inRegion(e) ? F_REGIONAL : 0)
          | (SITE_KINDS.contains(e.kind()) ? F_SITE_KIND : 0) | (vettedAliasKeys.containsKey(e.id()) ? F_VETTED : 0));
    }
    List<GazetteerEntry> ps = this.places;
    if (keys == null || keys.length != ps.size()) {
      keys = computeKeys(ps);
      prebuilt = null;
    }
    this.placeIndex = prebuilt != null ? prebuilt : buildIndex(keys);
    for (int i = 0; i < keys.length; i++) {
      primaryKeys[i] = keys[i].primary();
      GazetteerEntry e = ps.get(i);
      boolean country = e.kind().equals("country");
      boolean site = e.curated() && SITE_KINDS.contains(e.kind());
      if (country || site) {
        for (NameIndex.Name n : keys[i].names()) {
          if (country && n.skeletons().length == 1) {
            countryWordKeys.add(n.exact());
            lowercaseStarts.merge(n.skeletons()[0], COUNTRY_WORD, (a, b) -> a | b);
          }
          if (site && n.skeletons().length > 1) {
            lowercaseStarts.merge(n.skeletons()[0], SITE_START, (a, b) -> a | b);
          }
        }
      }
    }
    for (int i = 0; i < this.actors.size(); i++) {
      indexActor(i, this.actors.get(i));
    }
    for (ActorEntry a : this.actors) {
      if (a.kind().equals("state") || a.kind().equals("state_force")) {
        continue;
      }
      for (String n : concat(a.name(), a.aliases())) {
        List<String> k = NameNormalizer.nameKeys(n);
        if (k.size() == 1 && !isAcronym(n)) {
          actorWords.add(k.get(0));
        }
      }
    }
  }

  /**
   * Loads the gazetteer bundled on the classpath ({@value #BUNDLED_PLACES} and {@value #BUNDLED_ACTORS}).
   *
   * @throws SitrepException when a file is missing or corrupt, naming the file and line
   */
  public static Gazetteer loadBundled() {
    String placesName = BUNDLED_PLACES;
    InputStream places = Gazetteer.class.getResourceAsStream(BUNDLED_PLACES);
    if (places == null) {
      places = Gazetteer.class.getResourceAsStream("/gazetteer/places.tsv");
      placesName = "/gazetteer/places.tsv";
    }
    if (places == null) {
      throw new SitrepException("gazetteer " + BUNDLED_PLACES + " is not on the classpath: "
          + "put places.tsv.gz in the gazetteer/ folder and rebuild");
    }
    byte[] placesBytes;
    try (InputStream p = places) {
      placesBytes = p.readAllBytes();
    } catch (java.io.IOException e) {
      throw new SitrepException("gazetteer: cannot read " + placesName + ": " + e.getMessage(), e);
    }
    // parse the places on another core while this one reads the index and fills the trie
    String name = placesName;
    java.util.concurrent.CompletableFuture<List<GazetteerEntry>> parsed = java.util.concurrent.CompletableFuture
        .supplyAsync(() -> GazetteerReader.readPlaces(new java.io.ByteArrayInputStream(placesBytes), name));
    List<ActorEntry> actorList;
    try (InputStream a = Gazetteer.class.getResourceAsStream(BUNDLED_ACTORS)) {
      if (a == null) {
        throw new SitrepException("gazetteer " + BUNDLED_ACTORS + " is not on the classpath: "
            + "put actors.csv in the gazetteer/ folder and rebuild");
      }
      actorList = GazetteerReader.readActors(a, BUNDLED_ACTORS);
    } catch (java.io.IOException e) {
      throw new SitrepException("gazetteer: cannot read " + BUNDLED_ACTORS + ": " + e.getMessage(), e);
    }
    EntryKeys[] keys = null;
    try (InputStream idx = Gazetteer.class.getResourceAsStream(GazetteerIndex.BUNDLED)) {
      if (idx != null) {
        keys = GazetteerIndex.read(idx, GazetteerIndex.crc(placesBytes), -1);
      }
    } catch (java.io.IOException | RuntimeException e) {
      keys = null; // an unreadable index only costs time: the keys are computed from the places instead
    }
    NameIndex prebuilt = keys == null ? null : buildIndex(keys);
    List<GazetteerEntry> entries;
    try {
      entries = parsed.join();
    } catch (java.util.concurrent.CompletionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw e;
    }
    Map<String, List<String>> vetted = Map.of();
    try (InputStream al = Gazetteer.class.getResourceAsStream(BUNDLED_ALIASES)) {
      if (al != null) {
        vetted = GazetteerReader.readAliases(al, BUNDLED_ALIASES);
      }
    } catch (java.io.IOException e) {
      throw new SitrepException("gazetteer: cannot read " + BUNDLED_ALIASES + ": " + e.getMessage(), e);
    }
    return new Gazetteer(entries, actorList, keys, vetted, prebuilt);
  }

  /** True when {@code key} is the normalised main name of the entry or an alias an analyst added to it. */
  boolean isMainOrVettedName(GazetteerEntry e, String key) {
    Set<String> v = vettedAliasKeys.isEmpty() ? null : vettedAliasKeys.get(e.id());
    return (v != null && v.contains(key)) || key.equals(mainNameKey(e));
  }

  /** The normalised main name of an entry, worked out once per entry of this gazetteer. */
  private String mainNameKey(GazetteerEntry e) {
    Integer i = entryNumbers.get(e);
    if (i == null) {
      return String.join(" ", NameNormalizer.nameKeys(e.name()));
    }
    String k = mainNameKeys[i];
    if (k == null) { // benign race: every thread computes the same immutable string
      k = String.join(" ", NameNormalizer.nameKeys(e.name()));
      mainNameKeys[i] = k;
    }
    return k;
  }

  /**
   * Loads a gazetteer from streams (gzip or plain TSV for places, CSV for actors). The caller closes the streams.
   *
   * @param placesTsvGz places TSV, gzip-compressed or not; never null
   * @param actorsCsv actors CSV; null for no actors
   * @throws SitrepException on corrupt data, naming the file and line
   */
  public static Gazetteer load(InputStream placesTsvGz, InputStream actorsCsv) {
    return load(placesTsvGz, "places.tsv.gz", actorsCsv, "actors.csv");
  }

  /**
   * As {@link #load(InputStream, InputStream)}, with the names used in error messages. Unlike {@link #loadBundled()},
   * this computes the name keys (a few seconds for the bundled file) and knows no analysts' aliases.
   */
  public static Gazetteer load(InputStream placesTsvGz, String placesName, InputStream actorsCsv, String actorsName) {
    List<GazetteerEntry> places = GazetteerReader.readPlaces(placesTsvGz, placesName);
    List<ActorEntry> actors = actorsCsv == null ? List.of() : GazetteerReader.readActors(actorsCsv, actorsName);
    return new Gazetteer(places, actors);
  }

  // ---------------------------------------------------------------- indexing

  private static List<String> concat(String first, List<String> rest) {
    List<String> out = new ArrayList<>(rest.size() + 1);
    out.add(first);
    out.addAll(rest);
    return out;
  }

  /** The keys of one entry: its main name's key and every name to index. */
  record EntryKeys(String primary, List<NameIndex.Name> names) {}

  /** The trie of every place name, entries numbered as in {@code keys}. */
  static NameIndex buildIndex(EntryKeys[] keys) {
    NameIndex index = new NameIndex();
    for (int i = 0; i < keys.length; i++) {
      for (NameIndex.Name n : keys[i].names()) {
        index.add(n, i);
      }
    }
    return index;
  }

  /** Normalising ~200k names is the bulk of loading without an index: done on all cores. */
  static EntryKeys[] computeKeys(List<GazetteerEntry> ps) {
    return java.util.stream.IntStream.range(0, ps.size()).parallel()
        .mapToObj(i -> keysOf(ps.get(i))).toArray(EntryKeys[]::new);
  }

  /** Keys of an entry's name, aliases and (for bases) the usual short forms; a pure function of the entry. */
  static EntryKeys keysOf(GazetteerEntry e) {
    List<NameIndex.Name> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    boolean site = e.kind().equals("military_base") || e.kind().equals("air_base");
    List<String> primary = NameNormalizer.nameKeys(e.name());
    addPlaceName(primary, isAcronym(e.name()), site, seen, out);
    for (String a : e.aliases()) {
      addPlaceName(NameNormalizer.nameKeys(a), isAcronym(a), site, seen, out);
    }
    return new EntryKeys(String.join(" ", primary), out);
  }

  private static void addPlaceName(
      List<String> keys, boolean acronym, boolean site, Set<String> seen, List<NameIndex.Name> out) {
    addPlaceKeys(keys, acronym, seen, out);
    if (!site || acronym || keys.isEmpty()) {
      return;
    }
    // "Camp Taji" / "Taji Air Base": also "Taji", "Taji base", "Taji camp"; "Ain al-Asad Air Base": also "Asad base"
    List<String> core = new ArrayList<>(keys);
    while (!core.isEmpty() && core.get(0).equals(NameNormalizer.BASE)) {
      core.remove(0);
    }
    while (!core.isEmpty() && core.get(core.size() - 1).equals(NameNormalizer.BASE)) {
      core.remove(core.size() - 1);
    }
    if (core.isEmpty()) {
      return;
    }
    addPlaceKeys(core, false, seen, out);
    List<String> withBase = new ArrayList<>(core);
    withBase.add(NameNormalizer.BASE);
    addPlaceKeys(withBase, false, seen, out);
    if (core.size() >= 2 && core.get(0).equals("ain")) {
      List<String> noAin = new ArrayList<>(core.subList(1, core.size()));
      noAin.add(NameNormalizer.BASE);
      addPlaceKeys(noAin, false, seen, out);
    }
  }

  private static void addPlaceKeys(List<String> keys, boolean acronym, Set<String> seen, List<NameIndex.Name> out) {
    if (!indexable(keys)) {
      return;
    }
    String joined = String.join(" ", keys);
    if (seen.add(acronym ? joined + "/A" : joined)) {
      out.add(NameIndex.Name.of(keys, joined, acronym));
    }
  }

  private void indexActor(int id, ActorEntry a) {
    Set<String> seen = new HashSet<>();
    addActorName(id, a.name(), seen);
    for (String alias : a.aliases()) {
      addActorName(id, alias, seen);
    }
  }

  private void addActorName(int id, String name, Set<String> seen) {
    List<String> keys = NameNormalizer.nameKeys(name);
    boolean acronym = isAcronym(name);
    if (!indexable(keys) && !(acronym && keys.size() == 1 && keys.get(0).length() == 2)) {
      return;
    }
    if (seen.add(String.join(" ", keys) + (acronym ? "/A" : ""))) {
      actorIndex.add(keys, acronym, id);
      if (keys.size() > 1 && !acronym) {
        actorLowercaseStarts.add(NameNormalizer.skeleton(keys.get(0)));
      }
    }
    if (!acronym) {
      // plural and singular: Houthi / Houthis
      List<String> other = new ArrayList<>(keys);
      String last = other.get(other.size() - 1);
      // not "Hamas" -> "Hama" (a Syrian city) nor "Damascus" -> "Damascu": -as, -us, -ss are not plurals
      boolean plural = last.endsWith("s") && last.length() > 4 && !last.endsWith("as") && !last.endsWith("us")
          && !last.endsWith("ss");
      String alt = plural ? last.substring(0, last.length() - 1) : last + "s";
      other.set(other.size() - 1, alt);
      if (seen.add(String.join(" ", other))) {
        actorIndex.add(other, false, id);
        if (other.size() > 1) {
          actorLowercaseStarts.add(NameNormalizer.skeleton(other.get(0)));
        }
      }
    }
  }

  /** Names of one or two letters (alone) and names made only of base words are never matched. */
  private static boolean indexable(List<String> keys) {
    if (keys.isEmpty()) {
      return false;
    }
    int letters = 0;
    boolean onlyBase = true;
    for (String k : keys) {
      if (!k.equals(NameNormalizer.BASE)) {
        onlyBase = false;
        letters += k.length();
      }
    }
    if (onlyBase) {
      return false;
    }
    return keys.size() > 1 ? letters >= 2 : letters >= 3;
  }

  /** True for names written in capitals only, like {@code BIAP}, {@code IRGC}, {@code UAE}. */
  static boolean isAcronym(String name) {
    int letters = 0;
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (Character.isLetter(c)) {
        if (!Character.isUpperCase(c)) {
          return false;
        }
        letters++;
      } else if (c == ' ') {
        return false;
      }
    }
    return letters >= 2 && letters <= 6;
  }

  // ---------------------------------------------------------------- finding names

  /**
   * Every gazetteer name in the text: longest match first, on word boundaries, without overlaps, sorted by offset.
   * One-word names of villages, common English words, lower-case words and words inside a run of capitalised words
   * are held to stricter rules (see the package documentation).
   *
   * @param text the text; never null
   * @return the matches; never null
   */
  public List<NameMatch<GazetteerEntry>> findPlaces(String text) {
    TokenStream ts = tokens(text);
    List<NameIndex.Hit> hits = placeIndex.scan(ts, this::mayStartPlace, this::acceptPlace);
    List<NameMatch<GazetteerEntry>> out = new ArrayList<>(hits.size());
    for (NameIndex.Hit h : hits) {
      List<GazetteerEntry> entries = new ArrayList<>(h.ids().length);
      for (int id : h.ids()) {
        entries.add(places.get(id));
      }
      int s = ts.start[h.from()];
      int e = ts.end[h.to()];
      out.add(new NameMatch<>(s, e, text.substring(s, e), entries));
    }
    return out;
  }

  /**
   * Every actor name or alias in the text, longest first, without overlaps, sorted by offset. Acronyms (IRGC, KH)
   * match only when written in capitals.
   *
   * @param text the text; never null
   * @return the matches; never null
   */
  public List<NameMatch<ActorEntry>> findActors(String text) {
    TokenStream ts = tokens(text);
    List<NameIndex.Hit> hits = actorIndex.scan(ts, this::mayStartActor, this::acceptActor);
    List<NameMatch<ActorEntry>> out = new ArrayList<>(hits.size());
    for (NameIndex.Hit h : hits) {
      List<ActorEntry> entries = new ArrayList<>(h.ids().length);
      for (int id : h.ids()) {
        entries.add(actors.get(id));
      }
      int s = ts.start[h.from()];
      int e = ts.end[h.to()];
      out.add(new NameMatch<>(s, e, text.substring(s, e), entries));
    }
    return out;
  }

  private TokenStream tokens(String text) {
    TokenStream last = lastTokens.get();
    if (last != null && last.text == text) {
      return last;
    }
    TokenStream ts = NameNormalizer.tokenize(text);
    lastTokens.set(ts);
    return ts;
  }

  private boolean acceptActor(
      int id, int slot, NameIndex.Terminal t, TokenStream ts, int from, int to, boolean fuzzy) {
    if (from == to && !t.acronym && !ts.capital[from]) {
      return false; // a one-word actor name must be capitalised
    }
    return true;
  }

  /**
   * A lower-case word starts an actor name only when the name has more words (a one-word name must be capitalised,
   * an acronym written in capitals): skipping the rest spares a trie lookup for most words of a text.
   */
  private boolean mayStartActor(TokenStream ts, int i) {
    return ts.capital[i] || Character.isDigit(ts.text.charAt(ts.coreStart[i]))
        || actorLowercaseStarts.contains(ts.skel[i]);
  }

  /**
   * A lower-case word can start a place only as a country named in one word (the filter reads no other entry alone in
   * lower case; fuzzily only when the word is long enough for an edit, {@link NameIndex#allowedEdits}) or as the
   * first word of a curated site's longer name followed by a joined word: the other words are not looked up.
   */
  private boolean mayStartPlace(TokenStream ts, int i) {
    if (ts.capital[i]) {
      return true;
    }
    Integer starts = lowercaseStarts.get(ts.skel[i]);
    if (starts == null) {
      return false;
    }
    if ((starts & SITE_START) != 0 && i + 1 < ts.size && ts.joined[i + 1]) {
      return true;
    }
    return (starts & COUNTRY_WORD) != 0 && (ts.key[i].length() >= 6 || countryWordKeys.contains(ts.key[i]));
  }

  private boolean acceptPlace(
      int id, int slot, NameIndex.Terminal t, TokenStream ts, int from, int to, boolean fuzzy) {
    // "the Al-Hurra website", "Al Mayadeen TV": a media outlet named like a place (checked last: it rarely applies)
    return placeReading(id, slot, t, ts, from, to, fuzzy)
        && !(to + 1 < ts.size && ts.joined[to + 1] && MEDIA_KEYS.contains(ts.key[to + 1]));
  }

  private boolean placeReading(
      int id, int slot, NameIndex.Terminal t, TokenStream ts, int from, int to, boolean fuzzy) {
    byte f = flags[id];
    boolean curated = (f & F_CURATED) != 0;
    boolean country = (f & F_COUNTRY) != 0;
    boolean village = (f & F_VILLAGE) != 0;
    boolean single = from == to;
    boolean regional = (f & F_REGIONAL) != 0;
    boolean siteKind = (f & F_SITE_KIND) != 0;
    if (fuzzy && (village || !regional)) {
      return false;
    }
    if (!ts.capital[from]) {
      // lower case: only curated multi-word sites ("ain al-asad air base") and country names
      if (single) {
        return country && !ts.commonWord(from);
      }
      return curated && siteKind;
    }
    boolean primary = isPrimary(t, slot, id);
    byte p = facts[id];
    if (!regional && !country) {
      // places outside the Middle East: only their main name, and one word only for big places in clear position
      // ("Washington", not "Defiance" at a sentence start, "Raisi" as an alias of Roissy-en-Brie, "Grad" rockets)
      if (!single) {
        return primary || (p & P_1K) != 0;
      }
      // a smaller town where the sentence names a town ("in Gwoza", "the town of Djibo")
      boolean townSpot = (p & P_50K) != 0 || ((p & P_1K) != 0 && ts.afterLocative(from) && !isActorWord(t));
      return primary && (curated || townSpot) && !ts.sentenceStart[from] && !ts.afterHyphen(from) && !ts.capBefore[from] && !ts.capAfter[to] && !ts.commonWord(from) && !ts.upper[from];
    }
    if (!single) {
      return true;
    }
    if (ts.upper[from] && ts.end[from] - ts.coreStart[from] <= 3 && !t.acronym) {
      return false; // RAM in C-RAM, US: short capitals are acronyms, not the place Ram
    }
    boolean titleRun = ts.capBefore[from] || ts.capAfter[to];
    if (country) {
      return true;
    }
    if (isActorWord(t) && (p & P_100K) == 0) {
      return false; // Badr, Hashd: the name of an armed group
    }
    if (ts.commonWord(from) && !primary) {
      return false; // Syrian is not an alias of Sayyan, Qassem not of Al-Qassim
    }
    if (ts.hasArticle(from) && ts.capBefore[from]) {
      return false; // Faris al-Omran, Bashar al-Assad: a family name, not a place
    }
    if ((p & P_NAME_ARTICLE) != 0 && !ts.hasArticle(from) && ts.capAfter[to] && !country
        && (to + 1 >= ts.size || !NAME_HEADS.contains(ts.key[to + 1]))) {
      return false; // "Khor Mor": Al Khor's name without its article, inside another name
    }
    if (fuzzy && titleRun) {
      return false;
    }
    if (curated && ts.capBefore[from] && siteKind && !ts.upper[from]) {
      return false; // a one-word site name after a capitalised word is part of another name
    }
    if (!primary && titleRun && (p & P_1M) == 0) {
      return false; // an alias inside a run of capitalised words: "Sabreen News"
    }
    if (ts.commonWord(from)) {
      if (curated) {
        return !ts.sentenceStart[from] && !titleRun;
      }
      if (ts.hasArticle(from) && (p & P_NAME_ARTICLE) == 0) {
        return false; // "Al-Hurra", "al-Jazeera": a channel written with the article, not the town Hura
      }
      return !village && !ts.sentenceStart[from] && !titleRun && !ts.upper[from];
    }
    if (village) {
      // villages: main name only, written in Latin script, in clear position
      return primary && ts.cased[from] && !ts.sentenceStart[from] && !titleRun;
    }
    return true;
  }

  /**
   * Whether the terminal's key is the main name of the {@code slot}-th entry ({@code id}) or an alias an analyst
   * added to it; worked out once per terminal and kept in it.
   */
  private boolean isPrimary(NameIndex.Terminal t, int slot, int id) {
    byte[] known = t.facts;
    if (known != null) {
      byte v = known[slot];
      if (v != 0) {
        return v == 1;
      }
    }
    byte[] facts = new byte[t.count];
    for (int k = 0; k < facts.length; k++) {
      facts[k] = primaryNow(t.exactKey, t.ids[k]) ? (byte) 1 : (byte) 2;
    }
    t.facts = facts;
    return facts[slot] == 1;
  }

  private boolean primaryNow(String key, int id) {
    return key.equals(primaryKeys[id]) || ((flags[id] & F_VETTED) != 0 && vetted(places.get(id), key));
  }

  /** Whether the terminal's key is the one-word name of an armed group; kept in the terminal. */
  private boolean isActorWord(NameIndex.Terminal t) {
    byte v = t.keyFact;
    if (v == 0) {
      v = actorWords.contains(t.exactKey) ? (byte) 1 : (byte) 2;
      t.keyFact = v;
    }
    return v == 1;
  }

  /** True when the entry's main name starts with an Arabic article ({@code Al Qa'im}, {@code Ad Diwaniyah}). */
  private static boolean nameHasArticle(GazetteerEntry e) {
    String n = e.name();
    int i = 0;
    while (i < n.length() && Character.isLetter(n.charAt(i))) {
      i++;
    }
    // articles have two or three letters, and lower-casing never makes a word shorter
    return i < n.length() && i <= 3
        && NameNormalizer.isArticle(n.substring(0, i).toLowerCase(java.util.Locale.ROOT));
  }

  private boolean vetted(GazetteerEntry e, String key) {
    if (vettedAliasKeys.isEmpty()) {
      return false;
    }
    Set<String> v = vettedAliasKeys.get(e.id());
    return v != null && v.contains(key);
  }

  /** The Middle East and around: where sitrep's incidents happen. */
  static boolean inRegion(GazetteerEntry e) {
    return e.lat() >= 10 && e.lat() <= 43 && e.lon() >= 24 && e.lon() <= 64;
  }

  // ---------------------------------------------------------------- lookups

  /** The place entry with this id. */
  public Optional<GazetteerEntry> byId(String id) {
    return Optional.ofNullable(placesById.get(id));
  }

  /**
   * The province a city is named after ("Deir ez-Zor" the city, in the province of that name): the admin1 entry of the
   * city's country whose name is the city's admin1; empty when the city's province has another name.
   */
  public Optional<GazetteerEntry> provinceNamedLike(GazetteerEntry city) {
    if (city.admin1() == null || city.country() == null
        || !NameNormalizer.nameKeys(city.name()).equals(NameNormalizer.nameKeys(city.admin1()))) {
      return Optional.empty();
    }
    return Optional.ofNullable(provinces.get(provinceKey(city.country(), city.admin1())));
  }

  private static String provinceKey(String country, String name) {
    return country + "|" + String.join(" ", NameNormalizer.nameKeys(name));
  }

  /** The capital city of a country (ISO code), from GeoNames' capitals. */
  public Optional<GazetteerEntry> capitalOf(String country) {
    return Optional.ofNullable(capitals.get(country));
  }

  /** The actor entry with this id. */
  public Optional<ActorEntry> actorById(String id) {
    return Optional.ofNullable(actorsById.get(id));
  }

  /** Number of place entries. */
  public int size() {
    return places.size();
  }

  /** Number of actor entries. */
  public int actorCount() {
    return actors.size();
  }

  /** All place entries in file order. */
  List<GazetteerEntry> entries() {
    return places;
  }

  /** All actor entries in file order. */
  List<ActorEntry> actors() {
    return Collections.unmodifiableList(actors);
  }

  NameIndex placeIndex() {
    return placeIndex;
  }
}
