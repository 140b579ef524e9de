package sitrep.pipeline;

import java.util.ArrayList;
import java.util.List;
import sitrep.extract.FoundActor;
import sitrep.extract.FoundPlace;
import sitrep.extract.PlaceFinder;
import sitrep.geocode.ActorEntry;
import sitrep.geocode.Candidate;
import sitrep.geocode.Gazetteer;
import sitrep.geocode.GazetteerEntry;
import sitrep.geocode.NameMatch;
import sitrep.geocode.PlaceResolver;

/** Connects extraction to the geocode stage: places found in the gazetteer and ranked with the document as context. */
public final class GazetteerFinder implements PlaceFinder {
  private static final java.util.regex.Pattern PROVINCE_WORD =
      java.util.regex.Pattern.compile("\\s*(governorate|province|district|region|countryside)\\b");
  /** "the eastern countryside of Deir Ezzor", "rural Hama": the province, not its city. */
  private static final java.util.regex.Pattern PROVINCE_BEFORE =
      java.util.regex.Pattern.compile("(?i)\\b(?:(?:countryside|province|governorate|outskirts) of\\s+(?:the\\s+)?|rural\\s+)$");
  private static final java.util.regex.Pattern REGION_WORD =
      java.util.regex.Pattern.compile("\\s*(governorate|state|province|region|district)");
  private static final java.util.regex.Pattern GENERIC_SITE = java.util.regex.Pattern.compile(
      "(the )?(us|u\\.s\\.|american|british|uk|french|israeli|iranian|russian|turkish)?\\s*"
          + "(embassy|consulate|consulate general|airport|international airport|air base|airbase|base|military base)");

  private static final java.util.regex.Pattern LOCATED_IN =
      java.util.regex.Pattern.compile("(?i)\\s*(?:,|\\s)\\s*(?:in|near|outside|at|west of|east of|north of|south of)?\\s*(?:the\\s+)?");

  /** State news agencies whose acronyms are also place names: SANA (Syria) is not Sanaa, SPA (Saudi Arabia) not Spa. */
  private static final java.util.Set<String> NEWS_AGENCIES = java.util.Set.of(
      "SANA", "SPA", "INA", "IRNA", "ISNA", "WAM", "QNA", "KUNA", "BNA", "ONA", "MENA", "NNA", "SABA", "IRIB");
  private static final java.util.regex.Pattern AGENCY_BEFORE = java.util.regex.Pattern.compile(
      "(?i)\\b(?:news agency|press agency|state media|state television|state broadcaster)\\s*,?\\s*$");

  private static final java.util.regex.Pattern OFFSET_BEFORE = java.util.regex.Pattern.compile(
      "(?i)(?:(?<=\\d)|\\b)(?:nm|nmi|nautical miles?|km|kilometres?|kilometers?|miles?)\\s+(?:to the\\s+)?(?:north|south|east|west|"
          + "northeast|northwest|southeast|southwest|n|s|e|w|ne|nw|se|sw)(?:ern|erly)?\\s+(?:of|off)\\s+(?:the\\s+)?$");

  /** Words that begin Arabic place names ("cape", "hill", "valley", "mother of"): alone, a part of a longer name. */
  private static final java.util.Set<String> HEAD_WORDS = java.util.Set.of("ras", "tell", "tal", "wadi", "jebel",
      "jabal", "bir", "ain", "ayn", "umm", "abu", "bab", "deir", "dayr", "kafr", "khan", "qasr", "beit", "bayt", "sidi",
      "jisr", "marj", "tall", "jurf", "nahr");
  private static final java.util.regex.Pattern NAME_GOES_ON = java.util.regex.Pattern.compile("[ -](?:al-|el-|as-|ad-|ar-|ash-)?\\p{Lu}");

  private static final java.util.regex.Pattern CLOCK_AFTER = java.util.regex.Pattern.compile(
      "(?i)\\s+(?:local\\s+)?time\\b(?!\\s+(?:of|in|when|that|since|for|during|to)\\b)");
  private static final java.util.regex.Pattern CAPITAL_AFTER = java.util.regex.Pattern.compile("(?i)['’]s\\s+capital\\b");
  private static final java.util.regex.Pattern INSTITUTION_AFTER = java.util.regex.Pattern.compile(
      "(?i)['’]s\\s+(?:(?:defen[cs]e|foreign|interior|health|information|oil|energy)\\s+(?:ministry|minister)|ministry|"
          + "military|army|armed forces|government|president|prime minister|navy|air force|security forces|"
          + "intelligence|state media|state television|news agency|embassy|ambassador|parliament|spokes(?:man|woman))\\b");
  private static final java.util.regex.Pattern POSSESSIVE = java.util.regex.Pattern.compile("['’]s\\b");
  private static final java.util.regex.Pattern CAPITAL_BEFORE = java.util.regex.Pattern.compile(
      "(?i)\\bcapital(?:\\s+city)?\\s+of\\s+(?:the\\s+)?$");

  /** A title and a given name: what follows, up to the surname, is a person's name. */
  private static final java.util.regex.Pattern PERSON_BEFORE = java.util.regex.Pattern.compile(
      "\\b(?:[Ss]pokes(?:man|woman|person)|[Mm]inister|[Gg]overnor|[Mm]ayor|[Cc]ommander|[Gg]eneral|[Cc]olonel|"
          + "[Oo]fficer|[Aa]nalyst|[Cc]orrespondent|[Rr]eporter|[Jj]ournalist|[Ll]awmaker|MP|[Ss]enator|[Pp]resident|"
          + "[Dd]irector|[Ss]heikh|[Ss]heik|Mr\\.?|Mrs\\.?|Ms\\.?|Dr\\.?|Gen\\.|Col\\.|Brig\\.|Maj\\.|Lt\\.|Capt\\.)"
          + "\\s+(?:\\p{Lu}[\\w'-]+\\s+){1,2}$");

  private final Gazetteer gazetteer;
  private final PlaceResolver resolver;

  public GazetteerFinder(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
    this.resolver = new PlaceResolver(gazetteer);
  }

  @Override
  public List<FoundPlace> places(String text) {
    List<NameMatch<GazetteerEntry>> matches = gazetteer.findPlaces(text);
    if (matches.isEmpty()) {
      return new ArrayList<>();
    }
    java.util.Set<String> countries = new java.util.HashSet<>();
    for (NameMatch<GazetteerEntry> m : matches) {
      for (GazetteerEntry x : m.entries()) {
        if (x.precision() != sitrep.model.PlacePrecision.SITE) {
          countries.add(x.country());
        }
      }
    }
    PlaceResolver.DocumentContext document = resolver.document(text, matches);
    List<FoundPlace> out = new ArrayList<>();
    for (int mi = 0; mi < matches.size(); mi++) {
      NameMatch<GazetteerEntry> m = matches.get(mi);
      if (HEAD_WORDS.contains(m.surface().toLowerCase(java.util.Locale.ROOT))
          && NAME_GOES_ON.matcher(text).region(m.end(), text.length()).lookingAt()) {
        continue; // "Ras Isa", "Tell Abyad", "Umm Qasr" not in the gazetteer: not Ar Rass, not any "Tell"
      }
      if (CLOCK_AFTER.matcher(text).region(m.end(), text.length()).lookingAt()) {
        continue; // "at 3:15 p.m. (Sanaa time)", "Baghdad time": a clock, not a place
      }
      if (NEWS_AGENCIES.contains(m.surface())
          || AGENCY_BEFORE.matcher(text.substring(Math.max(0, m.start() - 40), m.start())).find()) {
        continue; // "the state news agency SANA reported", "Jordan's news agency Petra said": a source, not a place
      }
      if (NAME_GOES_ON.matcher(text).region(m.end(), text.length()).lookingAt()
          && PERSON_BEFORE.matcher(text.substring(Math.max(0, m.start() - 60), m.start())).find()) {
        continue; // "police spokesman Abdifatah Adan Hassan": a part of a person's name, not Aden
      }
      List<Candidate> ranked = resolver.rankWithoutReasons(m, document);
      if (ranked.isEmpty()) {
        continue;
      }
      GazetteerEntry e = ranked.get(0).entry();
      boolean countryNamed = m.entries().stream().anyMatch(x -> x.precision() == sitrep.model.PlacePrecision.COUNTRY);
      FoundPlace before = out.isEmpty() ? null : out.get(out.size() - 1);
      boolean siteLocated = before != null && before.place().precision() == sitrep.model.PlacePrecision.SITE
          && before.end() <= m.start()
          && LOCATED_IN.matcher(text.substring(before.end(), m.start())).matches();
      if (countryNamed && OFFSET_BEFORE.matcher(text.substring(Math.max(0, m.start() - 40), m.start())).find()) {
        // "100 nm east of Djibouti": a distance is measured from the port city, not the country's label point
        GazetteerEntry city = m.entries().stream().filter(x -> x.precision() == sitrep.model.PlacePrecision.CITY)
            .findFirst().orElse(null);
        if (city != null) {
          out.add(new FoundPlace(m.start(), m.end(), m.surface(), PlaceResolver.toPlace(city), city.kind()));
          continue;
        }
      }
      if (countryNamed && e.precision() == sitrep.model.PlacePrecision.COUNTRY && (CAPITAL_AFTER.matcher(text)
          .region(m.end(), text.length()).lookingAt()
          || CAPITAL_BEFORE.matcher(text.substring(Math.max(0, m.start() - 30), m.start())).find()
          && !POSSESSIVE.matcher(text).region(m.end(), text.length()).lookingAt())) {
        // "in Somalia's capital", "the capital of Yemen": the capital city, not the country's label point (but "the
        // capital of Iraq's Kurdistan Region" is Erbil: the possessive names a region of the country)
        GazetteerEntry capital = gazetteer.capitalOf(e.country()).orElse(null);
        if (capital != null) {
          out.add(new FoundPlace(m.start(), m.end(), m.surface(), PlaceResolver.toPlace(capital), capital.kind()));
          continue;
        }
      }
      if (countryNamed && e.precision() == sitrep.model.PlacePrecision.COUNTRY && INSTITUTION_AFTER.matcher(text)
          .region(m.end(), text.length()).lookingAt()) {
        continue; // "Turkey's Defence Ministry said": who speaks, not where anything happened
      }
      if ((countryNamed || siteLocated) && !m.entries().contains(e)) {
        // "Mezzeh air base in Damascus": the town that locates a named site is the town, not its airport
        // a country's name is the country, not a site the ranking added because the sentence speaks of a base
        e = ranked.stream().map(Candidate::entry).filter(m.entries()::contains).findFirst().orElse(e);
      }
      java.util.Set<String> within = e.precision() != sitrep.model.PlacePrecision.CITY ? null
          : containerCountries(text, m, mi + 1 < matches.size() ? matches.get(mi + 1) : null);
      if (within != null && !within.contains(e.country())) {
        // "near Maysalun in Dayr az Zawr province": a town of the province's country, else none (the province is read)
        e = m.entries().stream().filter(x -> within.contains(x.country())).findFirst().orElse(null);
        if (e == null) {
          continue;
        }
      }
      boolean cityOrProvince = e.precision() == sitrep.model.PlacePrecision.CITY
          || e.precision() == sitrep.model.PlacePrecision.ADMIN1;
      // "Deir Ezzor countryside", "the countryside of Deir Ezzor", "Basra province": the province is said
      boolean provinceSaid = cityOrProvince && (PROVINCE_WORD.matcher(
          text.substring(m.end(), Math.min(text.length(), m.end() + 20)).toLowerCase(java.util.Locale.ROOT)).lookingAt()
          || PROVINCE_BEFORE.matcher(text.substring(Math.max(0, m.start() - 30), m.start())).find());
      if (e.precision() == sitrep.model.PlacePrecision.CITY && provinceSaid) {
        // the province of the city's name
        GazetteerEntry town = e;
        e = m.entries().stream()
            .filter(x -> x.precision() == sitrep.model.PlacePrecision.ADMIN1 && x.country().equals(town.country()))
            .findFirst().orElseGet(() -> gazetteer.provinceNamedLike(town).orElse(town));
      } else if (e.precision() == sitrep.model.PlacePrecision.ADMIN1 && !provinceSaid) {
        // "Tel Aviv", "Basra": the city of the province's name, unless the province is said
        GazetteerEntry province = e;
        e = m.entries().stream()
            .filter(x -> x.precision() == sitrep.model.PlacePrecision.CITY && x.country().equals(province.country()))
            .findFirst().orElse(province);
      }
      boolean generic = GENERIC_SITE.matcher(m.surface().toLowerCase(java.util.Locale.ROOT)).matches();
      if (generic && e.precision() == sitrep.model.PlacePrecision.SITE && e.country() != null
          && !countries.contains(e.country())) {
        continue; // a site ("the US embassy") in a country the document never names is another one
      }
      GazetteerEntry water = m.entries().stream()
          .filter(x -> x.kind().equals("sea") || x.kind().equals("gulf") || x.kind().equals("strait")).findFirst().orElse(null);
      String after = text.substring(m.end(), Math.min(text.length(), m.end() + 20)).toLowerCase(java.util.Locale.ROOT);
      if (water != null && !REGION_WORD.matcher(after).lookingAt()) {
        e = water; // "the Red Sea" is the sea; "Red Sea governorate" the province
      }
      out.add(new FoundPlace(m.start(), m.end(), m.surface(), PlaceResolver.toPlace(e), e.kind()));
    }
    out.removeIf(p -> stray(p, out));
    return out;
  }

  /** Between a place and the province or country that holds it: "Maysalun in Dayr az Zawr province", "Hit, Anbar". */
  private static final java.util.regex.Pattern HELD_IN = java.util.regex.Pattern.compile("\\s*(?:,|\\bin)\\s+(?:the\\s+)?");

  /**
   * The countries of the province or country named right after the match as what holds it ("in Dayr az Zawr
   * province", ", Syria"); null when none is named so.
   */
  private static java.util.Set<String> containerCountries(String text, NameMatch<GazetteerEntry> m,
      NameMatch<GazetteerEntry> next) {
    if (next == null || !HELD_IN.matcher(text).region(m.end(), next.start()).matches()) {
      return null;
    }
    java.util.Set<String> out = new java.util.HashSet<>();
    for (GazetteerEntry x : next.entries()) {
      if ((x.precision() == sitrep.model.PlacePrecision.ADMIN1 || x.precision() == sitrep.model.PlacePrecision.COUNTRY)
          && x.country() != null) {
        out.add(x.country());
      }
    }
    return out.isEmpty() || next.entries().stream().anyMatch(x -> x.precision() == sitrep.model.PlacePrecision.CITY
        && !out.contains(x.country())) ? null : out;
  }

  /** Beyond this distance from every other place of a story, a town or province of a country it never names is a stray. */
  private static final double STRAY_KM = 1500;

  /**
   * A town or province read in a country the story never names, far from all of at least two other places it
   * names: "al-Batha, west of Nasiriyah" is not Chad's Batha region. Countries, sites and seas are kept.
   */
  private static boolean stray(FoundPlace p, List<FoundPlace> all) {
    sitrep.model.Place x = p.place();
    if (x.precision() != sitrep.model.PlacePrecision.CITY && x.precision() != sitrep.model.PlacePrecision.ADMIN1
        || x.country() == null || !x.located()) {
      return false;
    }
    int others = 0;
    for (FoundPlace q : all) {
      sitrep.model.Place y = q.place();
      if (q == p || !y.located()) {
        continue;
      }
      if (x.country().equals(y.country())
          || sitrep.extract.Geo.km(x.lat(), x.lon(), y.lat(), y.lon()) <= STRAY_KM) {
        return false;
      }
      others++;
    }
    return others >= 2;
  }

  @Override
  public List<FoundActor> actors(String text) {
    List<FoundActor> out = new ArrayList<>();
    for (NameMatch<ActorEntry> m : gazetteer.findActors(text)) {
      if (m.entries().isEmpty()) {
        continue;
      }
      ActorEntry a = m.entries().get(0);
      out.add(new FoundActor(m.start(), m.end(), m.surface(), a.name(), a.kind()));
    }
    return out;
  }
}
