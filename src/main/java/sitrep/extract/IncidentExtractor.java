package sitrep.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import sitrep.extract.Sentence.Zone;
import sitrep.model.ActorBasis;
import sitrep.model.DatePrecision;
import sitrep.model.Document;
import sitrep.model.Incident;
import sitrep.model.Place;
import sitrep.model.PlacePrecision;
import sitrep.model.SourceRef;
import sitrep.model.Weapon;

/**
 * Extract: one document in, the attacks it reports out, each with one source whose evidence is the sentence(s) the
 * values were read from. An attack is a sentence with an attack verb outside a threat, plan, denial or condition,
 * that names a weapon or a place, and has a date of its own, one carried over from the sentence before, or (in the
 * lead of an article) the publication date. Aggregates ("more than 100 attacks since October") and background
 * ("since 2019") are not incidents. Reports of one attack within a document are merged here; across documents in
 * the merge stage.
 */
public final class IncidentExtractor {
  private static final Pattern PROJECTILES = Pattern.compile(
      "(?i)\\b(" + Numbers.TOKEN + ")[\\s-]+" + Lexicon.PROJECTILE_MODS
          + "(rockets?|missiles?|drones?|uavs?|mortar rounds?|mortar shells?|mortars?|shells|projectiles|"
          + "katyushas?|grads?|roadside bombs?|ieds?|explosive devices?|bombs?)\\b");
  private static final Pattern VAGUE_COUNT = Pattern.compile(
      "(?i)\\b(a (?:volley|barrage|salvo|wave|swarm|number|series|handful) of|dozens of|several|multiple|a few|"
          + "scores of|hundreds of|numerous|some)\\s+" + Lexicon.PROJECTILE_MODS + "(rockets?|missiles?|drones?|uavs?)");
  private static final Pattern LAUNCHED = Pattern.compile("(?i)\\b(fired|launched)\\b");
  private static final Pattern FIRED = Pattern.compile("(?i)\\b(fired|launched|shot|salvo|barrage)\\b");
  private static final Pattern ADJECTIVAL = Pattern.compile("^[-‐](?:backed|aligned|linked|allied|supported|sponsored|"
      + "affiliated|made|based|led|flagged|registered|owned|operated|managed|bound)|^(?:ian|i)\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern FROM_BEFORE = Pattern.compile("(?i)\\b(from|launched from|fired from|originating in|"
      // "in coordination with the United Kingdom and with support from Australia, Bahrain, Canada and the Netherlands"
      + "originating from|out of|in coordination with|with (?:the )?support (?:from|of)|supported by|joined by|"
      + "alongside|together with)\\s+(?:the\\s+)?(?:(?!(?:toward|towards|at|on|against|into|to|over|struck|strikes?|"
      + "hit|hits|hitting|targeted|targeting|landed|lands|slammed|impacted|exploded)\\b)[\\w-]+,?\\s+){0,5}$");
  private static final Pattern REFERENCE_BEFORE = Pattern.compile("(?i)\\b((?:north|south|east|west|northeast|"
      + "northwest|southeast|southwest)(?:ern)? of|km (?:from|of)|kilometres (?:from|of)|"
      + "kilometers (?:from|of)|miles (?:from|of))\\s+(?:the\\s+)?(?:\\w+\\s+){0,1}$");
  private static final Pattern CLAUSE_SPLIT = Pattern.compile("(?i)\\b(?:the other|another|a second|the second)\\b");
  private static final Pattern AND = Pattern.compile("(?i)\\band\\b");
  private static final Pattern SPLIT_CUE = Pattern.compile("(?i)\\b(the other|another|a second|both|respectively|"
      + "separate(?:ly)?|while (?:a|the) (?:second|other))\\b");
  private static final Pattern MONTH_BEFORE = Pattern.compile(
      "(?i)(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?\\s+$");
  /** Two named points of one document further apart than this are two attacks (a launch site is not named). */
  private static final double SAME_PLACE_KM = 30;
  /** How many sentences a date line inside a document (a quoted article's) stays the reference for. */
  private static final int REFERENCE_SCOPE = 25;

  /** The header of a forum post, whose date the post's "today" and weekdays count from. */
  private static final Pattern POST_HEADER = Pattern.compile("(?i)\\b(?:posted|post\\s*#\\s*\\d+|reply\\s*#\\s*\\d+)\\b");

  /** Per-document memo of sentence analyses: a sentence is looked at again as support for several attacks. */
  private static final class Memo {
    final java.util.IdentityHashMap<String, Casualties> casualties = new java.util.IdentityHashMap<>();
    final java.util.IdentityHashMap<String, List<WeaponHit>> weapons = new java.util.IdentityHashMap<>();
    final java.util.IdentityHashMap<String, Object[]> dates = new java.util.IdentityHashMap<>();
    /** The vessel of a sentence, or {@link #NO_VESSEL}. */
    final java.util.IdentityHashMap<String, String> vessels = new java.util.IdentityHashMap<>();
    /** Whether a sentence is an aggregate ({@link Gate#aggregate}). */
    final java.util.IdentityHashMap<String, Boolean> aggregates = new java.util.IdentityHashMap<>();
    /** Whether a sentence tells an attack ({@link #isEvent}). */
    final java.util.IdentityHashMap<String, Boolean> events = new java.util.IdentityHashMap<>();
    /** A sentence with its response clauses blanked ({@link #maskResponseClauses}): one string per sentence. */
    final java.util.IdentityHashMap<String, String> masked = new java.util.IdentityHashMap<>();
    /** The response clauses of a sentence ({@link #responseClauses}), unmodifiable. */
    final java.util.IdentityHashMap<String, List<Clause>> clauses = new java.util.IdentityHashMap<>();
    /** The end of a sentence's dateline ({@link #datelineEnd}). */
    final java.util.IdentityHashMap<String, Integer> datelines = new java.util.IdentityHashMap<>();
    /** The places of a sentence ({@link #placesIn}), unmodifiable, for the lists {@link #placesOf}, {@link #actorsOf}. */
    final java.util.IdentityHashMap<Sentence, List<FoundPlace>> places = new java.util.IdentityHashMap<>();
    List<FoundPlace> placesOf;
    List<FoundActor> actorsOf;
    /** The group whose channel the document is ({@link ActorRules#channelGroup}), once {@link #channelKnown}. */
    String channel;
    boolean channelKnown;

    void clear() {
      casualties.clear();
      weapons.clear();
      dates.clear();
      vessels.clear();
      aggregates.clear();
      events.clear();
      masked.clear();
      clauses.clear();
      datelines.clear();
      places.clear();
      placesOf = null;
      actorsOf = null;
      channel = null;
      channelKnown = false;
    }
  }

  private static final ThreadLocal<Memo> MEMO = ThreadLocal.withInitial(Memo::new);

  private final PlaceFinder finder;

  public IncidentExtractor(PlaceFinder finder) {
    this.finder = finder;
  }

  /** The incidents one document reports, in text order. */
  public List<Incident> extract(Document doc) {
    MEMO.get().clear();
    try {
      return extractDocument(doc);
    } finally {
      MEMO.get().clear();
    }
  }

  private List<Incident> extractDocument(Document doc) {
    String text = doc.text();
    List<Sentence> sentences = SentenceSplitter.split(text);
    List<FoundPlace> places = finder.places(text);
    List<FoundPlace> positions = Positions.find(text);
    if (!positions.isEmpty()) {
      // "in position 13°11'N 042°49'E": a written position; the names read inside it are none
      places.removeIf(p -> positions.stream().anyMatch(q -> p.start() < q.end() && q.start() < p.end()));
      places.addAll(positions);
      places.sort(Comparator.comparingInt(FoundPlace::start));
    }
    List<FoundActor> actors = new ArrayList<>(finder.actors(text));
    actors.addAll(ActorRules.unlistedGroups(text, actors));
    // "Damascus International Airport", "Tehran Road": a longer place name holding an actor's name is a place
    actors.removeIf(a -> places.stream().anyMatch(p -> insideLonger(a.start(), a.end(), p.start(), p.end())));
    actors.sort(Comparator.comparingInt(FoundActor::start));

    List<Candidate> candidates = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    int bodyIndex = 0;
    Candidate previous = null;
    LocalDate reference = doc.published();
    int referenceSet = 0;
    int correctionParagraph = -1;
    for (int i = 0; i < sentences.size(); i++) {
      Sentence s = sentences.get(i);
      if (s.zone() == Zone.BOILERPLATE) {
        LocalDate posted = POST_HEADER.matcher(s.text()).find() ? referenceDate(s.text(), doc.published()) : null;
        if (posted != null) {
          reference = posted; // a forum post's header: "Posted by: X | Monday 13 November 2023 - 19:22"
          referenceSet = i;
        }
        continue;
      }
      // the first four sentences of the body are its lead; a heading line ("DEPARTMENT OF DEFENSE", a date) is not one
      boolean lead = s.zone() == Zone.BODY && (headingLine(s.text()) ? bodyIndex < 4 : bodyIndex++ < 4);
      if (!seen.add(s.text().toLowerCase(Locale.ROOT))) {
        continue; // the same sentence again (a quoted forum post, a repeated caption)
      }
      LocalDate ref = referenceDate(s.text(), doc.published());
      if (ref != null) {
        reference = ref; // a quoted article's own date line: its weekdays count from it
        referenceSet = i;
      } else if (i - referenceSet > REFERENCE_SCOPE || datelineEnd(s.text()) > 0) {
        reference = doc.published(); // a new article without a date of its own starts here
      }
      if (correctionParagraph == s.paragraph() || correction(s.text())) {
        correctionParagraph = s.paragraph(); // an editor's note tells again attacks already told: no new ones
        continue;
      }
      Candidate last = candidates.isEmpty() ? null : candidates.get(candidates.size() - 1);
      if (last != null && i - last.index <= 4) {
        furtherProjectile(s.text(), candidates, last);
      }
      Candidate recent = recentStrike(candidates, i, false); // none: no strike whose sites the sentence could tell
      Candidate struck = recent == null ? null : Gate.SITES_OF.find(s.text()) ? recent
          : strikesAt(s.text()) ? recentStrike(candidates, i, true) : null;
      if (struck != null) {
        List<Candidate> sites = sitesOf(s, i, struck, places, actors);
        if (!sites.isEmpty()) {
          if (precisionRank(struck.place) <= 2) {
            // the country or province told for the strikes gives way to the places in it ("in Iraq and Syria"
            // then "In Syria, the strikes hit sites near A and B": Iraq stays)
            candidates.removeIf(c -> c.index == struck.index && precisionRank(c.place) <= 2 && (c.place == null
                || sites.stream().anyMatch(x -> Objects.equals(x.place.country(), c.place.country()))));
          }
          candidates.addAll(sites);
          previous = sites.get(sites.size() - 1);
          continue;
        }
      }
      List<Candidate> found = candidatesOf(doc, reference, sentences, i, places, actors, previous, last, lead);
      if (!found.isEmpty()) {
        candidates.addAll(found);
        previous = found.get(found.size() - 1);
      } else if (previous != null && s.paragraph() != previous.sentence.paragraph()) {
        previous = null;
      }
    }
    ActorRules.claimsOfSeveral(sentences, actors, candidates);
    ActorRules.lateClaims(sentences, places, actors, candidates);
    lateCasualties(sentences, places, actors, candidates);
    noneInAny(sentences, candidates);
    deniedAttacks(sentences, places, actors, candidates);
    return mergeWithinDocument(doc, candidates);
  }

  /**
   * "A second missile landed in the water near the tanker", told after the attack: the attack had at least two
   * projectiles of that kind (its candidates told by the same sentence take the count).
   */
  /** "the missile", "the launchers": a weapon told before, the target of a strike. */
  private static final Pattern STRUCK_WEAPON = Pattern.compile(
      "(?i)\\b(?:the|those|these) (?:[\\w-]+ ){0,2}?(?:missiles?|drones?|launchers?|rockets?)\\b");
  private static final Pattern UNFIRED = Pattern.compile("(?i)\\b(?:failed to (?:launch|fire|take off)|"
      + "did not (?:launch|fire)|(?:was|were) found|(?:was|were) (?:defused|dismantled|seized)|unfired|misfired)\\b");

  private static void furtherProjectile(String sentence, List<Candidate> candidates, Candidate last) {
    Matcher m = Gate.NTH_PROJECTILE.matcher(sentence);
    if (!m.find() || last.weapon == Weapon.AIRSTRIKE || UNFIRED.matcher(sentence).find()) {
      return; // "A fourth rocket failed to launch and was found on a launcher": three were fired
    }
    String noun = m.group(2).toLowerCase(Locale.ROOT);
    if (!noun.startsWith("projectile") && nounWeapon(noun) != last.weapon) {
      return;
    }
    Integer nth = switch (m.group(1).toLowerCase(Locale.ROOT)) {
      case "second" -> 2;
      case "third" -> 3;
      case "fourth" -> 4;
      default -> 5;
    };
    for (Candidate c : candidates) {
      if (c.index == last.index && (c.projectiles == null || c.projectiles < nth)) {
        c.projectiles = nth;
      }
    }
  }

  /**
   * "Two of the targets were near al-Qaim in Iraq and one was near Abu Kamal in Syria", told after strikes: the places
   * of those strikes (each a strike of the same day and striker), finer than a country.
   */
  private static List<Candidate> sitesOf(
      Sentence s, int index, Candidate last, List<FoundPlace> places, List<FoundActor> actors) {
    List<Candidate> out = new ArrayList<>();
    for (FoundPlace p : placesIn(s, places, actors)) {
      if (precisionRank(p.place()) >= 3 && out.stream().noneMatch(c -> samePlace(c.place, p.place()))
          && !FROM_BEFORE.matcher(tail(s.text(), p.start() - s.start())).find()
          && !REFERENCE_BEFORE.matcher(tail(s.text(), p.start() - s.start())).find()) {
        Candidate c = last.copyAt(p);
        c.sitesTold = index;
        addOnce(c.evidence, s);
        out.add(c);
      }
    }
    if (out.size() > 1) {
      for (Candidate c : out) {
        c.killed = null; // "16 killed in strikes near al-Qaim and Akashat": a toll of several sites, none of one
        c.injured = null;
      }
    }
    return out;
  }

  /** An attack said not to have happened: "There was no attack on Victory Base last night", "a controlled detonation". */
  private static final Pattern DENIAL = Pattern.compile("(?i)\\bthere (?:was|had been|has been) no (?:\\w+ )?"
      + "(?:attack|strike|rocket fire|drone attack)\\b|\\b(?:was|were) not (?:attacked|hit|targeted|struck)\\b"
      + "|\\bfalse alarm\\b|\\bhoax\\b|\\bcontrolled (?:detonation|explosion)\\b"
      + "|\\bno (?:rockets?|drones?|missiles?|mortars?) (?:was|were|had been) (?:fired|launched)\\b"
      + "|\\bclaims? " + Lexicon.CALLED_FALSE + "\\b|\\bfalse claims?\\b");

  /** "The claim is false", "a false claim": the claim told before it is denied. */
  private static final Pattern FALSE_CLAIM = Pattern.compile("(?i)\\b(?:the|this|that|these|their|its|such) claims? "
      + Lexicon.CALLED_FALSE + "\\b|\\bfalse claims?\\b");

  /**
   * Drops the attacks told before a denial of an attack at their place ("There were reports overnight of a rocket
   * attack on Victory Base ... There was no attack on Victory Base last night. What people heard was a planned
   * controlled detonation."): the place is the denial's own, or the one of the sentence before it in its paragraph.
   */
  private static void deniedAttacks(List<Sentence> sentences, List<FoundPlace> places, List<FoundActor> actors,
      List<Candidate> candidates) {
    for (int i = 0; i < sentences.size() && !candidates.isEmpty(); i++) {
      Sentence s = sentences.get(i);
      String lower = Gate.Lower.of(s.text());
      if (s.zone() == Zone.BOILERPLATE || !(lower.contains("no ") || lower.contains("not ") || lower.contains("false")
          || lower.contains("hoax") || lower.contains("controlled") || lower.contains("claim"))
          || !DENIAL.matcher(s.text()).find()) {
        continue;
      }
      if (FALSE_CLAIM.matcher(s.text()).find()) {
        // "CENTCOM response: The claim is false.": the claim told just before is no attack
        int at = i;
        candidates.removeIf(c -> c.index < at && at - c.index <= 2 && s.paragraph() - c.sentence.paragraph() <= 1);
        continue;
      }
      List<FoundPlace> denied = new ArrayList<>(placesIn(s, places, actors));
      if (i > 0 && sentences.get(i - 1).paragraph() == s.paragraph()) {
        denied.addAll(placesIn(sentences.get(i - 1), places, actors));
      }
      denied.removeIf(p -> precisionRank(p.place()) < 3);
      int index = i;
      candidates.removeIf(c -> c.index < index && c.place != null && s.paragraph() - c.sentence.paragraph() <= 4
          && denied.stream().anyMatch(p -> samePlace(p.place(), c.place)));
    }
  }

  /**
   * "16 people were killed in strikes near al-Qaim and Akashat", "In Syria, the strikes hit sites near A and B": the
   * places of strikes told before.
   */
  private static final Pattern STRIKES_AT = Pattern.compile(
      "(?i)\\b(?:killed|dead|died|wounded|injured)\\s+(?:in|by)\\s+(?:the\\s+)?(?:us\\s+|american\\s+)?(?:air ?)?strikes\\s+"
          + "(?:near|on|at|in|around|targeting|against)\\s"
          + "|\\bthe\\s+(?:us\\s+|american\\s+)?(?:air ?)?strikes\\s+(?:hit|targeted|struck)\\s"
          // "In Syria, they hit sites near A and B"
          + "|\\bthey\\s+(?:also\\s+)?(?:hit|targeted|struck)\\s+(?:\\w+\\s+){0,2}?(?:sites|targets|facilities|positions)\\b");

  /**
   * The latest airstrike told in the three sentences before sentence i (sentences about its targets may come
   * between), when broad only for a country or province alone or no place at all.
   */
  private static Candidate recentStrike(List<Candidate> candidates, int i, boolean broad) {
    Candidate site = null;
    for (int k = candidates.size() - 1; k >= 0; k--) {
      Candidate c = candidates.get(k);
      if (i - Math.max(c.index, c.sitesTold) > 3) {
        break;
      }
      if (c.weapon == Weapon.AIRSTRIKE && !c.supportOnly) {
        if (!broad || c.place == null || precisionRank(c.place) <= 2) {
          return c;
        }
        if (site == null && c.sitesTold > c.index) {
          site = c; // "In Iraq, the strikes hit A and B. In Syria, they hit C": the strike's sites told in turn
        }
      }
    }
    return site;
  }

  private static boolean strikesAt(String sentence) {
    String lower = Gate.Lower.of(sentence);
    return (lower.contains("strikes") || lower.contains("they")) && STRIKES_AT.matcher(sentence).find();
  }

  /** An editor's note or a correction: it retells attacks already told, with corrected values. */
  private static final Pattern CORRECTION_NOTE = Pattern.compile(
      "(?i)^\\W*(?:editor'?s note|editor’s note|correction|clarification|update[sd]?\\s*:\\s*an earlier)\\b"
          + "|\\ban earlier version of this (?:story|article|report|post)\\b");

  private static boolean correction(String sentence) {
    String lower = Gate.Lower.of(sentence);
    return (lower.contains("note") || lower.contains("correction") || lower.contains("clarification")
        || lower.contains("earlier version")) && CORRECTION_NOTE.matcher(sentence).find();
  }

  /** "... were killed in the strike near al-Mayadin": the toll of an attack told before, named by its place. */
  private static final Pattern IN_THE_ATTACK_AT = Pattern.compile(
      "(?i)\\b(?:in|by|during)\\s+(?:the|that|this|Friday's|Saturday's|Sunday's|Monday's|Tuesday's|Wednesday's|"
          + "Thursday's)\\s+(?:[\\w-]+\\s+){0,2}?(?:strikes?|airstrikes?|attacks?|raids?|bombing|barrage)\\s+"
          + "(?:near|on|at|in|against|targeting|outside)\\b");

  /** "None of the attacks caused casualties", "no injuries were reported in any of this week's incidents". */
  private static final Pattern ALL_OF_THEM = Pattern.compile(
      "(?i)\\b(?:none of|any of|all(?: of)?|each of|either of|in either|in any)\\s+(?:the\\s+|these\\s+|those\\s+|"
          + "this week's\\s+|the week's\\s+|today's\\s+)?(?:[\\w-]+\\s+)?(?:attacks|incidents|strikes|salvos)\\b");

  private static final Pattern NONE_CAUSED = Pattern.compile(
      "(?i)\\bnone of\\b[^.;]{0,60}?\\b(?:caused|resulted in|led to|produced|inflicted)\\s+(?:any\\s+)?"
          + "(casualties|injuries|deaths)\\b");

  /**
   * A statement that no attack of the story hurt anyone ("None of the attacks caused casualties"): the attacks told
   * before it without a toll of their own get none.
   */
  private static void noneInAny(List<Sentence> sentences, List<Candidate> candidates) {
    for (int i = 0; i < sentences.size(); i++) {
      Sentence s = sentences.get(i);
      String lower = Gate.Lower.of(s.text());
      if (s.zone() != Zone.BODY || !(lower.contains("attacks") || lower.contains("incidents")
          || lower.contains("strikes") || lower.contains("salvos")) || !ALL_OF_THEM.matcher(s.text()).find()) {
        continue;
      }
      Casualties c = casualties(s.text());
      Matcher none = NONE_CAUSED.matcher(s.text());
      if (none.find()) {
        String what = none.group(1).toLowerCase(Locale.ROOT);
        c = new Casualties(what.startsWith("injur") ? c.killed : Integer.valueOf(0),
            what.startsWith("death") ? c.injured : Integer.valueOf(0));
      }
      for (Candidate k : candidates) {
        if (k.index < i && k.weapon != Weapon.AIRSTRIKE) {
          if (k.killed == null && Integer.valueOf(0).equals(c.killed)) {
            k.killed = 0;
            addOnce(k.evidence, s);
          }
          if (k.injured == null && Integer.valueOf(0).equals(c.injured)) {
            k.injured = 0;
            addOnce(k.evidence, s);
          }
        }
      }
    }
  }

  /**
   * A toll told further down the story for an attack named by its place ("Four members of the group were killed in
   * the strike near al-Mayadin"): the figures of the attack told before at that place, when it has none.
   */
  private static void lateCasualties(List<Sentence> sentences, List<FoundPlace> places, List<FoundActor> actors,
      List<Candidate> candidates) {
    for (int i = 0; i < sentences.size(); i++) {
      Sentence s = sentences.get(i);
      String lower = Gate.Lower.of(s.text());
      if (s.zone() == Zone.BOILERPLATE || !(lower.contains(" the ") || lower.contains("'s "))
          || !(lower.contains("kill") || lower.contains("wound") || lower.contains("injur") || lower.contains("dead"))) {
        continue;
      }
      Matcher m = IN_THE_ATTACK_AT.matcher(s.text());
      if (!m.find()) {
        continue;
      }
      Casualties c = casualties(s.text());
      if (c.killed == null && c.injured == null) {
        continue;
      }
      int after = s.start() + m.end();
      for (FoundPlace p : placesIn(s, places, actors)) {
        if (p.start() < after || p.start() - after > 20 || precisionRank(p.place()) < 3) {
          continue;
        }
        for (Candidate k : candidates) {
          if (k.index < i && k.place != null && samePlace(k.place, p.place())
              && s.paragraph() - k.sentence.paragraph() <= ActorRules.STORY_PARAGRAPHS + 4) {
            boolean used = false;
            if (k.killed == null && c.killed != null) {
              k.killed = c.killed;
              used = true;
            }
            if (k.injured == null && c.injured != null) {
              k.injured = c.injured;
              used = true;
            }
            if (used) {
              addOnce(k.evidence, s);
            }
          }
        }
        break;
      }
    }
  }

  // ---- one sentence ------------------------------------------------------------------------------------------

  /** A place name that begins the name of a company or an outlet: "Dana Gas", "Basra Oil Company", "Baghdad Post". */
  private static final Pattern ORGANISATION_AFTER = Pattern.compile(
      "^\\s+(?:(?:Gas|Petroleum|Energy|Oil|Power)\\b(?!\\s+(?i:fields?|plants?|facilit(?:y|ies)|terminals?|depots?|"
          + "refiner(?:y|ies)|compressors?|stations?|pipelines?|wells?|storage))(?:\\s+(?:Company|Corporation|Group))?"
          + "|(?:Post|Times|News|TV|Television|Radio|Airways|Airlines|Group|Company|Corporation|Holdings|Bank|"
          + "University|Chamber|Club|Network|Agency|Tribune|Herald|Observer|Daily|Press)\\b)");
  private static final Pattern MODIFIER_AFTER = Pattern.compile(
      "^\\s+(war|conflict|crisis|offensive|ceasefire|truce|government|authorities|officials|militias?|president|"
          + "prime minister|ministry|parliament|talks|deal|agreement|policy|file|issue|question|coast|coastline|shore|"
      + "shores|littoral)\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern ANAPHOR = Pattern.compile(
      "(?i)\\b(the|that|this|Sunday's|Monday's|Tuesday's|Wednesday's|Thursday's|Friday's|Saturday's|the same)\\s+"
          + "(?:\\w+\\s+)?(attack|strike|drone|drones|rockets?|missiles?|blast|explosion|barrage|bombing|assault|vessel|"
          + "ship|tanker|carrier|convoy)\\b");
  private static final Pattern LOCATIVE_BEFORE = Pattern.compile(
      "(?i)\\b(in|into|inside|targeting|targeted|against|at|on|toward|towards|over|across|near|of|"
          // "a drone struck Tel Aviv": the object of the attack is a place, not the state it names by metonymy
          + "struck|hit|hits|hitting|attacked|pounded|shelled|bombed|rocked|shook)\\s+(?:the\\s+)?"
          + "(?:(?:central|downtown|northern|southern|eastern|western|north-eastern|north-western|south-eastern|"
          + "south-western|greater)\\s+)?$");
  private static final Pattern DATE_LINE_LABEL = Pattern.compile("(?i)^\\W*(published|posted|updated|last updated|date)\\b");

  /**
   * The date a line sets for the relative dates after it: a short line that is a full date ("July 8, 2021", "Published
   * in: Jul 07, 2021"), or a sentence opening with a dateline. Null when the line is not one, or the date is more than
   * 90 days before publication or after it.
   */
  static LocalDate referenceDate(String sentence, LocalDate published) {
    int dateline = datelineEnd(sentence);
    LocalDate d = null;
    if (dateline > 0) {
      d = firstDay(sentence.substring(0, dateline));
    }
    if (d == null && (sentence.length() <= 70 || DATE_LINE_LABEL.matcher(sentence).find())) {
      d = firstDay(sentence.length() <= 120 ? sentence : sentence.substring(0, 120));
    }
    if (d == null || published != null && (d.isAfter(published.plusDays(1)) || d.isBefore(published.minusDays(90)))) {
      return null;
    }
    return d;
  }

  /**
   * The date of a heading or lead-in sentence just before, in the same paragraph ("(a) Arbil, 15 February. About 14
   * rockets were fired..."), carried into an attack sentence that has none.
   */
  private static DateChoice headingDate(List<Sentence> sentences, int index, LocalDate reference) {
    Sentence s = sentences.get(index);
    for (int j = index - 1; j >= Math.max(0, index - 2); j--) {
      Sentence h = sentences.get(j);
      // a heading on a line of its own just above ("UKMTO WARNING 020/2024 - 19 February 2024", a blank line, then
      // the advisory) heads the paragraph under it
      boolean headingAbove = j == index - 1 && h.paragraph() == s.paragraph() - 1 && shortHeading(sentences, j);
      if (h.paragraph() != s.paragraph() && !headingAbove || h.zone() == Zone.BOILERPLATE) {
        break;
      }
      if (FILING_NOTE.matcher(h.text()).find()) {
        break; // "Editor's note appended Dec. 30:": the date of the note, not of an attack
      }
      DateChoice d = chooseDate(h.text(), reference, 0);
      if (d != null && d.mention != null && d.date != null && d.precision == DatePrecision.DAY) {
        return new DateChoice(null, d.date, d.precision, "carried over from the heading before");
      }
    }
    return null;
  }

  /**
   * The date a statement is signed with, in the section the sentence is in (up to a rule line "---"): "Sanaa, 24 Rajab
   * 1445 AH, corresponding to 5 February 2024", or a line of a place and a date ("Baghdad, 5 February 2024"). A
   * statement's undated operations are of that day; or null.
   */
  private static DateChoice signedDate(List<Sentence> sentences, int index, LocalDate reference) {
    for (int j = index + 1; j < sentences.size() && j - index <= 40; j++) {
      String t = sentences.get(j).text();
      if (SECTION_RULE.matcher(t).matches()) {
        break;
      }
      Matcher m = SIGNED.matcher(t);
      if (!m.find()) {
        continue;
      }
      DateChoice d = chooseDate(m.group(1) != null ? m.group(1) : m.group(2), reference, 0);
      if (d != null && d.mention != null && d.date != null && d.precision == DatePrecision.DAY) {
        return new DateChoice(null, d.date, d.precision, "the date the statement is signed with");
      }
    }
    return null;
  }

  private static final Pattern CLOCK_LEAD = Pattern.compile("(?i)^\\W*(?:separately,?\\s+|later,?\\s+|then,?\\s+)?"
      + "(?:at|around|by|shortly after|just after|just before)\\s+(?:approximately\\s+|about\\s+|around\\s+)?"
      + "\\d{1,2}(?::\\d{2})?\\s*(?:a\\.?m\\.?|p\\.?m\\.?|hours|hrs)?\\b");
  /** A rule line ("---", "***") that ends a section: a statement, then a note on it. */
  static final Pattern SECTION_RULE = Pattern.compile("^\\s*(?:-{3,}|\\*{3,}|_{3,})\\s*$");
  private static final Pattern SIGNED = Pattern.compile(
      "(?i)\\bcorresponding to\\s+([^.;]{6,40})|^\\s*\\p{Lu}[\\p{L}' -]{2,30},\\s+(\\d{1,2}\\s+\\p{L}{3,9},?\\s+(?:19|20)\\d\\d|"
          + "\\p{L}{3,9}\\s+\\d{1,2},\\s+(?:19|20)\\d\\d)\\s*\\.?\\s*$");

  /** A paragraph of one short line that does not end a sentence: a heading. */
  private static boolean shortHeading(List<Sentence> sentences, int j) {
    Sentence h = sentences.get(j);
    String t = h.text().strip();
    boolean alone = (j == 0 || sentences.get(j - 1).paragraph() != h.paragraph())
        && (j + 1 >= sentences.size() || sentences.get(j + 1).paragraph() != h.paragraph());
    return alone && t.length() <= 90 && !t.endsWith(".") && ADVISORY_HEADING.matcher(t).find();
  }

  private static final Pattern SECTION_NUMBER = Pattern.compile("^\\d{1,2}[).]\\s+\\p{Lu}");

  /**
   * Whether a section heading ("3) DRONES NEAR RUMALYN", "## Red Sea") lies after from, up to to: the sentences on
   * either side tell different stories.
   */
  private static boolean sectionBetween(List<Sentence> sentences, int from, int to) {
    for (int k = from + 1; k <= to; k++) {
      String t = sentences.get(k).text().strip();
      if (t.length() <= 70 && !t.endsWith(".") && (t.startsWith("#") || SECTION_NUMBER.matcher(t).lookingAt()
          || t.length() >= 8 && t.chars().anyMatch(Character::isLetter) && headingLine(t))) {
        return true;
      }
    }
    return false;
  }

  /** "UKMTO WARNING 020/2024 - 19 February 2024": the heading of an advisory, not a page's date line. */
  private static final Pattern ADVISORY_HEADING = Pattern.compile(
      "(?i)\\b(?:warning|advisory|incident|alert|notice|bulletin|update)\\b");

  private static final Pattern FILING_NOTE = Pattern.compile(
      "(?i)\\b(note|appended|updated|posted|published|issued|released|filed)\\b");

  /** A line of page heading rather than a sentence of the lead: no lower case at all, or only a date. */
  static boolean headingLine(String line) {
    return line.chars().noneMatch(Character::isLowerCase) || line.length() <= 40 && firstDay(line) != null
        && line.replaceAll("(?i)[^a-z]", "").length() <= 12;
  }

  private static LocalDate firstDay(String text) {
    return DateResolver.find(text, null).stream()
        .filter(m -> m.date() != null && m.precision() == DatePrecision.DAY).map(DateMention::date).findFirst().orElse(null);
  }

  private List<Candidate> candidatesOf(Document doc, LocalDate reference, List<Sentence> sentences, int index,
      List<FoundPlace> places, List<FoundActor> actors, Candidate previous, Candidate last, boolean lead) {
    Sentence s = sentences.get(index);
    if (!mayTellAnAttack(s.text()) && !trackerRow(s.text())) {
      return List.of();
    }
    DateChoice earlier = earlierThan(s.text(), last);
    List<Candidate> main = candidatesOf(doc, reference, sentences, index, s, earlier, places, actors, previous, last,
        lead);
    main = onEachDay(s.text(), reference, main);
    List<Clause> clauses = otherAttackClauses(s.text());
    if (clauses.isEmpty()) {
      return main;
    }
    // the attack the sentence refers back to ("in response to the attack on Wednesday on the camp"), or the one it
    // led to ("prompting US strikes hours later"), is an attack of its own; the main attack stays the last told
    LocalDate mainDate = !main.isEmpty() ? main.get(0).date : null;
    if (mainDate == null) {
      DateChoice d = chooseDate(maskResponseClauses(s.text()), reference, 0);
      mainDate = d != null && d.mention != null ? d.date : previous != null ? previous.date : null;
    }
    List<Candidate> out = new ArrayList<>();
    boolean alone = main.isEmpty(); // the sentence tells only the other attack: the sentences after it may too
    for (Clause c : clauses) {
      Sentence part = new Sentence(s.start() + c.start, s.start() + c.end, s.text().substring(c.start, c.end),
          s.paragraph(), s.zone());
      DateChoice shifted = mainDate == null || c.days == null ? null : new DateChoice(null,
          mainDate.plusDays(c.days), c.precision, "carried over from the attack it is told with");
      List<Candidate> told = candidatesOf(doc, reference, sentences, index, part, shifted, places, actors, null, null,
          alone);
      for (Candidate t : told) {
        if (c.sameSubject() && !main.isEmpty() && t.weapon == Weapon.UNKNOWN) {
          // "..., and on Tuesday with strikes on Sanaa airport": the same attacker with the same means
          t.weapon = main.get(0).weapon;
          if (t.actor == null) {
            t.actor = main.get(0).actor;
            t.basis = main.get(0).basis;
          }
        }
      }
      out.addAll(told);
    }
    out.addAll(main);
    return out;
  }

  /**
   * "Rockets hit Ain al-Asad on Monday and again on Wednesday", "drones targeted the base on Monday and Tuesday": the
   * attack told once for two days is an attack on each. Its toll, told for both, is neither's.
   */
  private static List<Candidate> onEachDay(String sentence, LocalDate reference, List<Candidate> main) {
    if (main.isEmpty() || !Gate.Lower.of(sentence).contains(" and ")) {
      return main;
    }
    List<DateMention> days = dates(sentence, reference).stream()
        .filter(d -> d.precision() == DatePrecision.DAY && d.date() != null && !d.background()).toList();
    for (int k = 0; k + 1 < days.size(); k++) {
      DateMention a = days.get(k);
      DateMention b = days.get(k + 1);
      if (a.date().equals(b.date()) || !DAY_PAIR_JOIN.matcher(sentence.substring(a.end(), b.start())).matches()) {
        continue;
      }
      LocalDate other = main.stream().allMatch(c -> a.date().equals(c.date)) ? b.date()
          : main.stream().allMatch(c -> b.date().equals(c.date)) ? a.date() : null;
      if (other == null) {
        return main;
      }
      List<Candidate> out = new ArrayList<>(main);
      for (Candidate c : main) {
        out.add(c.copyOn(other));
      }
      for (Candidate c : out) {
        c.killed = c.killed == null || c.killed == 0 ? c.killed : null;
        c.injured = c.injured == null || c.injured == 0 ? c.injured : null;
        c.projectiles = null;
      }
      return out;
    }
    return main;
  }

  private static final Pattern DAY_PAIR_JOIN = Pattern.compile("(?i)\\s*,?\\s+and\\s+(?:again\\s+)?(?:on\\s+|late\\s+|early\\s+)?");

  /**
   * The attacks one sentence, or one clause {@code s} of sentence {@code index}, tells. {@code relative} is a date
   * the sentence gives only relative to another attack ("a week after", "a week earlier"); {@code lead} is, for a
   * sentence, whether it is in the lead of its article and, for a clause, whether the sentence tells nothing else.
   */
  private List<Candidate> candidatesOf(Document doc, LocalDate reference, List<Sentence> sentences, int index,
      Sentence s, DateChoice relative, List<FoundPlace> places, List<FoundActor> actors, Candidate previous,
      Candidate last, boolean lead) {
    String st = s != sentences.get(index) ? s.text() : maskResponseClauses(s.text());
    if (!trackerRow(st) && !isEvent(st)) {
      return List.of();
    }
    List<FoundPlace> here = placesIn(s, places, actors).stream()
        .filter(p -> st.charAt(p.start() - s.start()) != ' ' || p.surface().startsWith(" "))
        .map(p -> airportOf(st, p, s.start())).toList();
    FoundPlace same = sameSite(st, s.start(), places, false);
    if (same == null && here.isEmpty() && dates(st, reference).stream()
        .anyMatch(d -> d.date() != null && !d.background() && d.precision() == DatePrecision.DAY)) {
      // "On April 14, a drone struck a building on the coalition side of the airport": an attack of its own day at the
      // airport told before (not "three landed inside the airport compound", a part of the attack told)
      same = sameSite(st, s.start(), places, true);
    }
    if (same != null && here.stream().noneMatch(p -> precisionRank(p.place()) >= 4)) {
      here = new ArrayList<>(here);
      here.add(same);
      here.sort(Comparator.comparingInt(FoundPlace::start));
    }
    List<WeaponHit> weapons = weaponsIn(st);
    if (here.isEmpty() && weapons.isEmpty()) {
      return List.of();
    }
    int cue = firstAttack(st);
    boolean stateStrike = ActorRules.STATE_ACTIVE_GATE.find(st) || ActorRules.STATE_DRONE_GATE.find(st);

    // date
    DateChoice date = chooseDate(st, reference, cue);
    if (date == null) {
      return List.of(); // background or a span, not an event
    }
    if (date.mention != null && date.how.endsWith("statement") && previous != null && previous.date != null
        && index - previous.index <= 3 && !previous.date.equals(date.date) && ANAPHOR.matcher(st).find()) {
      // "said in a statement on Saturday that the drones targeted the field": the attack told before, not a new day
      date = new DateChoice(null, previous.date, previous.precision, "carried over from the sentence before");
    }
    if (date.mention == null && relative != null) {
      date = relative;
    } else if (date.mention == null && s != sentences.get(index)) {
      return List.of(); // a clause about another attack without a date of its own
    } else if (date.mention == null) {
      DateChoice heading = headingDate(sentences, index, reference);
      // a dated heading of its own ("UKMTO WARNING 044/2024 - 25 April 2024") starts another attack's story
      boolean newHeading = heading != null && previous != null && previous.sentence.paragraph() != s.paragraph()
          && !heading.date.equals(previous.date);
      // "Meanwhile, ..." starts another story: the day of the attack before is not its day
      boolean switched = STORY_SWITCH.matcher(st).find();
      boolean sameStory = !newHeading && !switched && previous != null && (previous.sentence.paragraph() == s.paragraph()
          || ANAPHOR.matcher(st).find() || ordinal(st) != null) && index - previous.index <= 3;
      boolean nearby = !sameStory && !newHeading && !switched && previous != null && index - previous.index <= 3;
      heading = sameStory ? null : heading;
      DateChoice signed;
      // "At 5:30 p.m., the Houthis launched ...", after "On June 4, between 9:50 a.m. and 1:20 p.m., ...": a time of
      // the day told before
      boolean clockOfDay = !sameStory && heading == null && previous != null && previous.date != null
          && previous.precision == DatePrecision.DAY && previous.dateStrength > 0 && index - previous.index <= 6
          && CLOCK_LEAD.matcher(st).lookingAt();
      if (clockOfDay) {
        date = new DateChoice(null, previous.date, previous.precision, "carried over: a time of the day told before");
      } else if (sameStory) {
        date = new DateChoice(null, previous.date, previous.precision, previous.dateStrength == 0
            ? "carried over from the sentence before, which has the publication date" : "carried over from the sentence before");
      } else if (heading != null) {
        date = heading;
      } else if ((lead || switched) && !weapons.isEmpty() && (signed = signedDate(sentences, index, reference)) != null) {
        date = signed;
      } else if ((lead || switched) && reference != null && !weapons.isEmpty()
          && (here.stream().anyMatch(p -> precisionRank(p.place()) >= 3) || stateStrike && !here.isEmpty())) {
        date = new DateChoice(null, reference, DatePrecision.DAY, reference.equals(doc.published())
            ? "publication date (lead without a date)" : "date of the post or quoted article (lead without a date)");
      } else if ((lead || switched) && reference == null && !weapons.isEmpty()
          && here.stream().anyMatch(p -> precisionRank(p.place()) >= 3)) {
        date = new DateChoice(null, null, DatePrecision.UNKNOWN, "no date");
      } else if (nearby) {
        date = new DateChoice(null, previous.date, previous.precision, "support for the attack before");
      } else if (last != null && here.stream().anyMatch(p -> allocatedTo(st, p.start() - s.start()) != null)) {
        // "four of the missiles hit Khurais": a count for a place of an attack told before, however far back
        date = new DateChoice(null, last.date, last.precision, "support for the attack before");
      } else {
        return List.of();
      }
    }

    // neighbours for missing values
    // a clause about another attack takes nothing from the sentences around, which tell the sentence's own attack,
    // unless the sentence tells only that other attack (then "lead" says so, and only the sentences after count)
    boolean clause = s != sentences.get(index);
    List<Sentence> support = !clause ? neighbours(sentences, index)
        : lead ? neighbours(sentences, index).stream().filter(n -> n.start() > s.end()).toList() : List.of();

    Weapon weapon = stateStrike ? Weapon.AIRSTRIKE : chooseWeapon(weapons);
    List<Sentence> evidence = new ArrayList<>(List.of(s));
    if (weapon == Weapon.UNKNOWN) {
      String vessel = vesselName(st);
      for (Sentence n : support) {
        String other = vessel == null ? null : vesselName(n.text());
        if (other != null && !other.equals(vessel)) {
          continue; // "The Verbena was hit by two missiles": another ship's attack
        }
        if (RETALIATORY.matcher(n.text()).find()) {
          continue; // "12 militants were neutralised in retaliatory strikes": the answer, not the attack
        }
        if (placedElsewhere(placesIn(n, places, actors).stream().filter(p -> precisionRank(p.place()) >= 3).toList(),
            here)) {
          continue; // "claimed today's attack on al-Tanf", then "reports of a rocket attack on Victory Base"
        }
        Weapon w = chooseWeapon(weaponsIn(n.text()));
        LocalDate candidateDate = date.date;
        if (w != Weapon.UNKNOWN && candidateDate != null && dates(n.text(), reference).stream()
            .anyMatch(d -> d.precision() == DatePrecision.DAY && !d.background() && d.date() != null
                && Math.abs(d.date().toEpochDay() - candidateDate.toEpochDay()) > 1)) {
          continue; // the weapon of an attack told with another day
        }
        if (w != Weapon.UNKNOWN) {
          weapon = w;
          evidence.add(n);
          break;
        }
      }
    }
    if (date.strength() <= 1 && date.date != null) {
      // "... were killed in an attack, the ministry said on Wednesday. The ministry said the soldiers were killed on
      // Tuesday": the day told again for the same victims is the attack's, not the day of the statement
      for (Sentence n : support) {
        if (n.start() < s.end() || !RETOLD_VICTIMS.matcher(n.text()).find()) {
          continue;
        }
        DateChoice d = chooseDate(n.text(), reference, 0);
        if (d != null && d.mention != null && d.date != null && d.precision == DatePrecision.DAY
            && !d.date.isAfter(date.date) && date.date.toEpochDay() - d.date.toEpochDay() <= 3) {
          date = d; // a stated day, as strong as one told in the sentence
          addOnce(evidence, n);
          break;
        }
      }
    }
    if (weapon == Weapon.UNKNOWN && CONVOY.matcher(st).find() && sentences.stream()
        .anyMatch(n -> n.zone() != Zone.BOILERPLATE && weaponsIn(n.text()).stream()
            .anyMatch(h -> h.weapon() == Weapon.IED))) {
      weapon = Weapon.IED; // "Tuesday's attack struck a convoy" in a story of roadside bombs on convoys
    }
    int anchor = date.mention != null ? date.mention.start() : weapons.isEmpty() ? cue : weapons.get(0).at();
    List<FoundPlace> chosenPlaces = choosePlaces(st, here, anchor, s.start());
    List<FoundPlace> fallbackPlaces = List.of();
    Sentence fallbackSentence = null;
    if (chosenPlaces.isEmpty() && !clause) {
      // used only when the attack is not one already told with its place (see mergeWithinDocument)
      for (Sentence n : support) {
        if (!Merging.compatible(weapon, chooseWeapon(weaponsIn(n.text())))
            && !(weapon == Weapon.AIRSTRIKE && STRUCK_WEAPON.matcher(n.text()).find())) {
          continue; // the place of another kind of attack (but "identified the missile in ... Yemen": what was struck)
        }
        String masked = maskResponseClauses(n.text());
        // "US strikes militias after Erbil drone attack": the place of the attack answered is not the strikes' place
        List<FoundPlace> np = placesIn(n, places, actors).stream()
            .filter(p -> !blanked(n.text(), masked, p.start() - n.start())).toList();
        LocalDate candidateDate = date.date;
        // not the place of an attack told on another day, in another month ("in September 2019") or another year
        if (!np.isEmpty() && dates(n.text(), reference).stream()
            .noneMatch(d -> d.precision() == DatePrecision.DAY && !Objects.equals(d.date(), candidateDate)
                || otherMonth(d, candidateDate))) {
          fallbackPlaces = choosePlaces(n.text(), np, firstAttack(n.text()), n.start());
          if (fallbackPlaces.size() > 1 && !SPLIT_CUE.matcher(n.text()).find()) {
            fallbackPlaces = fallbackPlaces.subList(0, 1);
          }
          fallbackSentence = n;
          break;
        }
      }
    }

    Place again = null;
    if (chosenPlaces.isEmpty() && fallbackPlaces.isEmpty() && last != null && last.place != null
        && (AGAIN.matcher(st).find() || index > 0 && sentences.get(index - 1).paragraph() == s.paragraph()
            && AGAIN.matcher(sentences.get(index - 1).text()).find())) {
      again = last.place; // "And again this evening. This is a separate attack - rockets this time."
    }

    Integer projectiles = projectiles(st, weapon);
    Casualties cas = casualties(st);
    if (st.startsWith("|") && (cas.killed == null || cas.injured == null)) {
      cas = cas.fill(tableNone(sentences, index, st)); // a table row whose casualty cell says "None"
    }
    // "Multiple drones targeted X. One drone was shot down": after a vague count only a number fired is the count
    boolean vague = VAGUE_GATE.find(st);
    for (Sentence n : support) {
      if (otherStory(n, date.date, weapon, reference) || n != s && !otherAttackClauses(n.text()).isEmpty()
          || n.start() < s.start() && closesEarlierStory(sentences, n, date.date, weapon, reference)
          || n != s && placedElsewhere(placesIn(n, places, actors), chosenPlaces)) {
        continue; // a sentence of another attack ("The attack came a day after the Houthis fired ..."): its figures
      }
      if (projectiles == null && weapon != Weapon.UNKNOWN && weapon != Weapon.AIRSTRIKE && countsWeapon(n.text(), weapon)
          && (!vague || LAUNCHED.matcher(n.text()).find() && !INTERCEPTED.matcher(n.text()).find())) {
        Integer p = projectiles(n.text(), weapon);
        if (p != null) {
          projectiles = p;
          addOnce(evidence, n);
        }
      }
      if (n != s && (aggregate(n.text()) || Gate.BACKGROUND.find(n.text()))) {
        continue; // "have attacked more than 100 vessels since November, killing four sailors": a campaign's toll
      }
      Casualties c = casualties(n.text());
      if (cas.killed == null && c.killed != null || cas.injured == null && c.injured != null) {
        cas = cas.fill(c);
        addOnce(evidence, n);
      }
    }
    // a count told after the sentence that stands over its own: "a Katyusha rocket ... fell on their house", then "two
    // rockets were launched towards the airport" (those fired, not the one that hit); "our mujahideen targeted the base
    // with 24 rockets", then "the interior ministry said 14 rockets were fired" (the officials', not the group's)
    boolean supportCount = false;
    boolean one = projectiles != null && projectiles == 1 && !claimVoice(st);
    boolean claimed = projectiles != null && claimVoice(st) && !officialSource(st);
    for (Sentence n : one || claimed ? support : List.<Sentence>of()) {
      if (n.start() < s.start() || !countsWeapon(n.text(), weapon) || otherStory(n, date.date, weapon, reference)
          || placedElsewhere(placesIn(n, places, actors), chosenPlaces)) {
        continue;
      }
      Integer p = projectiles(n.text(), weapon);
      boolean fired = one && p != null && p > 1 && LAUNCHED.matcher(n.text()).find() && !claimVoice(n.text());
      if (fired || claimed && p != null && officialSource(n.text())) {
        projectiles = p;
        supportCount = true;
        addOnce(evidence, n);
        break;
      }
    }
    // sources disagree: the military's own figure ("CENTCOM said one service member was injured") beats a monitor's
    Casualties told = casualties(st);
    boolean monitorOwn = monitor(st);
    for (Sentence n : support) {
      if (!official(n.text()) || otherStory(n, date.date, weapon, reference)
          || n != s && placedElsewhere(placesIn(n, places, actors), chosenPlaces)) {
        continue;
      }
      Casualties c = casualties(n.text());
      Integer k = c.killed != null && (told.killed == null || monitorOwn) ? c.killed : cas.killed;
      Integer j = c.injured != null && (told.injured == null || monitorOwn) ? c.injured : cas.injured;
      if (!Objects.equals(k, cas.killed) || !Objects.equals(j, cas.injured)) {
        cas = new Casualties(k, j);
        addOnce(evidence, n);
      }
      break;
    }
    // "No one was hurt." often closes the story a few sentences later
    for (int j = index + 1; j < Math.min(sentences.size(), index + 7) && (cas.killed == null || cas.injured == null); j++) {
      Sentence n = sentences.get(j);
      if (n.zone() == Zone.BOILERPLATE || support.contains(n)) {
        continue;
      }
      DateChoice own = n.paragraph() - s.paragraph() > 3 ? null : chooseDate(n.text(), reference, 0);
      if (n.paragraph() - s.paragraph() > 3 || shortHeading(sentences, j) // the next advisory's heading
          || own != null && own.mention != null && !Objects.equals(own.date, date.date)
          || placedElsewhere(placesIn(n, places, actors), chosenPlaces)
          || !otherAttackClauses(n.text()).isEmpty()) { // "The attack came a day after the Houthis fired at ..."
        break; // another story
      }
      Casualties c = casualties(n.text());
      if (c.killed != null && c.killed == 0 || c.injured != null && c.injured == 0) {
        cas = cas.fill(c);
        addOnce(evidence, n);
      }
    }

    // (a town in the country the attack is told for is one of its sites: "strikes in eastern Syria ... an arms depot
    // in Deir Ezzor")
    cas = revisedToll(sentences, index, weapon, reference, cas, evidence, elsewhere -> placesIn(elsewhere, places, actors)
        .stream().anyMatch(p -> precisionRank(p.place()) >= 3
            && chosenPlaces.stream().noneMatch(q -> samePlace(p.place(), q.place()) || precisionRank(q.place()) == 1
                && Objects.equals(q.place().country(), p.place().country()))));

    LocalDate day = date.date;
    Weapon kind = weapon;
    LocalDate from = reference;
    // "US strikes followed the drone attack that killed three soldiers at Tower 22": the masked clauses' parties are
    // another attack's
    Sentence ownPart = st.equals(s.text()) ? s : new Sentence(s.start(), s.end(), st, s.paragraph(), s.zone());
    List<FoundActor> named = ownPart == s ? actors : actors.stream().filter(a -> a.end() <= s.start() || a.start() >= s.end()
        || !blanked(s.text(), st, a.start() - s.start())).toList();
    ActorRules.ActorChoice actor = ActorRules.chooseActor(sentences, index, ownPart, named, weapon,
        n -> otherStory(n, day, kind, from) || storySwitchBetween(sentences, index, sentences.indexOf(n)),
        n -> placedElsewhere(placesIn(n, places, actors), chosenPlaces) || toldOnAnotherDay(n, day, from),
        n -> strikeToldElsewhere(n, placesIn(n, places, actors), chosenPlaces));
    if (actor != null && actor.sentence() == ownPart && ownPart != s) {
      actor = new ActorRules.ActorChoice(actor.name(), actor.basis(), s, actor.weak()); // the evidence is as written
    }
    if (actor != null && actor.name().equals("Yemeni government forces") && (HOUTHI_VOICE.matcher(doc.text()).find()
        || HOUTHI_TARGET.matcher(st).find())) {
      // Sanaa's media call the Houthi forces "the Yemeni army"; the government's forces do not fire at US warships
      actor = new ActorRules.ActorChoice("Houthis (Yemeni army)", actor.basis(), actor.sentence(), actor.weak());
    }
    if (actor != null && actor.basis() == ActorBasis.ATTRIBUTED && (ActorRules.issuedBy(sentences, index, actor.name())
        || !ActorRules.isStateName(actor.name()) && statementLead(sentences, index))) {
      // "Statement of the Yemeni Armed Forces: ... carried out an operation targeting ...": the group's own claim
      actor = new ActorRules.ActorChoice(actor.name(), ActorBasis.CLAIMED, actor.sentence(), actor.weak());
    }
    if (actor == null && st.startsWith("|")) {
      actor = actorColumn(sentences, index, st, s, actors);
    }
    Memo memo = MEMO.get();
    if (!memo.channelKnown) {
      memo.channel = ActorRules.channelGroup(sentences, actors); // once a document
      memo.channelKnown = true;
    }
    actor = ActorRules.channelVoice(memo.channel, s, st, actor); // "our heroes targeted" on the group's channel
    if (actor != null && actor.basis() == ActorBasis.ATTRIBUTED && st.startsWith("|")) {
      // a tracker's "Claimed by" column: the group in it claimed the attack
      String claim = tableCell(sentences, index, st, "claim");
      if (claim != null && !NO_CLAIM_CELL.matcher(claim).matches()
          && claim.toLowerCase(Locale.ROOT).contains(actor.name().toLowerCase(Locale.ROOT))) {
        actor = new ActorRules.ActorChoice(actor.name(), ActorBasis.CLAIMED, actor.sentence(), actor.weak());
      }
    }
    if (actor != null && actor.sentence() != s) {
      addOnce(evidence, actor.sentence());
    }
    String target = target(st);

    double confidence = 0.45;
    confidence += date.mention != null && date.precision == DatePrecision.DAY ? 0.2
        : date.mention != null ? 0.1 : date.date != null && previous != null ? 0.1 : 0.0;
    confidence += weapon != Weapon.UNKNOWN ? 0.1 : 0.0;
    confidence += projectiles != null || cas.killed != null || cas.injured != null ? 0.05 : 0.0;
    confidence += actor != null ? 0.05 : 0.0;
    if (s.zone() == Zone.CAPTION) {
      confidence -= 0.2;
    }

    List<Candidate> out = new ArrayList<>();
    List<FoundPlace> targets = chosenPlaces.isEmpty() ? java.util.Collections.singletonList(null) : chosenPlaces;
    // a toll of several places: "rockets hit Baghdad and Basra, killing one" is none of one; otherwise the place told
    // first takes it and the others none, so totals still add up (a toll of none is each one's)
    Casualties shared = chosenPlaces.size() > 1 ? cas.withoutTolls() : cas;
    if (objectsOfVerb(st, chosenPlaces, s.start())) {
      cas = cas.withoutTolls();
    }
    FoundPlace firstTold = chosenPlaces.stream().min(Comparator.comparingInt(FoundPlace::start)).orElse(null);
    // "Syria's health ministry said nine people were killed": the toll is of the place in that country
    String speaker = evidence.stream().map(e -> tollSpeaker(e.text())).filter(Objects::nonNull).findFirst().orElse(null);
    FoundPlace tollTarget = speaker == null ? null
        : chosenPlaces.stream().filter(p -> speaker.equals(p.place().country())).findFirst().orElse(null);
    List<Weapon> own = stateStrike ? null : weaponsOfConjuncts(weapons, chosenPlaces, s.start());
    for (int k = 0; k < targets.size(); k++) {
      FoundPlace fp = targets.get(k);
      Weapon w = own == null ? weapon : own.get(k);
      Integer count = w == weapon ? projectiles : null;
      Allocation alloc = fp == null ? null : allocatedTo(st, fp.start() - s.start());
      if (alloc != null) {
        count = supportCount && targets.size() == 1 ? count : alloc.count(); // a later fuller count stands
        w = alloc.weapon() == null || stateStrike ? w : alloc.weapon();
      }
      double c = confidence;
      if (fp != null) {
        c += switch (fp.place().precision() == null ? PlacePrecision.COUNTRY : fp.place().precision()) {
          case SITE -> 0.15;
          case CITY -> 0.1;
          case ADMIN1 -> 0.05;
          case COUNTRY -> 0.0;
        };
      } else {
        c -= 0.1;
      }
      Casualties toll = fp == null || fp == (tollTarget == null ? firstTold : tollTarget) ? cas
          : tollTarget != null ? cas.withoutTolls() : shared;
      out.add(new Candidate(s, index, date.date, date.precision, date.strength(), fp == null ? again : fp.place(), w,
          count, toll.killed, toll.injured, actor == null ? null : actor.name(),
          actor == null ? ActorBasis.UNKNOWN : actor.basis(), target, evidence, Math.max(0.05, Math.min(0.95, c)),
          s.zone() == Zone.CAPTION || date.how.startsWith("support"), fallbackPlaces, fallbackSentence));
      out.get(out.size() - 1).carried = date.how.startsWith("carried over from the sentence");
      out.get(out.size() - 1).vessel = vesselName(s.text());
      out.get(out.size() - 1).weakActor = actor != null && actor.weak();
      out.get(out.size() - 1).separate = SEPARATE.matcher(st).find();
      out.get(out.size() - 1).allocated = alloc != null;
      out.get(out.size() - 1).vagueCount = count == null && vague;
      out.get(out.size() - 1).interceptedCount = count != null && INTERCEPTED.matcher(st).find()
          && !LAUNCHED.matcher(st).find();
    }
    return out;
  }

  /**
   * The toll as revised further down the story ("The death toll rose to four on Tuesday", "the number of wounded had
   * risen to 34"): the later figure replaces the first, as the latest official count does in a briefing. The story
   * ends where another begins (a story switch, another ship, the next advisory's heading, another weapon, an attack
   * told at another place, four paragraphs on); a revision told with a later day is still this attack's.
   */
  private static Casualties revisedToll(List<Sentence> sentences, int index, Weapon weapon, LocalDate reference,
      Casualties cas, List<Sentence> evidence, java.util.function.Predicate<Sentence> namesOtherPlace) {
    Sentence s = sentences.get(index);
    cas = correctedAtTop(sentences, index, cas, evidence);
    int end = Math.min(sentences.size(), index + 8);
    while (end > index + 1 && (sentences.get(end - 1).zone() == Zone.BOILERPLATE
        || !Gate.REVISED_TOLL.open(sentences.get(end - 1).text()))) {
      end--; // no revision after it: where the story ends past it does not matter (and is dear to find out)
    }
    for (int j = index; j < end; j++) {
      Sentence n = sentences.get(j);
      if (j > index && (n.paragraph() - s.paragraph() > 3 || shortHeading(sentences, j)
          || storySwitchBetween(sentences, index, j) || otherStory(n, null, weapon, reference)
          || isEvent(n.text()) && namesOtherPlace.test(n))) {
        break; // another story, or another attack of this one elsewhere (whose toll the revision may be)
      }
      if (n.zone() == Zone.BOILERPLATE || !Gate.REVISED_TOLL.open(n.text())) {
        continue;
      }
      cas = revisedBy(n, cas, evidence, true);
    }
    return cas;
  }

  /**
   * The toll as a sentence revises it ("the death toll rose to four", "the number of wounded had risen to 34"); a
   * death toll less the attackers it counts when {@code victimsOnly}.
   */
  private static Casualties revisedBy(Sentence n, Casualties cas, List<Sentence> evidence, boolean victimsOnly) {
    Matcher m = Gate.REVISED_TOLL.pattern().matcher(n.text());
    while (m.find()) {
      Integer figure = Numbers.parse(m.group(4));
      figure = figure == null || m.group(3) != null || !victimsOnly ? figure : victimsOnly(n.text(), m.end(), figure);
      if (figure == null) {
        continue;
      }
      cas = m.group(3) != null ? new Casualties(cas.killed, figure) : new Casualties(figure, cas.injured);
      addOnce(evidence, n);
    }
    return cas;
  }

  private static final Pattern CORRECTION_LEAD = Pattern.compile(
      "(?i)^\\W{0,3}(?:correction|corrected|update|updated|editor['’]?s note|clarification)\\b");

  /**
   * A correction or update note at the top of the page ("CORRECTION: An earlier version of this story said 10 people
   * were killed. The death toll has risen to 12") revises the toll of the attack the story opens with.
   */
  private static Casualties correctedAtTop(List<Sentence> sentences, int index, Casualties cas, List<Sentence> evidence) {
    Sentence s = sentences.get(index);
    if (s.paragraph() > 5 || sentences.isEmpty() || !CORRECTION_LEAD.matcher(sentences.get(0).text()).find()) {
      return cas;
    }
    int note = sentences.get(0).paragraph();
    for (int j = 0; j < index && sentences.get(j).paragraph() == note; j++) {
      cas = revisedBy(sentences.get(j), cas, evidence, false);
    }
    return cas;
  }

  /**
   * Whether a sentence before the attack's own closes the story of another attack told just before it ("On 14 August
   * a convoy was struck near Diwaniyah. No casualties were reported. A second IED detonated on 16 August ..."): its
   * figures are that attack's.
   */
  private static boolean closesEarlierStory(List<Sentence> sentences, Sentence n, LocalDate day, Weapon weapon,
      LocalDate reference) {
    int j = sentences.indexOf(n);
    if (j < 1) {
      return false;
    }
    Sentence before = sentences.get(j - 1);
    return before.paragraph() == n.paragraph() && isEvent(before.text()) && otherStory(before, day, weapon, reference);
  }

  private static final Pattern STATEMENT_LEAD = Pattern.compile(
      "(?i)^\\W*(?:(?:military|official)\\s+)?(?:statement|communiqu[eé]|announcement|claim)(?:\\s+no\\.?\\s*\\d+)?\\s*[:\\-–—]");

  /**
   * A paragraph that opens "Statement: ... the mujahideen of the Islamic Resistance in Iraq attacked ...": the
   * group's own statement, so the group it names as the attacker claims.
   */
  private static boolean statementLead(List<Sentence> sentences, int index) {
    Sentence s = sentences.get(index);
    for (int j = index; j >= 0 && sentences.get(j).paragraph() == s.paragraph(); j--) {
      if (STATEMENT_LEAD.matcher(sentences.get(j).text()).find()) {
        return true;
      }
    }
    return false;
  }

  /**
   * A state's strike told in a sentence only for places where this attack cannot be: "The United States on Friday
   * carried out strikes in Iraq and Syria ..., in response to a deadly attack on US troops in Jordan" (the places of
   * the strike's own clause count: Iraq and Syria), not "... hours after an Israeli drone strike near Mayadin".
   */
  private static boolean strikeToldElsewhere(Sentence n, List<FoundPlace> named, List<FoundPlace> chosen) {
    String text = n.text();
    Matcher m = ActorRules.STATE_ACTIVE_GATE.matcher(text);
    int at = m.find() ? m.start() : -1;
    if (at < 0) {
      Matcher d = ActorRules.STATE_DRONE_GATE.matcher(text);
      at = d.find() ? d.start() : -1;
    }
    if (at < 0) {
      return false;
    }
    String masked = maskResponseClauses(text);
    boolean inClause = blanked(text, masked, at);
    List<FoundPlace> own = named.stream().filter(p -> blanked(text, masked, p.start() - n.start()) == inClause).toList();
    return noPlaceInCommon(own, chosen);
  }

  /** Whether {@link #maskResponseClauses} blanked position k of the text (a response clause, history, a defender). */
  private static boolean blanked(String text, String masked, int k) {
    return masked != text && masked.charAt(k) == ' ' && text.charAt(k) != ' ';
  }

  /** A sentence whose places (one at least) can none of them be where this attack was. */
  private static boolean noPlaceInCommon(List<FoundPlace> named, List<FoundPlace> chosen) {
    return !named.isEmpty() && !chosen.isEmpty() && named.stream().noneMatch(p -> chosen.stream().anyMatch(
        q -> Merging.placesCompatible(p.place(), q.place(), SAME_PLACE_KM) || sameProvince(p.place(), q.place())));
  }

  /** The Houthis' own voice: their spokesman or their media. */
  private static final Pattern HOUTHI_VOICE = Pattern.compile("\\b(?:Saree|Sarea|Sare'e|al-Masirah|Al Masirah|Almasirah|"
      + "\\(Saba\\)|Saba News Agency \\(Sanaa\\))");
  /** What only the Houthis of Yemen's forces attack: US, British and Israeli warships and Israel, ships in transit. */
  private static final Pattern HOUTHI_TARGET = Pattern.compile("(?i)\\b(?:American|US|U\\.S\\.|British|Israeli|Zionist)\\s+"
      + "(?:\\w+\\s+)?(?:destroyer|warship|aircraft carrier|frigate|ship|vessel|enemy)\\b|\\b(?:Eilat|Tel Aviv|Jaffa)\\b");

  /** A month or year told that is not the month (year) of the day given. */
  private static boolean otherMonth(DateMention d, LocalDate day) {
    if (d.date() == null || day == null || d.background()) {
      return false;
    }
    return d.precision() == DatePrecision.MONTH && (d.date().getYear() != day.getYear()
        || d.date().getMonthValue() != day.getMonthValue())
        || d.precision() == DatePrecision.YEAR && d.date().getYear() != day.getYear();
  }

  /**
   * A sentence that tells an attack of its own on a stated day other than this attack's ("On Wednesday night, the
   * Islamic Resistance said it had targeted ...", after Thursday's attack): its claim is that attack's.
   */
  private static boolean toldOnAnotherDay(Sentence n, LocalDate day, LocalDate reference) {
    if (day == null || !isEvent(n.text())) {
      return false;
    }
    DateChoice own = chooseDate(n.text(), reference, 0);
    return own != null && own.mention != null && own.strength() >= 2 && own.precision == DatePrecision.DAY
        && !own.date.equals(day);
  }

  /**
   * A sentence that names only places (a town, a site, a sea) none of which can be where this attack was: "the
   * Houthis said they targeted the USS Laboon in the Red Sea", told after rockets at Ain al-Asad.
   */
  private static boolean placedElsewhere(List<FoundPlace> named, List<FoundPlace> chosen) {
    // one place only: a claim of a wave names several targets, and this attack's may be left out of the list; a
    // country counts when it is another country ("at northern Israel" after an attack in Hama)
    return !named.isEmpty() && !chosen.isEmpty() && named.stream().allMatch(p -> (precisionRank(p.place()) >= 3
        || p.place().precision() == PlacePrecision.COUNTRY && p.place().country() != null
        && chosen.stream().allMatch(q -> q.place().country() != null && !q.place().country().equals(p.place().country())))
        && samePlace(p.place(), named.get(0).place())
        && chosen.stream().noneMatch(q -> Merging.placesCompatible(p.place(), q.place(), SAME_PLACE_KM)
        || sameProvince(p.place(), q.place())));
  }

  /** Both in one province ("Safwan" and "Basra Operations Command"): not told apart by place. */
  static boolean sameProvince(Place a, Place b) {
    return a.admin1() != null && a.admin1().equals(b.admin1()) && Objects.equals(a.country(), b.country());
  }

  /**
   * Whether a neighbouring sentence tells another attack than one of this day and weapon: it states another day, or it
   * tells an attack with a weapon that cannot be this one's.
   */
  private static boolean otherStory(Sentence n, LocalDate day, Weapon weapon, LocalDate reference) {
    if (day != null && dates(n.text(), reference).stream().anyMatch(d -> d.precision() == DatePrecision.DAY
        && !d.background() && d.date() != null && Math.abs(d.date().toEpochDay() - day.toEpochDay()) > 1)) {
      return true;
    }
    if (weapon == Weapon.UNKNOWN) {
      return false;
    }
    Weapon w = chooseWeapon(weaponsIn(n.text()));
    // an air strike's missiles ("our air defenses confronted the aggression's missiles") are the same strike
    boolean munitions = weapon == Weapon.AIRSTRIKE && w == Weapon.MISSILE;
    return weapon != Weapon.UNKNOWN && w != Weapon.UNKNOWN && !Merging.compatible(weapon, w) && !munitions
        && isEvent(n.text());
  }

  private static final Pattern COUNT_CELL = Pattern.compile("(?i)\\s*(?:at least\\s+)?(\\d{1,4}|" + Numbers.TOKEN
      + ")(?:\\s+[\\w-]+){0,3}\\s*(?:\\([^)]*\\))?\\s*");
  private static final Pattern NONE_CELL = Pattern.compile(
      "(?i)\\s*(?:none|nil|no|zero|0|none reported|no casualties|no injuries|no one hurt|no one injured)\\.?\\s*");

  /**
   * A markdown table row whose casualty column (by the header row above) says "None": nobody killed or injured, as
   * the header names them; nothing when the table has no such column.
   */
  /**
   * The cell of a markdown table row under the column whose header holds the word ("Claimed by"), by the nearest
   * header row above with as many cells; null when there is none.
   */
  private static String tableCell(List<Sentence> sentences, int index, String row, String word) {
    String[] cells = row.split("\\|", -1);
    for (int j = index - 1; j >= Math.max(0, index - 60); j--) {
      String h = sentences.get(j).text();
      if (!headerRow(sentences, j) || !h.toLowerCase(Locale.ROOT).contains(word)) {
        continue;
      }
      String[] head = h.toLowerCase(Locale.ROOT).split("\\|", -1);
      if (head.length != cells.length) {
        return null;
      }
      for (int k = 0; k < head.length; k++) {
        if (head[k].contains(word)) {
          return cells[k].strip();
        }
      }
      return null;
    }
    return null;
  }

  /**
   * A tracker's "Actor" (or "Perpetrator", "Responsible", "Attributed to") column: the group named in the row's cell,
   * claimed when the cell says so ("JNIM (claimed)"), else attributed; null when there is no such column or name.
   */
  private static ActorRules.ActorChoice actorColumn(List<Sentence> sentences, int index, String row, Sentence s,
      List<FoundActor> actors) {
    String cell = null;
    for (String word : new String[] {"actor", "perpetrator", "responsib", "attributed", "group"}) {
      cell = tableCell(sentences, index, row, word);
      if (cell != null) {
        break;
      }
    }
    if (cell == null || cell.isEmpty() || NO_CLAIM_CELL.matcher(cell).matches()) {
      return null;
    }
    int at = row.indexOf(cell);
    int from = s.start() + at;
    int to = from + cell.length();
    FoundActor a = actors.stream().filter(x -> x.start() >= from && x.end() <= to).findFirst().orElse(null);
    if (a == null) {
      return null;
    }
    boolean claimed = cell.toLowerCase(Locale.ROOT).contains("claimed") && !cell.toLowerCase(Locale.ROOT).contains("not claimed");
    return new ActorRules.ActorChoice(ActorRules.display(a), claimed ? ActorBasis.CLAIMED : ActorBasis.ATTRIBUTED, s);
  }

  /** A markdown table's header: a row with the separator row ("|---|---|") under it. */
  private static boolean headerRow(List<Sentence> sentences, int j) {
    return sentences.get(j).text().startsWith("|") && j + 1 < sentences.size()
        && TABLE_RULE.matcher(sentences.get(j + 1).text()).lookingAt();
  }

  private static final Pattern TABLE_RULE = Pattern.compile("\\|\\s*:?-{3,}");
  private static final Pattern NO_CLAIM_CELL = Pattern.compile("(?i)|-+|–|—|none|n/?a|unclaimed|unknown|no claim|not claimed");

  private static Casualties tableNone(List<Sentence> sentences, int index, String row) {
    String[] cells = row.split("\\|", -1);
    for (int j = index - 1; j >= Math.max(0, index - 60); j--) {
      String h = sentences.get(j).text();
      if (!headerRow(sentences, j)) {
        continue; // a row above ("| 20 Feb | ... | 1 contractor wounded |") is no header
      }
      String lower = h.toLowerCase(Locale.ROOT);
      if (!(lower.contains("casualt") || lower.contains("killed") || lower.contains("dead") || lower.contains("injur")
          || lower.contains("wound") || lower.contains("fatalit") || lower.contains("death"))) {
        continue;
      }
      String[] head = lower.split("\\|", -1);
      if (head.length != cells.length) {
        return new Casualties(null, null);
      }
      Integer killed = null;
      Integer injured = null;
      for (int k = 0; k < head.length; k++) {
        boolean both = head[k].contains("casualt");
        boolean deaths = head[k].contains("killed") || head[k].contains("dead") || head[k].contains("death")
            || head[k].contains("fatalit");
        boolean wounds = head[k].contains("injur") || head[k].contains("wound");
        Integer n = NONE_CELL.matcher(cells[k]).matches() ? Integer.valueOf(0) : null;
        if (n == null && !both && deaths != wounds) {
          // a column of one kind ("Fatalities": "2 civilians"): the number the cell starts with, when exact
          Matcher count = COUNT_CELL.matcher(cells[k]);
          n = count.matches() && exactCount(cells[k], count.start(1)) ? Numbers.parse(count.group(1)) : null;
        }
        if (n == null) {
          continue;
        }
        if (both || deaths) {
          killed = n;
        }
        if (both || wounds) {
          injured = n;
        }
      }
      return new Casualties(killed, injured);
    }
    return new Casualties(null, null);
  }

  private static final Pattern OFFICIAL = Pattern.compile(
      "(?i)\\b(?:CENTCOM|Central Command|Pentagon|Department of Defen[cs]e|Defen[cs]e Department|DoD|"
          + "(?:U\\.?S\\.?|American|Israeli|Iraqi|Saudi|Jordanian) (?:military|army|armed forces)|defen[cs]e ministry|"
          + "ministry of defen[cs]e|Joint Operations Command|coalition spokesman|military spokesman)\\b");
  private static final Pattern MONITOR = Pattern.compile(
      "(?i)\\b(?:observatory|monitor|monitoring group|activists|local media|residents|local sources|witnesses)\\b");

  /** A sentence that gives an official military source for its figures. */
  private static boolean official(String sentence) {
    String lower = Gate.Lower.of(sentence);
    return (lower.contains("centcom") || lower.contains("central command") || lower.contains("pentagon")
        || lower.contains("defen") || lower.contains("dod") || lower.contains("military") || lower.contains("army")
        || lower.contains("armed forces") || lower.contains("joint operations") || lower.contains("spokesman"))
        && OFFICIAL.matcher(sentence).find();
  }

  /** A group telling its own attack: "our heroes targeted", "the mujahideen struck", "claimed", "we fired". */
  private static final Pattern CLAIM_VOICE = Pattern.compile("(?i)\\b(?:our\\s+(?:heroes|brothers|mujahideen|fighters|"
      + "forces|men|lions)|the mujahideen|claim(?:ed|s|ing)?|we\\s+(?:have\\s+)?(?:targeted|struck|launched|fired|hit)|"
      + "said (?:it|they|its (?:fighters|forces|members|units|mujahideen)) (?:had )?(?:targeted|fired|launched|struck))\\b");
  /** Officials telling figures: "the interior ministry said", "according to security sources". */
  private static final Pattern OFFICIALS_SAID = Pattern.compile("(?i)\\b(?:ministry|security media cell|"
      + "security sources|officials?|police|authorities|governor|coalition|military|army)\\b[^.;]{0,80}?\\b(?:said|says|"
      + "stated|reported|told)\\b|\\baccording to\\s+(?:the\\s+)?(?:[\\w-]+\\s+){0,3}?(?:ministry|officials?|police|"
      + "military|army|coalition|authorities|security)\\b");

  private static boolean claimVoice(String sentence) {
    String lower = Gate.Lower.of(sentence);
    return (lower.contains("our ") || lower.contains("mujahideen") || lower.contains("claim") || lower.contains("we ")
        || lower.contains("said it") || lower.contains("said they")) && CLAIM_VOICE.matcher(sentence).find();
  }

  private static boolean officialSource(String sentence) {
    String lower = Gate.Lower.of(sentence);
    return official(sentence) || (lower.contains("said") || lower.contains("says") || lower.contains("stated")
        || lower.contains("reported") || lower.contains("told") || lower.contains("according to"))
        && OFFICIALS_SAID.matcher(sentence).find();
  }

  /** A country's government or media speaking: "Iraq's government spokesman said", "Syrian state media reported". */
  private static final Pattern COUNTRY_SPEAKS = Pattern.compile("(?i)\\b(?:(iraq|syria|jordan|yemen|lebanon|israel|iran)"
      + "(?:'s|’s)|(?:the\\s+)?(iraqi|syrian|jordanian|yemeni|lebanese|israeli|iranian))\\s+(?:government|foreign ministry|"
      + "health ministry|interior ministry|defen[cs]e ministry|state media|state television|officials|authorities|"
      + "military|army)\\b(?:\\s+spokes(?:man|woman|person))?[^.;]{0,40}?\\b(?:said|says|reported|announced)\\b");
  private static final java.util.Map<String, String> COUNTRY_OF_WORD = java.util.Map.ofEntries(
      java.util.Map.entry("iraq", "IQ"), java.util.Map.entry("iraqi", "IQ"), java.util.Map.entry("syria", "SY"),
      java.util.Map.entry("syrian", "SY"), java.util.Map.entry("jordan", "JO"), java.util.Map.entry("jordanian", "JO"),
      java.util.Map.entry("yemen", "YE"), java.util.Map.entry("yemeni", "YE"), java.util.Map.entry("lebanon", "LB"),
      java.util.Map.entry("lebanese", "LB"), java.util.Map.entry("israel", "IL"), java.util.Map.entry("israeli", "IL"),
      java.util.Map.entry("iran", "IR"), java.util.Map.entry("iranian", "IR"));

  /**
   * The country whose government or media give the sentence's toll ("Iraq's government spokesman said 16 people were
   * killed"); null when no such voice gives one.
   */
  private static String tollSpeaker(String sentence) {
    if (!Gate.KILLED.open(sentence) && !Gate.INJURED.open(sentence)) {
      return null;
    }
    Matcher m = COUNTRY_SPEAKS.matcher(sentence);
    return m.find() ? COUNTRY_OF_WORD.get((m.group(1) != null ? m.group(1) : m.group(2)).toLowerCase(Locale.ROOT)) : null;
  }

  /** A sentence that gives a monitor's or witnesses' figures. */
  private static boolean monitor(String sentence) {
    String lower = Gate.Lower.of(sentence);
    return (lower.contains("observatory") || lower.contains("monitor") || lower.contains("activists")
        || lower.contains("local") || lower.contains("residents") || lower.contains("witnesses"))
        && MONITOR.matcher(sentence).find();
  }

  /** Another attack on the place just told: "again", "a separate attack". */
  private static final Pattern AGAIN = Pattern.compile(
      "(?i)\\b(again|another attack|a (?:second|separate|new|fresh|further) attack|second attack)\\b");
  private static final Pattern SAME_SITE = Pattern.compile(
      "(?i)\\bthe same (camp|base|air ?base|airport|port|facility|site|compound|garrison|outpost|oil field|field)\\b");

  /** "the airport", "the base" in a sentence that names no place: the one of that kind named before. */
  private static final Pattern THE_SITE = Pattern.compile("(?i)\\bthe (camp|base|air ?base|airport|garrison|outpost)\\b");

  /**
   * "on the same camp", "at the same airport" (or, when bare, {@link #THE_SITE}'s "the airport"): the last place of that kind
   * named before in the document, at the words' position; null when the sentence says no such thing or none was named.
   */
  private static FoundPlace sameSite(String sentence, int offset, List<FoundPlace> places, boolean bare) {
    Matcher m = (bare ? THE_SITE : SAME_SITE).matcher(sentence);
    if (!m.find()) {
      return null;
    }
    String noun = m.group(1).toLowerCase(Locale.ROOT).replace(" ", "");
    FoundPlace found = null;
    for (FoundPlace p : places) {
      if (p.end() > offset + m.start()) {
        break;
      }
      String kind = p.kind();
      boolean fits = p.place().precision() == PlacePrecision.SITE && switch (noun) {
        case "camp", "base", "garrison", "outpost" -> kind.equals("military_base") || kind.equals("air_base");
        case "airbase", "airport" -> kind.equals("airport") || kind.equals("air_base");
        case "port" -> kind.equals("port");
        case "oilfield", "field" -> kind.endsWith("_field");
        default -> true;
      };
      if (fits && (!bare || p.surface().toLowerCase(Locale.ROOT).replace(" ", "").contains(noun))) {
        found = p; // (a bare "the airport" is one named as an airport: "Arbil International Airport", not Harir)
      }
    }
    return found == null ? null
        : new FoundPlace(offset + m.start(), offset + m.end(), m.group(), found.place(), found.kind());
  }

  private static final Pattern AIRPORT_PART_BEFORE = Pattern.compile(
      "(?i)\\b(?:hangars?|runways?|tarmac|terminal building|control tower|aprons?)\\b[^.;,]{0,30}$");

  /**
   * "A drone struck a CIA hangar in April in Erbil": hangars and runways are at the city's airport, so the town becomes
   * its airport when the gazetteer knows one within 30 km; other places are returned as they are.
   */
  private FoundPlace airportOf(String sentence, FoundPlace p, int offset) {
    if (p.place().precision() != PlacePrecision.CITY || !p.place().located()
        || !AIRPORT_PART_BEFORE.matcher(tail(sentence, p.start() - offset)).find()) {
      return p;
    }
    for (FoundPlace a : finder.places(p.surface() + " airport")) {
      Place at = a.place();
      if ((a.kind().equals("airport") || a.kind().equals("air_base")) && at.located()
          && Geo.km(at.lat(), at.lon(), p.place().lat(), p.place().lon()) <= 30) {
        return new FoundPlace(p.start(), p.end(), p.surface(), at, a.kind());
      }
    }
    return p;
  }

  static void addOnce(List<Sentence> list, Sentence s) {
    if (s != null && !list.contains(s)) {
      list.add(s);
    }
  }

  /** A sentence opening with a time told from the attack before: "The same night, ...", "Hours later, ...". */
  private static final Pattern LATER_OPENING = Pattern.compile(
      "(?i)^\\W*(?:(?:and|but|then|meanwhile|also)\\W+)?(?:(?:on\\s+|in\\s+|during\\s+)?(?:the same|that same|that) "
          + "(?:day|night|evening|morning|afternoon)|later (?:that|the same|in the) (?:day|night|evening|morning|afternoon)|"
          + "(?:hours|minutes|moments|a few hours|several hours) later|shortly (?:afterwards?|later|after that)|"
          + "soon after(?:wards)?|(?:on )?the (next|following) (?:day|morning|night|evening)|"
          + "(a|one|two|three|four|five|six|\\d) days? later)\\b");

  /** The date of a sentence told from the attack before by its opening ("Hours later", "The next day"); else null. */
  private static DateChoice laterThan(String sentence, Candidate last) {
    String head = Gate.Lower.of(sentence);
    head = head.substring(0, Math.min(head.length(), 40));
    if (!(head.contains("same") || head.contains("later") || head.contains("after") || head.contains("next")
        || head.contains("following") || head.contains("that "))) {
      return null;
    }
    Matcher m = LATER_OPENING.matcher(sentence);
    if (!m.find() || weaponsIn(sentence).isEmpty()) { // "the same night, air defences shot down an airliner": no attack of ours
      return null;
    }
    int days = m.group(1) != null ? 1 : 0;
    if (m.group(2) != null) {
      Integer n = Numbers.parse(m.group(2));
      days = n == null ? 1 : n;
    }
    return new DateChoice(null, last.date.plusDays(days), last.precision, "counted on from the attack told before");
  }

  private static final Pattern EARLIER = Pattern.compile(
      "(?i)\\b(?:(a|an|one|two|three|four|five|six|seven|\\d{1,2})\\s+(days?|weeks?)\\s+(?:earlier|before)(?!\\s+the\\b)|"
          + "the (day|night) before(?!\\s+\\w)|the previous (day|night)|(?:a|the) day earlier)\\b");
  static final Gate EARLIER_GATE = Gate.of(EARLIER, "earlier", "before", "previous");

  /**
   * "A week earlier, a fire broke out at a terminal in Jizan": a date counted back from the attack told before (not
   * from publication); null when the sentence says no such thing or nothing was told before.
   */
  private static DateChoice earlierThan(String sentence, Candidate last) {
    if (last == null || last.date == null) {
      return null;
    }
    DateChoice later = laterThan(sentence, last);
    if (later != null) {
      return later;
    }
    Matcher m = EARLIER_GATE.matcher(sentence);
    if (!m.find()) {
      return null;
    }
    int days = 1;
    DatePrecision precision = DatePrecision.DAY;
    if (m.group(1) != null) {
      Integer n = Numbers.parse(m.group(1));
      if (n == null) {
        return null;
      }
      boolean week = m.group(2).toLowerCase(Locale.ROOT).startsWith("week");
      days = week ? 7 * n : n;
      precision = week ? DatePrecision.WEEK : DatePrecision.DAY;
    }
    return new DateChoice(null, last.date.minusDays(days), precision, "counted back from the attack told before");
  }

  private static final Pattern VESSEL = Pattern.compile(
      "\\b(?:(?:USS|HMS|INS|FS|MV|M/V|MT|M/T)\\s+([A-Z][\\w-]+(?:\\s+[A-Z][\\w-]*){0,2})"
          + "|[A-Z][\\w-]+(?:\\s+Islands)?-flagged\\s+(?:(?:[\\w-]+\\s+){0,3}?(?:tanker|bulk carrier|cargo ship|container ship|"
          + "vessel|ship|freighter)\\s+)?([A-Z][\\w-]+(?:\\s+[A-Z][\\w-]*){0,2})"
          + "|\\b(?:tanker|bulk carrier|cargo ship|container ship|freighter|merchant vessel|destroyer)\\s+"
          + "([A-Z][\\w-]+(?:\\s+[A-Z][\\w-]*){0,2})"
          + "|(?i:the (?:first|second|third) (?:ship|vessel)),\\s+(?:the\\s+)?(?:[\\w-]+-flagged\\s+)?"
          + "([A-Z][\\w-]+(?:\\s+[A-Z][\\w-]*){0,2})"
          // "the Tutor, a Liberian-flagged, Greek-owned bulk carrier"; "the \"Verbena\""; "The Verbena was hit"
          + "|\\b[Tt]he\\s+([A-Z][\\w-]+(?:\\s+[A-Z][\\w-]*){0,2}),\\s+an?\\s+(?:[\\w-]+,?\\s+){0,4}?(?:tanker|bulk carrier|"
          + "cargo ship|container ship|freighter|vessel|ship|carrier)\\b"
          + "|\\b[Tt]he\\s+[\"“]([A-Z][\\w-]+(?:\\s+[A-Z][\\w-]*){0,2})[\"”]"
          + "|^\\W{0,3}The\\s+([A-Z][\\w-]+)\\s+(?:was|had been)\\s+(?:hit|struck|attacked|targeted)\\b)");

  /** The first ship a sentence names ("the Palau-flagged cargo ship Verbena", "USS Carney"), lower case; else null. */
  static String vesselName(String sentence) {
    String v = MEMO.get().vessels.computeIfAbsent(sentence, t -> {
      String found = findVesselName(t);
      return found == null ? NO_VESSEL : found;
    });
    return v == NO_VESSEL ? null : v;
  }

  private static final String NO_VESSEL = new String("");

  /** {@link Gate#aggregate}, once per sentence. */
  static boolean aggregate(String sentence) {
    return MEMO.get().aggregates.computeIfAbsent(sentence, Gate::aggregate);
  }

  static final Gate VESSEL_GATE = Gate.of(VESSEL, "uss ", "hms ", "ins ", "fs ", "mv ", "m/v", "mt ", "m/t",
      "flagged", "tanker", "carrier", "ship", "freighter", "vessel", "destroyer", "\"", "“", " was ", " had been ");

  private static String findVesselName(String sentence) {
    Matcher m = VESSEL_GATE.matcher(sentence);
    while (m.find()) {
      int g = firstGroup(m); // one alternative, one name
      String name = g == 0 ? "" : m.group(g).replaceAll("^(?:USS|HMS|INS|FS|MV|MT)\\s+", "").strip();
      if (g != 0 && !name.matches("(?i)(?:The|A|An|On|In|At|Was|Were|Near|Off)(?:\\s.*)?")) {
        return name.toLowerCase(Locale.ROOT);
      }
    }
    return null;
  }

  private static final Pattern FOLLOWED = Pattern.compile("(?i)^(.{0,120}?\\b(?:attacks?|strikes?|bombings?|barrages?|raids?)\\b.{0,60}?)"
      + "\\bfollowed\\s+(?:a|an|the|last|two|three)\\b");
  private static final Pattern RESPONSE_CLAUSE = Pattern.compile(
      "(?i)\\b(?:(?:in |as a |a )?(?:\\w+\\s+)?(?:response|retaliation|reprisal|revenge|answer) (?:to|for)|"
          + "(?:(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\\d{1,2})\\s+(days?|weeks?)|hours|days|weeks|shortly|soon|just|"
          + "came|comes) after|after(?=\\s+(?:an?\\s+|the\\s+|last\\s+\\w+'s\\s+|\\w+'s\\s+)?(?:[\\w-]+\\s+){0,4}?"
          + "(?:attacks?|strikes?|bombings?|barrages?|(?:rocket|missile|mortar|drone) fire)\\b))\\b[^,;]*");
  /** What makes a bare "after ... attack" name an attack: a name or a weapon. */
  private static final Pattern NAMED_AFTER = Pattern.compile(
      "^after\\s+.*?(?:\\b[A-Z][\\w'-]+|(?i:\\b(?:drones?|rockets?|missiles?|mortars?|bombs?|uavs?)\\b))");
  /** "..., and on Tuesday with strikes that put Sanaa airport out of service": a second attack on another day. */
  private static final Pattern DAY_CLAUSE = Pattern.compile(
      "(?i),\\s+(?:and|while|then)\\s+(?:(?:early|late)\\s+)?on\\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
          + "Sunday|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.?\\s+\\d{1,2}|\\d{1,2}\\s+(?:Jan|Feb|Mar|Apr|May|"
          + "Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*)\\b[^;]*");
  /** A later attack the sentence says its attack led to: "prompting US retaliatory strikes on three sites". */
  private static final Pattern CONSEQUENCE_CLAUSE = Pattern.compile(
      "(?i)\\b(?:prompting|triggering|drawing|provoking|sparking)\\s+(?:an?\\s+)?(?:[\\w.-]+\\s+){0,3}?"
          + "(?:air ?strikes?|strikes|raids?|retaliation|retaliatory (?:attacks?|strikes?))\\b[^,;]*");
  private static final Pattern SAME_DAY_LATER = Pattern.compile(
      "(?i)\\b(hours later|minutes later|later that (?:day|night)|the same (?:day|night|evening)|within hours|"
          + "shortly (?:after|afterwards)|(?:a day|the next day|the following day) later|the next day|the following day)\\b");
  /** What continues a clause past its comma: "..., when drones targeted the garrison", "..., on Tuesday night". */
  private static final Pattern CLAUSE_CONTINUES = Pattern.compile(
      "^,\\s*(?:(?:when|in which|which|that|where|killing|wounding|injuring)\\b|(?:(?:late|early)\\s+)?on\\s+"
          + "[A-Z][a-z]+(?:\\s+\\d{1,2}(?:st|nd|rd|th)?)?(?:\\s+(?:night|evening|morning|afternoon))?\\s*(?=[.,;]|$))");

  /** A clause of a sentence about another attack than the sentence's own, and how its date relates. */
  private record Clause(int start, int end, Integer days, DatePrecision precision, boolean tellsAttack,
      boolean sameSubject) {}

  /**
   * The clauses of a sentence that tell another attack than its own: one it answers ("in response to the attack on
   * Wednesday on the same camp, in which two Americans were killed", "a week after a drone attack on the capital") or
   * one it led to ("prompting US strikes on three sites hours later"). A temporal "after" clause that tells no attack
   * ("shortly after it crossed into Iraq") is not one. {@code days} is the offset from the sentence's own date when
   * the clause says it ("a day after": -1), else null.
   */
  private static List<Clause> responseClauses(String sentence) {
    return MEMO.get().clauses.computeIfAbsent(sentence, t -> java.util.Collections.unmodifiableList(findResponseClauses(t)));
  }

  private static List<Clause> findResponseClauses(String sentence) {
    List<Clause> out = new ArrayList<>();
    for (Gate g : List.of(RESPONSE_GATE, CONSEQUENCE_GATE)) {
      Pattern p = g == RESPONSE_GATE ? RESPONSE_CLAUSE : CONSEQUENCE_CLAUSE;
      Matcher m = g.matcher(sentence);
      while (m.find()) {
        int end = m.end();
        for (int k = 0; k < 2 && end < sentence.length(); k++) {
          Matcher more = CLAUSE_CONTINUES.matcher(sentence).region(end, sentence.length());
          if (!more.lookingAt()) {
            break;
          }
          end = more.end();
          while (end < sentence.length() && ",;".indexOf(sentence.charAt(end)) < 0) {
            end++;
          }
        }
        String text = sentence.substring(m.start(), end);
        // the clause proper tells the other attack; what continues it ("..., in which two were killed") only adds
        boolean attack = Lexicon.ATTACK.matcher(m.group()).find()
            || p == RESPONSE_CLAUSE && m.group().regionMatches(true, 0, "after", 0, 5); // "after Houthi missile fire"
        Integer days = null;
        DatePrecision precision = DatePrecision.DAY;
        if (p == RESPONSE_CLAUSE && m.group(2) != null) {
          Integer n = Numbers.parse(m.group(1));
          boolean week = m.group(2).toLowerCase(Locale.ROOT).startsWith("week");
          days = n == null ? null : -n * (week ? 7 : 1);
          precision = week ? DatePrecision.WEEK : DatePrecision.DAY;
        } else if (p == CONSEQUENCE_CLAUSE) {
          Matcher later = SAME_DAY_LATER.matcher(text);
          if (later.find()) {
            days = later.group(1).toLowerCase(Locale.ROOT).matches(".*(next|following).*") ? 1 : 0;
          }
        }
        boolean temporal = p == RESPONSE_CLAUSE && !m.group().toLowerCase(Locale.ROOT).matches(
            "^(?:in |as a |a )?(?:\\w+\\s+)?(?:response|retaliation|reprisal|revenge|answer)\\b.*");
        if (temporal && !attack) {
          continue; // "shortly after it crossed into Iraq": a time, not another attack
        }
        if (temporal && m.group().regionMatches(true, 0, "after", 0, 5) && !NAMED_AFTER.matcher(m.group()).find()) {
          continue; // "after a similar attack": no attack of its own named; "after Erbil drone attack" names one
        }
        if (temporal && m.group().regionMatches(true, 0, "after", 0, 5)
            && VICTIMS_ONLY.matcher(sentence.substring(0, m.start())).matches()) {
          continue; // "Three people were killed after a drone strike on Odesa": the strike is what killed them
        }
        out.add(new Clause(m.start(), end, days, precision, attack || Lexicon.ATTACK.matcher(text).find(), false));
      }
    }
    Matcher day = DAY_CLAUSE.matcher(sentence);
    if (day.find() && DateResolver.find(sentence.substring(0, day.start()), null).stream()
        .anyMatch(d -> !d.background() && DAY_WORDS.matcher(sentence.substring(d.start(), d.end())).find())
        && out.stream().noneMatch(c -> c.start() < day.end() && c.end() > day.start())) {
      // "Israel struck Hodeidah on Monday, and on Tuesday Sanaa airport": the second day's attack is read on its own
      out.add(new Clause(day.start() + 1, day.end(), null, DatePrecision.DAY,
          Lexicon.ATTACK.matcher(day.group()).find(), true));
    }
    return out;
  }

  /**
   * A main clause that tells only who was hurt ("Three people were killed", "Eleven civilians were hospitalized"): no
   * attack word but the casualty verb, no weapon.
   */
  private static final Pattern VICTIMS_ONLY = Pattern.compile("(?i)^\\W*(?:at least\\s+)?[\\w.'-]+(?:\\s+[\\w.'-]+){0,5}?"
      + "\\s+(?:were|was|have been|had been)\\s+(?:(?:slightly|lightly|seriously|critically)\\s+)?(?:killed|wounded|"
      + "injured|hurt|hospitali[sz]ed)(?:\\s+(?:and|or)\\s+(?:\\w+\\s+)?(?:killed|wounded|injured|hurt|hospitali[sz]ed))?"
      + "\\s*,?\\s*$");

  /** The clauses of a sentence about another attack that make incidents of their own (not history). */
  private static List<Clause> otherAttackClauses(String sentence) {
    List<Clause> clauses = responseClauses(sentence);
    if (clauses.isEmpty()) {
      return List.of();
    }
    List<int[]> background = spans(Gate.BACKGROUND.matcher(sentence));
    return clauses.stream().filter(c -> c.tellsAttack()
        && background.stream().noneMatch(b -> b[0] < c.end() && b[1] > c.start())).toList();
  }

  /** "was shot down by a US fighter jet", "were intercepted by the destroyer USS Carney": group 1 is the defender. */
  private static final Pattern INTERCEPTED_BY = Pattern.compile(
      "(?i)\\b(?:was|were|been|being)\\s+(?:(?:later|quickly|successfully|all|both)\\s+)?(?:shot down|intercepted|downed|"
          + "destroyed|engaged)\\s+(by\\s+(?:an?\\s+|the\\s+)?(?:[\\w.'/-]+\\s+){0,4}?(?:fighter jets?|jets?|aircraft|fighters?|"
          + "warships?|destroyers?|frigates?|air defen[cs]es?|air defen[cs]e systems?|helicopters?|F-\\d+s?|"
          + "(?:USS|HMS|FS|INS)\\s+[A-Z][\\w-]+|navy|forces))\\b");
  static final Gate INTERCEPTED_BY_GATE = Gate.of(INTERCEPTED_BY, "shot down", "intercepted", "downed", "destroyed",
      "engaged");
  static final Gate FOLLOWED_GATE = Gate.of(FOLLOWED, "followed");
  static final Gate RESPONSE_GATE = Gate.of(RESPONSE_CLAUSE, "response", "retaliation", "reprisal", "revenge",
      "answer", "after");
  static final Gate CONSEQUENCE_GATE = Gate.of(CONSEQUENCE_CLAUSE, "prompting", "triggering", "drawing", "provoking",
      "sparking");

  /**
   * The sentence with clauses that refer to an earlier attack ("in response to the drone attack that killed three
   * soldiers in Jordan on January 28") or a later one ("prompting US strikes") blanked out, offsets kept, so they
   * neither make nor date the sentence's own incident (they are read on their own, see {@link #responseClauses}).
   */
  static String maskResponseClauses(String sentence) {
    return MEMO.get().masked.computeIfAbsent(sentence, IncidentExtractor::findMaskedResponseClauses);
  }

  private static String findMaskedResponseClauses(String sentence) {
    StringBuilder sb = null;
    Matcher followed = FOLLOWED_GATE.matcher(sentence);
    if (followed.find()) {
      // "The strike on A followed a drone attack on Tuesday on B": the sentence dates B; A is told elsewhere
      sb = new StringBuilder(sentence);
      for (int i = 0; i < followed.end(1); i++) {
        sb.setCharAt(i, ' ');
      }
    }
    Matcher by = INTERCEPTED_BY_GATE.matcher(sentence);
    while (by.find()) {
      // "was shot down by a US fighter jet": the defender, not an air strike of its own
      sb = sb == null ? new StringBuilder(sentence) : sb;
      for (int i = by.start(1); i < by.end(); i++) {
        sb.setCharAt(i, ' ');
      }
    }
    for (Clause c : responseClauses(sentence)) {
      sb = sb == null ? new StringBuilder(sentence) : sb;
      for (int i = c.start(); i < c.end(); i++) {
        sb.setCharAt(i, ' ');
      }
    }
    Matcher m = Gate.BACKGROUND.matcher(sentence);
    while (m.find()) {
      sb = sb == null ? new StringBuilder(sentence) : sb;
      for (int i = m.start(); i < sentence.length(); i++) {
        sb.setCharAt(i, ' '); // to the end of the sentence
      }
    }
    return sb == null ? sentence : sb.toString(); // the same string when nothing is masked: memos key on it
  }

  /** Stems of every attack word of {@link Lexicon#ATTACK}: a sentence with none of them cannot tell an attack. */
  private static final String[] ATTACK_STEMS = {"attack", "struck", "strike", "striking", "hit", "target", "land", "fell", "fall",
    "fire", "launch", "explod", "detonat", "intercept", "shot down", "downed", "bomb", "shell", "barrage", "volley",
    "salvo", "ambush", "raid", "assault", "impact", "blast", "explosion", "kill", "wound", "injur", "damag",
    "destroy", "slamm", "rain", "crash", "pound", "smash", "rock", "came under", "ablaze", "went off", "blew up",
    "engag", "dropp", "ramm", "brought down", "kia", "incident"};
  static final Gate ATTACK_GATE = Gate.of(Lexicon.ATTACK, ATTACK_STEMS);

  /** A tracker's table row ("| 6 Feb | Ain al-Asad AB, Iraq | 2 rockets | None |"): an attack told without a verb. */
  private static boolean trackerRow(String sentence) {
    return sentence.startsWith("|") && !weaponsIn(sentence).isEmpty();
  }

  /** A cheap pre-pass before any pattern runs: does the sentence hold any attack word at all? */
  static boolean mayTellAnAttack(String sentence) {
    return ATTACK_GATE.open(sentence);
  }

  private static final Pattern ONE_OF_THEM = Pattern.compile("(?i)\\b(latest|most recent)\\b");
  private static final Pattern DAY_WORDS = Pattern.compile("(?i)\\d|(?:mon|tues|wednes|thurs|fri|satur|sun)day\\b");

  /** "each attack", "any strike": attacks in general, not one that happened. */
  private static final Pattern QUANTIFIED_BEFORE = Pattern.compile("(?i)\\b(?:each|every|any|no)\\s+(?:[\\w-]+\\s+)?$");

  /** An attack verb or noun that is not inside a threat, plan, condition or denial. */
  private static final Pattern REACTION_BEFORE = Pattern.compile("(?i)\\b(?:called|calling|described|describing|"
      + "condemned|condemning|denounced|denouncing|labell?ed|termed|branded|decried|mourned)\\s+(?:the|this|that|these|"
      + "those|its|\\w+'s)\\s+(?:[\\w-]+\\s+){0,2}$");

  static boolean isEvent(String sentence) {
    return MEMO.get().events.computeIfAbsent(sentence, IncidentExtractor::findEvent);
  }

  private static boolean findEvent(String sentence) {
    if (!ATTACK_GATE.open(sentence)) {
      return false; // no attack word
    }
    List<int[]> hypo = spans(Gate.HYPOTHETICAL.matcher(sentence));
    Matcher m = Lexicon.ATTACK.matcher(sentence);
    boolean arrest = ARREST_GATE.find(sentence);
    boolean any = false;
    while (m.find()) {
      int at = m.start();
      // "denied any role in last week's drone attack on a gas field": denied, the attack is no less told with its day
      boolean inside = hypo.stream().anyMatch(h -> at >= h[0] && at < h[1])
          && !DATED_POSSESSIVE_BEFORE.matcher(tail(sentence, at)).find();
      // "arrested a suspect in Dhi Qar last week over a previous bombing": an arrest, the attack told elsewhere
      boolean charge = arrest && CHARGE_BEFORE.matcher(tail(sentence, at)).find();
      // "The PMF called the strike \"a blatant aggression\"": a reaction to an attack told before
      boolean reaction = REACTION_BEFORE.matcher(tail(sentence, at)).find();
      // "preparing to launch one-way attack drones": "attack" is the weapon's name, not an attack told (a line that
      // only names the weapon and its target, "One-way attack drone at Shaddadi", still tells one)
      boolean weaponName = !hypo.isEmpty() && at >= 8 && sentence.regionMatches(true, at - 8, "one-way ", 0, 8);
      if (!inside && !charge && !reaction && !weaponName && !QUANTIFIED_BEFORE.matcher(tail(sentence, at)).find()) {
        any = true;
        break;
      }
    }
    if (!any || NOT_AN_ATTACK_GATE.find(sentence)) {
      return false; // no attack told, or a drill, a test, a rumour, a controlled detonation, a false alarm
    }
    if (Gate.Lower.of(sentence).contains("heard") || sentence.indexOf('?') >= 0) {
      if (ASKED.matcher(sentence).find() || HEARD.matcher(sentence).find() && weaponsIn(sentence).isEmpty()) {
        return false; // "Heard explosions near Baghdad airport last night too, anyone confirm?": no attack told
      }
    }
    if (Gate.MODAL.find(sentence) && !Lexicon.PAST_EVENT.matcher(sentence).find()) {
      return false; // a threat, a plan or a condition told without any attack that happened
    }
    if (Gate.BACKGROUND.find(sentence)) {
      return false;
    }
    if (Gate.TALLY.find(sentence)) {
      return false; // a tracker's tally by country, not one attack
    }
    if (aggregate(sentence)) {
      // a summary of many attacks unless it also tells one of them with a day (not the bounds of a span)
      // ("the Pentagon said Thursday" dates the report, not an attack)
      return ONE_OF_THEM.matcher(sentence).find() || DateResolver.find(sentence, null).stream()
          .anyMatch(d -> !d.background() && DAY_WORDS.matcher(sentence.substring(d.start(), d.end())).find()
              && !SAID_BEFORE.matcher(sentence.substring(Math.max(0, d.start() - 40), d.start())).find());
    }
    return true;
  }

  /** A verb of saying just before a date: "said Thursday", "told reporters on Monday". */
  private static final Pattern SAID_BEFORE = Pattern.compile(
      "(?i)\\b(?:said|says|told (?:reporters|journalists|\\w+)|announced|stated|reported|confirmed)\\s+(?:on\\s+)?$");
  private static final Pattern DATED_POSSESSIVE_BEFORE = Pattern.compile(
      "(?i)\\b(?:last (?:week|month|night)|yesterday|(?:mon|tues|wednes|thurs|fri|satur|sun)day|this (?:week|morning))['’]s"
          + "\\s+(?:[\\w-]+\\s+){0,2}$");
  /** What is not an attack though it fires or explodes: a drill, a test, a rumour, a controlled detonation. */
  private static final Pattern NOT_AN_ATTACK = Pattern.compile("(?i)\\b(?:drills?|(?:military|naval|air[- ]defen[cs]e|joint|"
      + "live[- ]fire|annual)\\s+(?:exercises?|manoeuvres|maneuvers)|war games|simulated|test[- ]fir(?:ed|es|ing)|"
      + "test[- ]launch(?:ed|es)?|missile tests?|rumou?rs?|controlled (?:detonation|explosion)s?|false alarms?|hoax(?:es)?|"
      + "there (?:was|had been|has been) no attack|(?:was|were) not (?:an? )?(?:attack|strike)s?|"
      + "no (?:rockets?|drones?|missiles?|mortars?) (?:was|were|had been) (?:fired|launched))\\b");
  static final Gate NOT_AN_ATTACK_GATE = Gate.of(NOT_AN_ATTACK, "drill", "exercise", "manoeuvre", "maneuver",
      "war games", "simulated", "test", "rumo", "controlled", "false alarm", "hoax", "no attack", "not a", "not attack",
      "not strike", "no rocket", "no drone", "no missile", "no mortar");
  /** A reader asks: "... anyone confirm", "Meanwhile another drone hit Erbil last night? anyone?". */
  private static final Pattern ASKED = Pattern.compile("(?i)\\?\\s*(?:anyone|any(?:one)? (?:confirm|know|info)\\w*|"
      + "source|sauce|confirmed)\\s*\\?|\\b(?:anyone|can anyone|could anyone) confirm\\b");
  /** A reader heard something: "Heard explosions near Baghdad airport last night". */
  private static final Pattern HEARD = Pattern.compile(
      "(?i)\\b(?:heard|hearing)\\s+(?:(?:a|loud|several|two|three|multiple|some|what sounded like)\\s+)*"
          + "(?:explosions?|blasts?|booms?|bangs?|sirens?)\\b");
  private static final Pattern ARREST = Pattern.compile(
      "(?i)\\b(?:arrest(?:ed|s|ing)?|detain(?:ed|s|ing)?|apprehend(?:ed|s)?|captured|sentenced|convicted|charged)\\b");
  static final Gate ARREST_GATE = Gate.of(ARREST, "arrest", "detain", "apprehend", "captured", "sentenced", "convicted",
      "charged");
  private static final Pattern CHARGE_BEFORE = Pattern.compile(
      "(?i)\\b(?:over|for|in connection with|behind|suspected of|accused of|involved in|responsible for|linked to)\\s+"
          + "(?:(?:a|an|the|previous|recent|earlier|last|several|two|three|of|those|these|this)\\s+)*$");

  private static List<int[]> spans(Matcher m) {
    List<int[]> out = new ArrayList<>();
    while (m.find()) {
      out.add(new int[] {m.start(), m.end()});
    }
    return out;
  }

  private static final Pattern GENERIC_BEFORE = Pattern.compile(
      "(?i)\\b(ongoing|continuous|continued|continuing|repeated|recent|previous|such|these|those|frequent|daily|"
          + "regular|past|future|further|more)\\s+(?:\\w+\\s+)?$");

  /** Where the first attack word is that tells one attack ("the ongoing attacks" tells none). */
  private static int firstAttack(String sentence) {
    Matcher m = Lexicon.ATTACK.matcher(sentence);
    int first = -1;
    while (m.find()) {
      if (first < 0) {
        first = m.start();
      }
      if (!GENERIC_BEFORE.matcher(tail(sentence, m.start())).find()) {
        return m.start();
      }
    }
    return Math.max(first, 0);
  }

  // ---- dates -------------------------------------------------------------------------------------------------

  private record DateChoice(DateMention mention, LocalDate date, DatePrecision precision, String how) {
    /** 3 a date with its year, 2 a date resolved against publication, 1 carried over, 0 the publication date. */
    int strength() {
      if (mention != null) {
        return how.endsWith("statement") ? 1 : 2;
      }
      // a forum post's own date ("Posted ... Wednesday 3 March") is told, unlike the publication date assumed
      return how.startsWith("carried") && !how.endsWith("publication date") || how.startsWith("date of the post") ? 1 : 0;
    }
  }

  /** The event date of a sentence: null when its only dates are background; a choice without mention when none. */
  @SuppressWarnings("unchecked")
  private static List<DateMention> dates(String sentence, LocalDate published) {
    Object[] hit = MEMO.get().dates.get(sentence);
    if (hit != null && Objects.equals(hit[0], published)) {
      return (List<DateMention>) hit[1];
    }
    List<DateMention> found = DateResolver.find(sentence, published);
    MEMO.get().dates.put(sentence, new Object[] {published, found});
    return found;
  }

  private static DateChoice chooseDate(String sentence, LocalDate published, int cue) {
    int dateline = datelineEnd(sentence);
    List<DateMention> all = dates(sentence, published).stream().filter(d -> d.start() >= dateline).toList();
    List<DateMention> usable = all.stream().filter(d -> !d.background() && d.precision() != DatePrecision.YEAR).toList();
    if (usable.isEmpty()) {
      return all.isEmpty() ? new DateChoice(null, null, null, "none") : null;
    }
    DateMention best = usable.stream().min(Comparator
        .comparingInt((DateMention d) -> rank(d))
        .thenComparing(d -> statementDate(sentence, d))
        .thenComparingInt(d -> Math.abs(d.start() - cue))).orElseThrow();
    if (best.relative() && best.precision() == DatePrecision.DAY && best.date() != null
        && sentence.regionMatches(true, best.start(), "overnight", 0, 9)) {
      // "launched 35 drones overnight, the air force said on Monday": the night before the statement, not the page
      DateMention said = usable.stream().filter(d -> d != best && d.precision() == DatePrecision.DAY
          && d.date() != null && d.date().isBefore(best.date()) && statementDate(sentence, d)).findFirst().orElse(null);
      if (said != null) {
        return new DateChoice(said, said.date(), DatePrecision.DAY, "overnight before a statement in the sentence");
      }
    }
    if (best.date() != null && published != null && best.date().isAfter(published.plusDays(2))) {
      return null; // a future date: a plan or a deadline, not an attack
    }
    if (best.precision() != DatePrecision.DAY && best.date() != null && published != null
        && best.date().isBefore(published.minusYears(2))) {
      return null; // "in December 2011": history, not an incident of this report
    }
    return new DateChoice(best, best.date(), best.precision(),
        statementDate(sentence, best) ? "in the sentence, of a statement" : "in the sentence");
  }

  private static final Pattern PAREN_DATELINE = Pattern.compile(
      "^\\(\\s*(?:\\d{1,2}\\s+[A-Za-z]{3,9}\\.?|[A-Za-z]{3,9}\\.?\\s+\\d{1,2},?)\\s+(?:19|20)\\d\\d\\s*\\)\\s*");
  private static final Pattern DATELINE = Pattern.compile(
      // "17 February 2024 - A US Navy destroyer ...", "Feb. 17, 2024 — ...": a filing date alone
      "^(?:\\d{1,2}\\s+[A-Z][a-z]{2,8}\\.?\\s+\\d{4}\\s+[-–—]+\\s+|[A-Z][a-z]{2,8}\\.?\\s+\\d{1,2},?\\s+\\d{4}\\s+[-–—]+\\s+)|"
          + "^(?:[A-Z][A-Z .'’/]{2,40}|[A-Z][a-z]+(?: [A-Z][a-z]+)?(?=,\\s*(?:[A-Z][a-z]{2,8}\\.?\\s+\\d|\\d{1,2}\\s+[A-Z]|[A-Z][a-z]+,)))"
          + "(?:,\\s*[A-Z][A-Za-z .]{1,25})?(?:,?\\s*(?:\\(?[A-Z][\\w .]{1,25}\\)?)?[^-–—]{0,30})?\\s+[-–—]+\\s+");

  static final Gate DATELINE_GATE = Gate.of(DATELINE, "-", "–", "—");

  /** The end of a wire dateline ("BAGHDAD, March 12, 2020 - "), whose date is the filing date, not the event's. */
  static int datelineEnd(String sentence) {
    return MEMO.get().datelines.computeIfAbsent(sentence, IncidentExtractor::findDatelineEnd);
  }

  private static int findDatelineEnd(String sentence) {
    Matcher p = PAREN_DATELINE.matcher(sentence);
    if (p.find()) {
      return p.end();
    }
    if (!DATELINE_GATE.open(sentence)) {
      return 0;
    }
    Matcher m = DATELINE.matcher(sentence);
    return m.find() && m.end() < 80 ? m.end() : 0;
  }

  private static final Pattern REPORTING_BEFORE = Pattern.compile(
      "(?i)\\b(said|says|told|announced|demanded|warned|stated|added|reported|confirmed|declared|tweeted|wrote|"
          + "urged|called|condemned|denied|claimed)\\b(?:\\s+\\w+){0,2}"
          + "(?:\\s+in\\s+(?:a|an|its|their|the)\\s+(?:[\\w-]+\\s+)?(?:statement|interview|briefing|post|message|"
          + "communiqu[eé]|tweet|release|update))?[\\s,]+(?:on\\s+|late\\s+|early\\s+)?$");

  /** "officials said on Thursday", "demanded today, Wednesday": the day of a statement, not of the attack. */
  private static boolean statementDate(String sentence, DateMention d) {
    String before = tail(sentence, d.start()).replaceAll("(?i)\\btoday,\\s*$", "");
    return REPORTING_BEFORE.matcher(before).find();
  }

  private static int rank(DateMention d) {
    return switch (d.precision()) {
      case DAY -> 0;
      case WEEK -> 2;
      case MONTH -> 3;
      case UNKNOWN -> 4;
      case YEAR -> 5;
    };
  }

  // ---- places ------------------------------------------------------------------------------------------------

  private static List<FoundPlace> placesIn(Sentence s, List<FoundPlace> places, List<FoundActor> actors) {
    Memo memo = MEMO.get();
    if (memo.placesOf != places || memo.actorsOf != actors) {
      memo.places.clear();
      memo.placesOf = places;
      memo.actorsOf = actors;
    }
    return memo.places.computeIfAbsent(s, t -> java.util.Collections.unmodifiableList(findPlacesIn(t, places, actors)));
  }

  private static List<FoundPlace> findPlacesIn(Sentence s, List<FoundPlace> places, List<FoundActor> actors) {
    List<FoundPlace> out = new ArrayList<>();
    int dateline = s.start() + datelineEnd(s.text());
    int locativeEnd = -1;
    for (FoundPlace p : places) {
      if (p.start() < s.start() || p.end() > s.end() || p.start() < dateline) {
        continue; // outside the sentence, or the filing place of a wire dateline
      }
      String before = tail(s.text(), p.start() - s.start());
      boolean locative = LOCATIVE_BEFORE.matcher(before).find()
          || locativeEnd >= 0 && locativeEnd <= p.start() && p.start() - locativeEnd <= 22
          && CONJUNCTION.matcher(s.text().substring(locativeEnd - s.start(), p.start() - s.start())).matches();
      locativeEnd = locative ? p.end() : -1; // "in Iraq and Syria": the second is as locative as the first
      boolean inActor = actors.stream().anyMatch(a -> p.start() < a.end() && p.end() > a.start()
          && !("state".equals(a.kind()) && locative));
      if (inActor) {
        continue;
      }
      String after = s.text().substring(p.end() - s.start());
      if (ADJECTIVAL.matcher(after).find() || MODIFIER_AFTER.matcher(after).find()
          || ORGANISATION_AFTER.matcher(after).find()) {
        continue; // "Iran-backed", "Iranian", "the Gaza war", "Sanaa time", "Dana Gas", "Badia Post"
      }
      out.add(p);
    }
    return out;
  }

  /** Whether span [start, end) lies within [outerStart, outerEnd) and is shorter. */
  private static boolean insideLonger(int start, int end, int outerStart, int outerEnd) {
    return outerStart <= start && end <= outerEnd && outerEnd - outerStart > end - start;
  }

  private static final Pattern CONJUNCTION = Pattern.compile(
      "(?i)\\s*(?:,|,?\\s*and|,?\\s*or)\\s+(?:(?:north|south|east|west|central|northeast|northwest|southeast|"
          + "southwest)(?:ern)?\\s+)?");

  /** The most specific places of a sentence, preferring targets over launch points; several when it says so. */
  private static List<FoundPlace> choosePlaces(String sentence, List<FoundPlace> here, int cue, int offset) {
    if (here.isEmpty()) {
      return List.of();
    }
    here = here.stream().map(p -> offsetPlace(sentence, p, offset)).toList();
    List<FoundPlace> targets = here.stream().filter(p -> {
      String before = tail(sentence, p.start() - offset);
      return !FROM_BEFORE.matcher(before).find() && !ROUTE_BEFORE.matcher(before).find()
          && (p.kind().equals("offset") || !REFERENCE_BEFORE.matcher(before).find());
    }).toList();
    if (targets.isEmpty()) {
      // only launch points and reference points: keep a reference point, never a launch point
      targets = here.stream().filter(p -> !FROM_BEFORE.matcher(tail(sentence, p.start() - offset)).find()
          && !ROUTE_BEFORE.matcher(tail(sentence, p.start() - offset)).find()).toList();
      if (targets.isEmpty()) {
        return List.of();
      }
    }
    List<FoundPlace> sites = targets;
    // "Mezzeh air base in Damascus", "the Conoco field, Deir ez-Zor": the town only locates the named site
    // ("the al-Harir base in Erbil": a town name read as the site at it still only locates)
    targets = targets.stream().filter(p -> precisionRank(p.place()) >= 4 && !bareTownName(p) || sites.stream().noneMatch(q ->
        q.place().precision() == PlacePrecision.SITE && q.end() <= p.start()
            && LOCATES.matcher(sentence.substring(q.end() - offset, p.start() - offset)).matches())).toList();
    List<FoundPlace> towns = targets;
    // "the desert of Al-Mayadin in the eastern countryside of Deir Ezzor": the second town is the area the first is in
    targets = targets.stream().filter(p -> precisionRank(p.place()) != 3 || towns.stream().noneMatch(q ->
        q.place().precision() == PlacePrecision.CITY && q.end() <= p.start() && !samePlace(q.place(), p.place())
            && TOWN_IN.matcher(sentence.substring(q.end() - offset, p.start() - offset)).matches())).toList();
    Matcher clause = CLAUSE_SPLIT.matcher(sentence);
    if (targets.size() > 1 && clause.find()) {
      // "one convoy was attacked in A, and the other in B": the best place of each clause
      int cut = offset + clause.start();
      List<FoundPlace> first = targets.stream().filter(p -> p.start() < cut).toList();
      List<FoundPlace> second = targets.stream().filter(p -> p.start() >= cut).toList();
      if (!first.isEmpty() && !second.isEmpty()) {
        FoundPlace a = first.stream().max(Comparator.comparingInt(p -> precisionRank(p.place()))).orElseThrow();
        FoundPlace b = second.stream().max(Comparator.comparingInt(p -> precisionRank(p.place()))).orElseThrow();
        return samePlace(a.place(), b.place()) ? List.of(a) : List.of(a, b);
      }
    }
    List<FoundPlace> ranked = targets;
    int bestPrecision = targets.stream().mapToInt(p -> rankIn(sentence, p, offset)).max().orElse(0);
    List<FoundPlace> best = targets.stream().filter(p -> rankIn(sentence, p, offset) == bestPrecision)
        .sorted(Comparator.comparingInt(p -> Math.abs(p.start() - offset - cue))).toList();
    // drop a place that contains another (Baghdad when the Green Zone is named)
    List<FoundPlace> distinct = new ArrayList<>();
    for (FoundPlace p : best) {
      if (distinct.stream().noneMatch(d -> samePlace(d.place(), p.place()))) {
        distinct.add(p);
      }
    }
    if (distinct.size() > 1) {
      List<FoundPlace> near = distinct.stream().filter(p -> Math.abs(p.start() - offset - cue) <= 90).toList();
      distinct = near.isEmpty() ? distinct.subList(0, 1) : new ArrayList<>(near);
    }
    int firstAt = distinct.stream().mapToInt(FoundPlace::start).min().orElse(offset);
    boolean deployed = bestPrecision == 1 && DEPLOYED_BEFORE.matcher(tail(sentence, firstAt - offset)).find();
    if (deployed) {
      // "troops in Iraq and Syria were targeted": where the troops are, not the places of attacks; the first of them
      return List.of(distinct.stream().min(Comparator.comparingInt(FoundPlace::start)).orElseThrow());
    }
    boolean licensed = ranked.size() > 1 // one place: nothing to license (coordinated() does not look)
        && (SPLIT_CUE.matcher(sentence).find() || COUNTED_ATTACKS.matcher(sentence).find()
        || (bestPrecision == 1 || bestPrecision == 4) && AND.matcher(sentence).find()
        || PLURAL_TARGETS.matcher(sentence).find()); // "the strikes hit sites near Al Bukamal and Al Mayadin"
    if (distinct.size() > 1 && licensed) {
      return distinct.subList(0, Math.min(distinct.size(), 3));
    }
    // "plant at Abqaiq and to the Khurais oil field", "11 struck Al-Asad, one struck near Erbil": coordinated targets
    List<FoundPlace> chain = coordinated(sentence, ranked, distinct.get(0), offset, licensed);
    return chain.size() > 1 ? chain : List.of(distinct.get(0));
  }

  /** "flown a long route over Egypt and the Mediterranean", "crossed Jordanian airspace": the way, not the target. */
  private static final Pattern ROUTE_BEFORE = Pattern.compile("(?i)\\b(?:(?:flew|flown|flying|routed)\\s+"
      + "(?:[\\w-]+\\s+){0,3}?(?:over|across|via)|route\\s+(?:over|across|through|via))"
      + "\\s+(?:(?:the|[\\w-]+\\s+and\\s+the|[\\w-]+,?\\s+and)\\s+)?$");
  private static final Pattern FACILITY_WORD = Pattern.compile("(?i)\\b(?:base|airbase|airport|air|field|oilfield|port|"
      + "camp|garrison|station|site|zone|embassy|consulate|terminal|refinery|plant|depot|complex|tower|outpost|village|"
      + "center|centre|compound|palace|bridge|dam|island|strait|sea|gulf|ocean|bay)\\b");

  /** A site found under a one-word town name ("Erbil" read as the air base there): written as a town. */
  private static boolean bareTownName(FoundPlace p) {
    return p.place().precision() == PlacePrecision.SITE && !p.surface().contains(" ")
        && !FACILITY_WORD.matcher(p.surface()).find() && !p.kind().equals("offset");
  }

  private static final Pattern TOWN_IN = Pattern.compile("(?i)\\s*\\(|\\s+in\\s+(?:the\\s+)?(?:(?:(?:north|south|east|west|"
      + "north-?east|north-?west|south-?east|south-?west)(?:ern)?\\s+)?(?:countryside|outskirts|suburbs|province|"
      + "governorate|district|desert)\\s+of\\s+(?:the\\s+)?)?");
  private static final Pattern LOCATES = Pattern.compile("(?i)\\s*(?:,\\s*|\\s(?:in|near|outside|on the outskirts of)\\s+)(?:the\\s+)?");
  private static final Pattern FACILITY_BEFORE = Pattern.compile(
      "(?i)\\b(?:(?:plant|facility|facilities|refinery|terminal|field|base|airport|airbase|port|depot|station|camp|"
          + "compound|hangar)\\s+(?:at|in)|(?:port|airport) of)\\s+(?:the\\s+)?$");
  private static final Pattern DEPLOYED_BEFORE = Pattern.compile(
      "(?i)\\b(?:forces|troops|personnel|diplomats|service ?members|interests|bases|positions|presence)\\s+in\\s+(?:the\\s+)?$");
  private static final Pattern COUNTED_ATTACKS = Pattern.compile(
      "(?i)\\b(?:two|three|four|both)\\s+(?:separate\\s+|simultaneous\\s+|coordinated\\s+|parallel\\s+)?"
          + "(?:[\\w-]+\\s+)?(?:attacks|strikes|assaults|explosions|blasts|operations)\\b");
  private static final Pattern PLURAL_TARGETS = Pattern.compile(
      "(?i)\\b(?:air ?strikes|strikes|raids|struck|hit|bombed|pounded)\\b.{0,40}\\b(?:sites|targets|facilities|"
          + "locations|positions|ports|"
          + "bases|depots|warehouses|headquarters)\\b|\\b(?:ports|airports|air bases|oil fields) of\\s");
  private static final Pattern COORDINATION = Pattern.compile("(?i)^[^.;:()]{0,60}?(?:\\band\\b|,)[^.;:()]{0,60}$");

  /**
   * The rank of a place as a target in its sentence: its precision, except that a town named as a facility's place
   * ("the processing plant at Abqaiq", "the port of Hodeidah") is as precise as a site.
   */
  private static int rankIn(String sentence, FoundPlace p, int offset) {
    int rank = precisionRank(p.place());
    if (rank == 3 && !Merging.isWaterArea(p.place()) && FACILITY_BEFORE.matcher(tail(sentence, p.start() - offset)).find()) {
      return 4;
    }
    return rank;
  }

  /**
   * The targets coordinated with a first one: each next place joined to the one before by "and" or a comma within a
   * short span, as precise as it, or with its own attack verb between them ("11 struck Al-Asad airbase, one struck
   * near Erbil"). Places of another precision need that verb; places of one precision need the sentence to say there
   * were several attacks (see choosePlaces).
   */
  /**
   * "Rockets hit Erbil and Kirkuk": two places of one rank, joined by a bare "and" or comma, the first of them (the
   * head of the chain) right after an attack verb, are each a target.
   */
  private static boolean objectsOfVerb(String sentence, FoundPlace head, FoundPlace p, String between, int offset) {
    return rankIn(sentence, p, offset) == rankIn(sentence, head, offset) && PLACE_JOIN.matcher(between).matches()
        && STRUCK_BEFORE.matcher(tail(sentence, head.start() - offset)).find();
  }

  /** Whether the places, two or more in the order told, are the objects of one attack verb ("hit A and B"). */
  private static boolean objectsOfVerb(String sentence, List<FoundPlace> places, int offset) {
    if (places.size() < 2) {
      return false;
    }
    places = places.stream().sorted(Comparator.comparingInt(FoundPlace::start)).toList();
    for (int k = 1; k < places.size(); k++) {
      FoundPlace a = places.get(k - 1);
      FoundPlace b = places.get(k);
      if (b.start() < a.end()
          || !objectsOfVerb(sentence, places.get(0), b, sentence.substring(a.end() - offset, b.start() - offset), offset)) {
        return false;
      }
    }
    return true;
  }

  private static final Pattern POSSESSIVE = Pattern.compile("['\\u2019]s\\s");

  /** What joins places that are all objects of one verb: "Erbil and Kirkuk", "Erbil, Duhok and Kirkuk". */
  private static final Pattern PLACE_JOIN = Pattern.compile("(?i)\\s*(?:,\\s*(?:and\\s+)?|\\s+and\\s+)(?:the\\s+)?");
  /** An attack verb whose object is the place right after it: "rockets hit", "drones targeted", "attacks on". */
  private static final Pattern STRUCK_BEFORE = Pattern.compile(
      "(?i)\\b(?:hit|hits|struck|strikes|targeted|targeting|targets|attacked|attacking|pounded|shelled|"
          + "(?:attacks?|strikes?|assaults?) (?:on|against))\\s+(?:the\\s+)?(?:cities|towns|provinces|areas)?\\s*"
          + "(?:of\\s+)?$");
  private static final Pattern SITE_NEAR_BEFORE = Pattern.compile(
      "(?i)\\b(?:facility|facilities|site|sites|depot|depots|headquarters|compound|base|centre|center|warehouse|bunker|"
          + "positions?|camp|hub|node|complex|area|post|building)\\s+(?:near|in|at|outside|close to|on the outskirts of)"
          + "\\s+(?:the\\s+)?(?:town of\\s+|city of\\s+)?$");

  private static List<FoundPlace> coordinated(String sentence, List<FoundPlace> targets, FoundPlace first, int offset,
      boolean licensed) {
    List<FoundPlace> ordered = new ArrayList<>(targets);
    ordered.sort(Comparator.comparingInt(FoundPlace::start));
    List<FoundPlace> chain = new ArrayList<>(List.of(first));
    FoundPlace last = first;
    for (FoundPlace p : ordered) {
      if (p.start() <= last.start() || chain.size() == 3) {
        continue;
      }
      if (p.start() < last.end() || POSSESSIVE.matcher(sentence).region(p.end() - offset, sentence.length()).lookingAt()) {
        continue; // "the Kurdistan Region's security council said": a speaker, not a further target
      }
      String between = sentence.substring(last.end() - offset, p.start() - offset);
      if (!COORDINATION.matcher(between).matches()) {
        break;
      }
      // "a storage facility near A and a training facility near B": each place has a target of its own
      boolean ownVerb = Lexicon.ATTACK.matcher(between).find() || SITE_NEAR_BEFORE.matcher(between).find()
          && SITE_NEAR_BEFORE.matcher(tail(sentence, first.start() - offset)).find();
      boolean sameRank = rankIn(sentence, p, offset) == rankIn(sentence, last, offset);
      boolean objects = objectsOfVerb(sentence, chain.get(0), p, between, offset);
      if (!(ownVerb || objects || sameRank && licensed) || chain.stream().anyMatch(c -> samePlace(c.place(), p.place()))) {
        break;
      }
      chain.add(p);
      last = p;
    }
    // "a depot near A and a bunker near B on Friday": B is nearest the date, A its coordinated target before it
    FoundPlace head = first;
    for (int k = ordered.size() - 1; k >= 0 && chain.size() < 3; k--) {
      FoundPlace p = ordered.get(k);
      if (p.end() > head.start()) {
        continue;
      }
      String between = sentence.substring(p.end() - offset, head.start() - offset);
      boolean ownSites = COORDINATION.matcher(between).matches() && SITE_NEAR_BEFORE.matcher(between).find()
          && SITE_NEAR_BEFORE.matcher(tail(sentence, p.start() - offset)).find();
      if (!(ownSites || objectsOfVerb(sentence, p, head, between, offset))
          || chain.stream().anyMatch(c -> samePlace(c.place(), p.place()))) {
        break;
      }
      chain.add(0, p);
      head = p;
    }
    return chain;
  }

  private static final Pattern OFFSET_BEFORE = Pattern.compile(
      "(?i)\\b(\\d+(?:\\.\\d+)?)\\s*(nautical miles|nm|km|kilometres|kilometers|miles)\\s+"
          + "(?:\\([^()]{0,40}\\)\\s+)?(?:to the\\s+)?" // "70 nautical miles (130 kilometers) west of"
          + "(north|south|east|west|north-?east|north-?west|south-?east|south-?west|N|S|E|W|NE|NW|SE|SW)(?:ern)?\\s+"
          // "of the Houthi-held port city of", "of the Yemeni port of", "of Yemen's"
          + "(?:of|from)\\s+(?:the\\s+)?(?:[A-Z][\\w'-]*\\s+)?(?:(?:port city|port|city|town|coast|island) of\\s+)?"
          + "(?:Yemen's\\s+|Iraq's\\s+)?$");

  /**
   * A place told as a bearing and distance from a named one ("about 60 nautical miles south-east of Aden") becomes
   * the computed point, named so; other places are returned as they are.
   */
  static FoundPlace offsetPlace(String sentence, FoundPlace p, int offset) {
    if (!p.place().located()) {
      return p;
    }
    String before = sentence.substring(Math.max(0, p.start() - offset - 80), p.start() - offset);
    Matcher m = OFFSET_BEFORE.matcher(before);
    if (!hasDigit(before) || !m.find()) {
      return p; // (no digit: no distance, and the pattern is not tried)
    }
    double amount = Double.parseDouble(m.group(1));
    String unit = m.group(2).toLowerCase(Locale.ROOT);
    double km = unit.startsWith("n") ? amount * 1.852 : unit.equals("miles") ? amount * 1.609 : amount;
    if (km <= 0 || km > 1500) {
      return p;
    }
    String dir = m.group(3).toLowerCase(Locale.ROOT).replace("-", "");
    double bearing = switch (dir) {
      case "north", "n" -> 0;
      case "northeast", "ne" -> 45;
      case "east", "e" -> 90;
      case "southeast", "se" -> 135;
      case "south", "s" -> 180;
      case "southwest", "sw" -> 225;
      case "west", "w" -> 270;
      default -> 315;
    };
    double[] at = Geo.destination(p.place().lat(), p.place().lon(), bearing, km);
    String label = m.group(1) + " " + (unit.startsWith("n") ? "nm" : unit.equals("miles") ? "mi" : "km") + " "
        + m.group(3).toUpperCase(Locale.ROOT).replace("-", "").replace("NORTH", "N").replace("SOUTH", "S")
            .replace("EAST", "E").replace("WEST", "W") + " of " + p.place().name();
    Place moved = new Place(label, Math.round(at[0] * 1e4) / 1e4, Math.round(at[1] * 1e4) / 1e4, null, null,
        PlacePrecision.CITY, p.place().gazetteerId() == null ? null : p.place().gazetteerId() + "@offset");
    return new FoundPlace(p.start(), p.end(), p.surface(), moved, "offset");
  }

  /**
   * The up to 80 characters before a position: the patterns that look back from a place end in {@code $}, and a
   * bounded window keeps them linear on long run-on text.
   */
  static String tail(String text, int end) {
    return text.substring(Math.max(0, end - 80), end);
  }

  /** Whether the text has a digit as {@code \d} reads it. */
  private static boolean hasDigit(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) >= '0' && text.charAt(i) <= '9') {
        return true;
      }
    }
    return false;
  }

  static boolean samePlace(Place a, Place b) {
    if (Merging.sameEntry(a, b)) {
      return true;
    }
    if (a.country() != null && b.country() != null && !a.country().equals(b.country())) {
      return false; // Al Qa'im and Abu Kamal, either side of a border: two places however near
    }
    if (a.located() && b.located()) {
      return Geo.km(a.lat(), a.lon(), b.lat(), b.lon()) < 15;
    }
    return false;
  }

  static int precisionRank(Place p) {
    if (p == null || p.precision() == null) {
      return 0;
    }
    if (Merging.isWaterArea(p)) {
      return 3; // a sea's label point is no better than a city
    }
    return switch (p.precision()) {
      case SITE -> 4;
      case CITY -> 3;
      case ADMIN1 -> 2;
      case COUNTRY -> 1;
    };
  }

  private static List<Sentence> neighbours(List<Sentence> sentences, int index) {
    List<Sentence> out = new ArrayList<>();
    Sentence s = sentences.get(index);
    for (int d = 1; d <= 3; d++) {
      for (int j : new int[] {index + d, index - d}) {
        if (j < 0 || j >= sentences.size() || j < index && d > 2) {
          continue;
        }
        Sentence n = sentences.get(j);
        if (n.zone() == Zone.BOILERPLATE || Math.abs(n.paragraph() - s.paragraph()) > (j > index ? 2 : 0)
            || j > index && (datedHeadingBetween(sentences, index, j) || storySwitchBetween(sentences, index, j))
            || sectionBetween(sentences, Math.min(index, j), Math.max(index, j))
            || n.paragraph() != s.paragraph() && record(sentences, j)) {
          continue;
        }
        out.add(n);
      }
    }
    return out;
  }

  /** "the soldiers were killed on Tuesday": the victims of the attack told before, with its day. */
  private static final Pattern RETOLD_VICTIMS = Pattern.compile("(?i)\\bthe (?:two |three |four |five )?(?:soldiers|troops|"
      + "service ?members|servicemen|victims|men|civilians|contractors|crew|sailors|officers|guards|fighters)\\b"
      + "[^.;]{0,40}?\\b(?:were|was) (?:killed|wounded|injured|hit|targeted|attacked)\\b");
  private static final Pattern RETALIATORY = Pattern.compile("(?i)\\b(?:retaliatory|in retaliation|reprisal)\\b");

  /** "Meanwhile, ...", "In a separate incident, ...": from that sentence on, another story is told. */
  private static final Pattern STORY_SWITCH = Pattern.compile("(?i)^\\W{0,3}(?:meanwhile|separately|elsewhere|in (?:a |an )?"
      + "(?:separate|another|other|unrelated)\\s+(?:incident|attack|development|strike|event)s?|in other news)\\b");

  /** A sentence that opens another story: "Separately, ...", "Meanwhile, ...", "Earlier on Saturday, ...". */
  static boolean opensAnotherStory(String sentence) {
    return STORY_SWITCH.matcher(sentence).find() || EARLIER_OR_LATER_LEAD.matcher(sentence).find();
  }

  /** The strong form of a story switch: "Separately", "In a separate incident" (not "Meanwhile", which may go on). */
  private static final Pattern SEPARATE = Pattern.compile("(?i)^\\W{0,3}(?:separately|in (?:a |an )?"
      + "(?:separate|unrelated)\\s+(?:incident|attack|strike|event)s?|in another (?:incident|attack))\\b");

  private static boolean storySwitchBetween(List<Sentence> sentences, int from, int to) {
    String vessel = vesselName(sentences.get(from).text());
    for (int k = from + 1; k <= to; k++) {
      String text = sentences.get(k).text();
      if (STORY_SWITCH.matcher(text).find()) {
        return true;
      }
      if (sentences.get(k).paragraph() != sentences.get(from).paragraph() && EARLIER_OR_LATER_LEAD.matcher(text).find()
          && !weaponsIn(text).isEmpty()) {
        return true; // "Later on Friday, a drone targeted the base at ...": the next attack, with its own toll
      }
      String other = vessel == null ? null : vesselName(text);
      if (other != null && !other.equals(vessel)) {
        return true; // "The Verbena was hit by two missiles": from here on, another ship's story
      }
    }
    return false;
  }

  private static final Pattern CONVOY = Pattern.compile("(?i)\\bconvoys?\\b");

  /**
   * Whether sentence k is in a paragraph that is a record of its own, an item of a bulleted list or a table row
   * ("- **18 Jan** - Multiple drones targeted Al-Tanf Garrison. ... no casualties reported."): its values are not
   * the next item's.
   */
  private static boolean record(List<Sentence> sentences, int k) {
    int first = k;
    while (first > 0 && sentences.get(first - 1).paragraph() == sentences.get(k).paragraph()) {
      first--;
    }
    String t = sentences.get(first).text();
    return t.startsWith("|") || SentenceSplitter.opensItem(t);
  }

  /** Whether a dated heading line ("UKMTO ADVISORY 044/2024 - 25 April 2024") lies after from, up to to. */
  private static boolean datedHeadingBetween(List<Sentence> sentences, int from, int to) {
    for (int k = from + 1; k <= to; k++) {
      String t = sentences.get(k).text();
      if (sentences.get(k).paragraph() != sentences.get(from).paragraph() && t.length() <= 80 && !t.endsWith(".")
          && firstDay(t) != null) {
        return true;
      }
    }
    return false;
  }

  // ---- weapon and counts -------------------------------------------------------------------------------------

  /** {@code named} a missile named by its class ("ballistic missiles"): a missile proper, not a rocket. */
  private record WeaponHit(Weapon weapon, int at, boolean named) {}

  private static final Pattern MISSILE_CLASS_BEFORE = Pattern.compile(
      "(?i)\\b(?:ballistic|cruise|anti-ship|hypersonic|surface-to-surface)\\s+$");

  private static List<WeaponHit> weaponsIn(String sentence) {
    return MEMO.get().weapons.computeIfAbsent(sentence, IncidentExtractor::findWeapons);
  }

  private static final List<Gate> WEAPON_GATES = new ArrayList<>();
  private static final java.util.Map<Gate, Weapon> WEAPON_OF = new java.util.IdentityHashMap<>();

  static {
    for (Lexicon.WeaponCue cue : Lexicon.WEAPONS) {
      Gate g = Gate.weapon(cue);
      g = g == null ? Gate.of(cue.pattern(), "") : g; // a cue without stems: always open
      WEAPON_GATES.add(g);
      WEAPON_OF.put(g, cue.weapon());
    }
  }

  private static List<WeaponHit> findWeapons(String sentence) {
    List<WeaponHit> out = new ArrayList<>();
    for (Gate cue : WEAPON_GATES) {
      Matcher m = cue.matcher(sentence);
      while (m.find()) {
        Weapon w = WEAPON_OF.get(cue);
        if (w != Weapon.AIRSTRIKE && w != Weapon.SMALL_ARMS && storedAfter(sentence, m.end())) {
          continue; // "rocket and drone storage", "a drone factory": what a strike hit, not what it was made with
        }
        out.add(new WeaponHit(w, m.start(), w == Weapon.MISSILE
            && MISSILE_CLASS_BEFORE.matcher(sentence.substring(Math.max(0, m.start() - 20), m.start())).find()));
      }
    }
    Matcher ground = GROUND_STRIKE_GATE.matcher(sentence);
    if (ground.find() && ActorRules.STATE_STRIKER.matcher(sentence.substring(0, ground.start())).find()) {
      // "its forces destroyed four Houthi drones and a missile launcher in a Houthi-controlled area": what was
      // destroyed on the ground is the target of a state's strike, not the weapon of an attack
      int from = ground.start();
      int to = ground.end();
      out.removeIf(h -> h.at() >= from && h.at() < to && h.weapon() != Weapon.AIRSTRIKE);
      out.add(new WeaponHit(Weapon.AIRSTRIKE, from, false));
    }
    out.sort(Comparator.comparingInt(WeaponHit::at));
    return out;
  }

  /** After a weapon word: the stores and works of such weapons ("rocket and drone storage", "missile factories"). */
  private static final Pattern STORED = Pattern.compile(
      "(?i)^(?:\\s*(?:,|and|or)\\s+(?:rockets?|drones?|uavs?|missiles?|mortars?|ammunition|weapons?))*\\s+"
          + "(?:storage|stores|depots?|stockpiles?|warehouses?|factor(?:y|ies)|production|manufacturing|workshops?|"
          + "assembly (?:lines?|plants?|sites?))\\b");

  private static boolean storedAfter(String sentence, int end) {
    String lower = Gate.Lower.of(sentence);
    return (lower.contains("stor") || lower.contains("depot") || lower.contains("stockpile")
        || lower.contains("warehouse") || lower.contains("factor") || lower.contains("production")
        || lower.contains("manufactur") || lower.contains("workshop") || lower.contains("assembly"))
        && STORED.matcher(sentence.substring(end, Math.min(sentence.length(), end + 60))).find();
  }

  private static final Pattern GROUND_STRIKE = Pattern.compile(
      "(?i)\\b(?:destroyed|struck|hit|targeted|took out)\\s+[^.;]{0,100}?\\b(?:launchers?|launch sites?|radars?|"
          + "storage (?:sites?|facilit(?:y|ies))|weapons? depots?|(?:in|on) (?:an? |the )?(?:houthi|rebel|militia)[- ]"
          + "(?:controlled|held) (?:areas?|territory|parts))\\b");
  static final Gate GROUND_STRIKE_GATE = Gate.of(GROUND_STRIKE, "launch", "radar", "storage", "depot", "controlled",
      "held");

  /** Grad and Katyusha "missiles" are rockets; a rocket and a missile in one story are rockets. */
  static Weapon chooseWeapon(List<WeaponHit> hits) {
    if (hits.isEmpty()) {
      return Weapon.UNKNOWN;
    }
    Set<Weapon> kinds = new LinkedHashSet<>();
    hits.forEach(h -> kinds.add(h.weapon()));
    if (kinds.contains(Weapon.ROCKET) && kinds.contains(Weapon.MISSILE)) {
      // "ballistic missiles and rockets": the heavier weapon named first; else Grad "missiles" are rockets
      WeaponHit firstOf = hits.stream().filter(h -> h.weapon() == Weapon.ROCKET || h.weapon() == Weapon.MISSILE)
          .findFirst().orElseThrow();
      kinds.remove(firstOf.named() ? Weapon.ROCKET : Weapon.MISSILE);
    }
    if (kinds.contains(Weapon.AIRSTRIKE) && kinds.size() > 1) {
      kinds.remove(Weapon.AIRSTRIKE); // "drone strike": the drone
    }
    if (kinds.contains(Weapon.SMALL_ARMS) && kinds.size() > 1) {
      kinds.remove(Weapon.SMALL_ARMS); // gunfire alongside drones or missiles: the heavier weapon is the attack's
    }
    return kinds.iterator().next();
  }

  private static final Pattern INTERCEPTED = Pattern.compile("(?i)intercept|shot down|downed");

  static final Gate PROJECTILES_GATE = Gate.of(PROJECTILES, "rocket", "missile", "drone", "uav", "mortar", "shell",
      "projectile", "katyusha", "grad", "bomb", "ied", "explosive device");
  static final Gate VAGUE_GATE = Gate.of(VAGUE_COUNT, "rocket", "missile", "drone", "uav");

  /** "three rockets landed inside ... and one fell outside": the further projectiles of the same salvo. */
  private static final Pattern AND_MORE_FELL = Pattern.compile(
      "(?i)^[^;.]{0,80}?\\band\\s+(" + Numbers.TOKEN + ")\\s+(?:more\\s+|other\\s+|others\\s+)?(?:of them\\s+)?"
          + "(?:fell|landed|struck|hit|exploded|crashed)\\b");
  private static final Pattern SALVO_JOIN = Pattern.compile("(?i)\\s*,\\s*(?:and\\s+)?|\\s+and\\s+");

  /**
   * The number of projectiles a sentence gives: the best-placed count for the weapon, or the total of the salvo it
   * belongs to ("18 one-way attack drones, two anti-ship cruise missiles and one ballistic missile": 21; unknown when a
   * part is a lower bound), plus the further ones it says fell elsewhere ("three rockets landed inside the perimeter
   * and one fell outside": 4).
   */
  private static final Pattern SALVO_WEAPON = Pattern.compile("rocket|mortar|katyusha|grad|artillery|missile");
  private static final Pattern ATTACK_NOUN_AFTER = Pattern.compile(
      "(?i)[\\s-]+(?:attacks?|strikes?|barrages?|assaults?|fire|salvos?|volleys?|campaign|raids?)\\b");

  private static Integer projectiles(String sentence, Weapon weapon) {
    if (weapon == Weapon.AIRSTRIKE && GROUND_STRIKE_GATE.find(sentence)) {
      return null; // "destroyed four drones and a launcher": what was hit, not what was fired
    }
    Matcher m = PROJECTILES_GATE.matcher(sentence);
    Integer best = null;
    int bestScore = Integer.MIN_VALUE;
    int bestAt = -1;
    List<int[]> counted = new ArrayList<>();
    while (m.find()) {
      counted.add(new int[] {m.start(1), m.end()});
      Integer n = Numbers.parse(m.group(1));
      String noun = m.group(2).toLowerCase(Locale.ROOT);
      if (n == null || n == 0 || n > 500 || !exactCount(sentence, m.start(1)) || modelNumber(sentence, m.start(1))) {
        continue; // "more than 30 rockets" is a lower bound; "Fateh-110 missiles" a model
      }
      boolean plural = noun.endsWith("s") && !noun.endsWith("ss");
      if (n == 1 && plural || n > 1 && !plural && !noun.equals("shells")) {
        continue;
      }
      if (n == 1 && SALVO_WEAPON.matcher(noun).matches()
          && ATTACK_NOUN_AFTER.matcher(sentence).region(m.end(2), sentence.length()).lookingAt()) {
        continue; // "a rocket attack", "a mortar attack": one attack of a salvo weapon, its rounds not counted
      }
      int score = 0;
      if (nounWeapon(noun) == weapon) {
        score += 4;
      }
      if (insideQuotes(sentence, m.start())) {
        score -= 3; // a claim's own figure is the least reliable
      }
      String around = sentence.substring(Math.max(0, m.start() - 25), Math.min(sentence.length(), m.end() + 25));
      if (FIRED.matcher(around).find()) {
        score += 2;
      }
      if (INTERCEPTED.matcher(around).find()) {
        score -= 1;
      }
      if (score > bestScore) {
        bestScore = score;
        best = n;
        bestAt = counted.size() - 1;
      }
    }
    if (best == null || VAGUE_GATE.find(sentence) && bestScore < 4) {
      return best != null && bestScore >= 4 ? best : null;
    }
    if (weapon == Weapon.AIRSTRIKE) {
      return best;
    }
    // the salvo the best count belongs to: counted projectiles joined by commas and "and"
    int first = bestAt;
    while (first > 0 && SALVO_JOIN.matcher(sentence.substring(counted.get(first - 1)[1], counted.get(first)[0])).matches()) {
      first--;
    }
    int last = bestAt;
    while (last + 1 < counted.size()
        && SALVO_JOIN.matcher(sentence.substring(counted.get(last)[1], counted.get(last + 1)[0])).matches()) {
      last++;
    }
    if (last > first) {
      int total = 0;
      for (int k = first; k <= last; k++) {
        Matcher item = PROJECTILES.matcher(sentence).region(counted.get(k)[0], counted.get(k)[1]);
        Integer n = item.lookingAt() ? Numbers.parse(item.group(1)) : null;
        if (n == null || !exactCount(sentence, counted.get(k)[0])) {
          return null; // "170 drones, more than 30 cruise missiles and more than 120 ballistic missiles"
        }
        total += n;
      }
      return total;
    }
    Matcher more = AND_MORE_FELL.matcher(sentence).region(counted.get(bestAt)[1], sentence.length());
    if (more.lookingAt()) {
      Integer n = Numbers.parse(more.group(1));
      if (n != null && exactCount(sentence, more.start(1))) {
        return best + n;
      }
    }
    return best;
  }

  /** Whether a sentence counts projectiles of this weapon (a neighbour's "two missiles" is no count of drones). */
  private static boolean countsWeapon(String sentence, Weapon weapon) {
    Matcher m = PROJECTILES_GATE.matcher(sentence);
    while (m.find()) {
      String noun = m.group(2).toLowerCase(Locale.ROOT);
      if (nounWeapon(noun) == weapon || noun.startsWith("projectile")) {
        return true;
      }
    }
    return false;
  }

  private record Allocation(int count, Weapon weapon) {}

  private static final Pattern NTH_ALLOCATED_BEFORE = Pattern.compile(
      "(?i)\\b(?:a|the)\\s+(?:second|third|fourth|fifth)\\s+(?:one\\s+)?(?:(rockets?|missiles?|drones?|uavs?|shells?|mortars?)"
          + "\\s+)?(?:struck|hit|targeted|attacked|landed\\s+(?:on|in|at|inside|near)|fell\\s+(?:on|in|at|inside|near)|"
          + "slammed\\s+into|impacted)\\s+(?:(?:near|inside|at|on|in)\\s+)?(?:the\\s+)?$");
  private static final Pattern ALLOCATED_BEFORE = Pattern.compile(
      "(?i)\\b(" + Numbers.TOKEN + ")\\s+(?:of\\s+(?:the|them|those|these)\\s+" + Lexicon.PROJECTILE_MODS
          + "(rockets?|missiles?|drones?|uavs?|shells|mortars?|projectiles)\\s+)?(?:struck|hit|landed\\s+(?:on|in|at|inside|near)|"
          + "fell\\s+(?:on|in|at|inside|near)|slammed\\s+into|impacted)\\s+(?:(?:near|inside|at|on|in)\\s+)?(?:the\\s+)?$");

  private static final Pattern ALLOCATED_AFTER = Pattern.compile("(?i)[\\w'’-]+(?:\\s+[A-Z][\\w'’-]+){0,3}"
      + "(?:\\s+(?:air\\s+base|airbase|base|airport|field|garrison|camp))?\\s+with\\s+(" + Numbers.TOKEN + ")\\s+"
      + Lexicon.PROJECTILE_MODS + "(rockets?|missiles?|drones?|uavs?|shells|mortars?)\\b");

  /**
   * "11 struck Al-Asad airbase", "four of the missiles hit Khurais": a count (and weapon) given for one place of the
   * attack, which beats the attack's total for that place; null when the place has none.
   */
  private static Allocation allocatedTo(String sentence, int placeAt) {
    Matcher m = ALLOCATED_BEFORE.matcher(tail(sentence, placeAt));
    if (!m.find()) {
      // "targeted the al-Harir base with a drone, and the Ain al-Asad base with two drones": the count after the place
      Matcher after = ALLOCATED_AFTER.matcher(sentence).region(Math.min(sentence.length(), placeAt), sentence.length());
      if (after.lookingAt()) {
        Integer n = Numbers.parse(after.group(1));
        if (n != null && n > 0 && exactCount(sentence, after.start(1))) {
          return new Allocation(n, nounWeapon(after.group(2).toLowerCase(Locale.ROOT)));
        }
      }
      Matcher nth = NTH_ALLOCATED_BEFORE.matcher(tail(sentence, placeAt));
      // "two drones attacked al-Tanf and a third targeted Shaddadi": one more, at the second place
      return nth.find() ? new Allocation(1, nth.group(1) == null ? null : nounWeapon(nth.group(1).toLowerCase(Locale.ROOT)))
          : null;
    }
    Integer n = Numbers.parse(m.group(1));
    if (n == null || n == 0 || !exactCount(sentence, placeAt - (tail(sentence, placeAt).length() - m.start(1)))) {
      return null;
    }
    return new Allocation(n, m.group(2) == null ? null : nounWeapon(m.group(2).toLowerCase(Locale.ROOT)));
  }

  /**
   * "drones against the base at al-Shaddadi and a rocket volley against the Rumeilan landing zone": each place of a
   * split sentence takes the weapon of its own conjunct, when the conjuncts name different weapons; null otherwise.
   */
  private static List<Weapon> weaponsOfConjuncts(List<WeaponHit> hits, List<FoundPlace> places, int offset) {
    if (places.size() < 2 || hits.size() < 2) {
      return null;
    }
    List<Weapon> out = new ArrayList<>();
    int from = -1;
    for (FoundPlace p : places) {
      int at = p.start() - offset;
      Weapon w = null;
      for (WeaponHit h : hits) {
        if (h.at() > from && h.at() < at) {
          w = h.weapon();
        }
      }
      if (w == null) {
        return null;
      }
      out.add(w);
      from = p.end() - offset;
    }
    return new HashSet<>(out).size() > 1 ? out : null;
  }

  private static Weapon nounWeapon(String noun) {
    if (noun.startsWith("rocket") || noun.startsWith("katyusha") || noun.startsWith("grad")) {
      return Weapon.ROCKET;
    }
    if (noun.startsWith("missile")) {
      return Weapon.MISSILE;
    }
    if (noun.startsWith("drone") || noun.startsWith("uav")) {
      return Weapon.DRONE;
    }
    if (noun.startsWith("mortar") || noun.equals("shells")) {
      return Weapon.MORTAR;
    }
    return Weapon.IED;
  }

  private static boolean insideQuotes(String s, int at) {
    int open = 0;
    for (int i = 0; i < at; i++) {
      char c = s.charAt(i);
      if (c == '“') {
        open++;
      } else if (c == '”') {
        open = Math.max(0, open - 1);
      } else if (c == '"') {
        open = open > 0 ? open - 1 : open + 1;
      }
    }
    return open > 0;
  }

  private record Casualties(Integer killed, Integer injured) {
    Casualties fill(Casualties o) {
      return new Casualties(killed != null ? killed : o.killed, injured != null ? injured : o.injured);
    }

    /** The toll kept only where it is none: a toll told for several places or days is no one's, a toll of none each one's. */
    Casualties withoutTolls() {
      return new Casualties(killed == null || killed == 0 ? killed : null, injured == null || injured == 0 ? injured : null);
    }
  }

  private static Casualties casualties(String s) {
    return MEMO.get().casualties.computeIfAbsent(s, IncidentExtractor::findCasualties);
  }

  private static Casualties findCasualties(String s) {
    Integer killed = null;
    Integer injured = null;
    Matcher list = Gate.PEOPLE_LIST.matcher(s);
    while (list.find()) {
      // "four American service members and two Iraqi soldiers were wounded": the groups add up
      Integer total = listTotal(s, list.start(), list.start(1));
      if (total != null && !insideQuotes(s, list.start())) {
        if (list.group(1).toLowerCase(Locale.ROOT).matches("killed|dead|died|martyred|lost their lives")) {
          killed = killed == null ? total : killed;
        } else {
          injured = injured == null ? total : injured;
        }
      }
    }
    Matcher m = Gate.KILLED.matcher(s);
    int from = 0;
    while (killed == null && from < s.length() && m.find(from)) {
      int g = firstGroup(m);
      String tok = g == 0 ? null : m.group(g);
      int at = g == 0 ? -1 : m.start(g);
      // a number refused ("Tower 22 in Jordan killed three", "on January 28 killed 3"): look again after it
      from = tok == null ? m.end() : at + tok.length();
      if (tok != null && (partOfName(s, at) || m.group(1) != null && lastOfList(s, at))) {
        continue;
      }
      Integer n = tok == null ? null : Numbers.parse(tok);
      int countAt = at < 0 ? m.start() : at; // "on January 28 killed 3" (a date's day), not "in July killed a man"
      boolean partOfDate = MONTH_BEFORE.matcher(s.substring(Math.max(0, countAt - 12), countAt)).find();
      if (n != null && !insideQuotes(s, m.start()) && !partOfDate && exactCount(s, at)) {
        Integer total = m.group(2) != null ? listTotal(s, at) : null;
        killed = victimsOnly(s, m.end(), total != null ? total : n + companions(s, m.end()));
        if (killed == null) {
          break; // "killing ten, including the attackers": how many victims is not told
        }
      }
    }
    m = Gate.INJURED.matcher(s);
    from = 0;
    while (injured == null && from < s.length() && m.find(from)) {
      int g = firstGroup(m);
      String tok = g == 0 ? null : m.group(g);
      int at = g == 0 ? -1 : m.start(g);
      from = tok == null ? m.end() : at + tok.length();
      if (tok != null && partOfName(s, at)) {
        continue;
      }
      Integer n = tok == null ? null : Numbers.parse(tok);
      if (n != null && exactCount(s, at)) {
        Integer total = m.group(2) != null ? listTotal(s, at) : null;
        injured = total != null ? total : n;
      }
    }
    if (killed == null || injured == null) {
      Matcher one = Gate.ONE_VICTIM.matcher(s);
      while (one.find()) {
        String verb = one.group(1) != null ? one.group(1) : one.group(2);
        if (verb.toLowerCase(Locale.ROOT).startsWith("kill")) {
          killed = killed == null ? Integer.valueOf(1) : killed;
        } else {
          injured = injured == null ? Integer.valueOf(1) : injured;
        }
      }
    }
    if (killed == null || injured == null) {
      // "A civilian contractor working with the US-led coalition was killed": one person, named before the verb
      Matcher v = PASSIVE_GATE.matcher(s);
      while (v.find()) {
        boolean death = v.group(1).toLowerCase(Locale.ROOT).matches("killed|dead");
        Integer n = death && killed == null || !death && injured == null ? subjectCount(s, v.start()) : null;
        if (n != null && death) {
          killed = n;
        } else if (n != null) {
          injured = n;
        }
      }
    }
    if (killed != null && killed > 0 && Gate.NON_COMBAT_DEATH.find(s) && !Lexicon.HOSTILE_DEATH.matcher(s).find()) {
      killed = null; // "a US contractor died of a cardiac episode while sheltering": not a death the attack caused
    }
    if (Gate.NO_CASUALTIES.find(s)) {
      killed = killed == null ? 0 : killed;
      injured = injured == null ? 0 : injured;
    }
    if (injured == null && Gate.NO_INJURIES.find(s)) {
      injured = 0;
    }
    if (killed == null && Gate.NO_DEATHS.find(s)) {
      killed = 0;
    }
    if (killed == null && injured != null && injured == 0 && Gate.NOBODY_HURT.find(s)) {
      killed = 0; // nobody hurt: nobody killed either
    }
    return new Casualties(killed, injured);
  }

  static final Pattern PASSIVE_CASUALTY = Pattern.compile(
      "(?i)\\b(?:was|were|had been|have been)\\s+(?:(?:also|reportedly|slightly|lightly|seriously|critically)\\s+)?"
          + "(killed|dead|injured|wounded|hurt)\\b");
  static final Gate PASSIVE_GATE = Gate.of(PASSIVE_CASUALTY, "killed", "dead", "injured", "wounded", "hurt");
  /** The counted subject right before a verb: "a civilian contractor working with the US-led coalition". */
  private static final Pattern COUNTED_SUBJECT = Pattern.compile(
      "(?i)(?<![\\w-])(" + Numbers.TOKEN + ")\\s+(?:(?!and\\b|or\\b|of\\b)[\\w.'-]+\\s+){0,3}?" + Lexicon.PERSON_NOUN
          + "\\b[^,;:()\"“”0-9]{0,60}$");
  private static final Pattern SUBJECT_STOP = Pattern.compile("(?i)\\b(?:and|or|said|says|when|after|as|while|which|"
      + "who|that|where|rockets?|drones?|missiles?|shells?|attacks?|strikes?|fired|hit|struck|landed)\\b");

  /**
   * The number of people a passive casualty verb at {@code verb} tells from its subject ("One US soldier serving with
   * the coalition was wounded": 1); null when the subject before it has no count, is a list or holds another clause.
   */
  /**
   * A death toll that counts the attackers, told right after it ("killing six people, including the bomber", "rose to
   * 12, including the four attackers"): the victims are the toll less the attackers, and unknown when their number
   * is not told. Killed counts victims only.
   */
  static Integer victimsOnly(String s, int after, Integer toll) {
    if (toll == null || after >= s.length()) {
      return toll;
    }
    Matcher m = ATTACKERS_INCLUDED.matcher(s).region(after, s.length());
    if (!m.lookingAt()) {
      return toll;
    }
    Integer attackers = m.group(1) != null ? Numbers.parse(m.group(1)) : m.group(2) != null ? null : Integer.valueOf(1);
    return attackers == null || attackers > toll ? null : toll - attackers;
  }

  /** "... and two of his guards", "... and his driver", "... and her two children": the people killed with the one counted. */
  private static final Pattern COMPANIONS = Pattern.compile("(?i)[^.;:,]{0,90}?\\s+(?:along\\s+with|together\\s+with|"
      + "and)\\s+(?:(?:(?:his|her|their)\\s+)?(" + Numbers.TOKEN + ")\\s+(?:of\\s+)?(?:his|her|their)?\\s*(?:other\\s+)?"
      + "(?:guards|bodyguards|companions|aides|escorts|associates|relatives|sons|daughters|children|brothers|sisters|"
      + "others)|(?:his|her)\\s+(?:driver|bodyguard|guard|companion|aide|escort|son|daughter|brother|sister|wife|husband|"
      + "child|mother|father))\\b");

  /** How many companions a toll adds right after the one it counts ("killed a commander and his driver": 1). */
  private static int companions(String s, int after) {
    if (after >= s.length()) {
      return 0;
    }
    Matcher m = COMPANIONS.matcher(s).region(after, s.length());
    if (!m.lookingAt()) {
      return 0;
    }
    Integer n = m.group(1) == null ? Integer.valueOf(1) : Numbers.parse(m.group(1));
    return n == null || n > 50 ? 0 : n;
  }

  /** ", including the four attackers", " including the suicide bomber" (group 1 a count; group 2 a plural). */
  private static final Pattern ATTACKERS_INCLUDED = Pattern.compile("(?i)[^.;:]{0,40}?,?\\s*\\b(?:including|among them)"
      + "\\s+(?:the\\s+|all\\s+|both\\s+)?(?:(" + Numbers.TOKEN + ")\\s+)?(?:suicide\\s+)?(?:(attackers|assailants|bombers|"
      + "gunmen|perpetrators|militants who (?:carried out|launched) the attack)|attacker|assailant|bomber|gunman|perpetrator)\\b");

  private static Integer subjectCount(String s, int verb) {
    int from = Math.max(0, verb - 120);
    Matcher m = COUNTED_SUBJECT.matcher(s).region(from, verb);
    if (!m.find()) {
      return null;
    }
    String rest = s.substring(m.end(1), verb);
    if (SUBJECT_STOP.matcher(rest).find() || insideQuotes(s, m.start()) || !exactCount(s, m.start(1))) {
      return null;
    }
    return Numbers.parse(m.group(1));
  }

  private static final Pattern LOWER_BOUND_BEFORE = Pattern.compile(
      "(?i)\\b(?:more than|over|well over|upwards of|in excess of|no|not|none of the|without)\\s+$");
  private static final Pattern RANGE_BEFORE = Pattern.compile("(?i)\\b(?:between\\s+(?:" + Numbers.TOKEN + ")\\s+and|"
      + "(?:\\d{1,4}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty)"
      + "\\s+(?:to|or))\\s+$|\\b\\d{1,4}\\s*[-–]\\s*$");
  private static final Pattern RANGE_AFTER = Pattern.compile("(?i)(?:\\d{1,4}|one|two|three|four|five|six|seven|eight|nine|"
      + "ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty)\\s+(?:to|or)\\s+(?:\\d{1,4}|one|two|three|"
      + "four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty)\\b|\\d{1,4}\\s*[-–]\\s*\\d{1,4}\\b");
  private static final Pattern VAGUE_A_AFTER = Pattern.compile(
      "(?i)^\\s+(?:number|few|handful|series|couple|lot|host|group|wave|barrage|volley)\\b");

  /**
   * Whether the count at a position is a figure to keep: "more than 30" is a lower bound, "a number of" no number at
   * all (both unknown) and "no one was killed" a denial; "at least 14" and "about 14" are kept.
   */
  /** The number of a named place or unit ("Tower 22", "Terminal 3", "Brigade 30"), not a count of people. */
  private static final Pattern NAME_BEFORE_NUMBER = Pattern.compile(
      "\\b(?:Tower|Camp|Base|Route|Highway|Road|Gate|Checkpoint|Station|Terminal|Post|Outpost|Site|Sector|Zone|"
          + "Hangar|Pier|Berth|Block|Brigade|Regiment|Battalion|Division|Unit|Platform|Flight|Building|Hall|K)[\\s-]*$");

  /** The first group of a match that matched (the count of whichever alternative did), or 0 when none did. */
  private static int firstGroup(Matcher m) {
    for (int g = 1; g <= m.groupCount(); g++) {
      if (m.group(g) != null) {
        return g;
      }
    }
    return 0;
  }

  /** "Fateh-110", "Shahed-136": the number of a weapon's model, not a count. */
  private static boolean modelNumber(String s, int at) {
    return at > 1 && Character.isDigit(s.charAt(at)) && (s.charAt(at - 1) == '-' || s.charAt(at - 1) == '‐')
        && Character.isLetter(s.charAt(at - 2));
  }

  private static boolean partOfName(String s, int at) {
    return at > 0 && at < s.length() && Character.isDigit(s.charAt(at))
        && NAME_BEFORE_NUMBER.matcher(s.substring(Math.max(0, at - 14), at)).find();
  }

  private static boolean exactCount(String s, int at) {
    if (at < 0) {
      return true;
    }
    if (LOWER_BOUND_BEFORE.matcher(tail(s, at)).find()) {
      return false;
    }
    if (RANGE_BEFORE.matcher(tail(s, at)).find() || RANGE_AFTER.matcher(s).region(at, s.length()).lookingAt()) {
      return false; // "between eight and ten drones", "two or three rockets": a range, no one count
    }
    String word = s.substring(at, Math.min(s.length(), at + 3)).toLowerCase(Locale.ROOT);
    if (word.startsWith("a ") || word.startsWith("an ")) {
      return !VAGUE_A_AFTER.matcher(s.substring(at + word.indexOf(' '))).find();
    }
    return true;
  }

  /**
   * The total of a list of counted groups starting at a position ("three soldiers, two policemen and one civilian
   * worker": 6); null unless there are at least two groups, all with a count.
   */
  /** "Two Americans and a Briton lost their lives": the count read is the last group of a list, not the toll. */
  private static boolean lastOfList(String s, int at) {
    return LIST_BEFORE.matcher(s.substring(Math.max(0, at - 60), at)).find();
  }

  private static final Pattern LIST_BEFORE = Pattern.compile(
      "(?i)\\b(?:" + Numbers.TOKEN + ")\\s+(?:[\\w.'-]+\\s+){0,3}?[\\w.'-]+\\s*(?:,\\s*(?:and\\s+)?|\\s+and\\s+)$");

  static Integer listTotal(String s, int from) {
    return listTotal(s, from, s.length());
  }

  /** {@link #listTotal(String, int)} of the groups before {@code until} (the verb the list is the subject of). */
  static Integer listTotal(String s, int from, int until) {
    Matcher item = Lexicon.PEOPLE_ITEM.matcher(s);
    Matcher sep = Lexicon.LIST_SEPARATOR.matcher(s);
    int at = from;
    int total = 0;
    int items = 0;
    while (items < 4 && at < until) {
      // one group runs to the next comma or "and": "four American service members", "two members of the ... forces"
      boolean more = sep.find(at) && sep.start() < until;
      int end = more ? sep.start() : until;
      item.region(at, end);
      if (!item.lookingAt()) {
        break;
      }
      String tok = item.group(1).toLowerCase(Locale.ROOT);
      Integer n = tok.equals("another") ? Integer.valueOf(1) : Numbers.parse(tok);
      if (n == null || !exactCount(s, item.start(1))) {
        return null;
      }
      total += n;
      items++;
      if (!more) {
        break;
      }
      at = sep.end();
    }
    return items >= 2 ? total : null;
  }

  // ---- target (the actor: ActorRules) ------------------------------------------------------------------------

  private static String target(String sentence) {
    Matcher m = Gate.TARGET.matcher(sentence);
    return m.find() ? m.group(1).strip().replaceAll("^(?i)the\\s+", "") : null;
  }

  // ---- within-document merge ---------------------------------------------------------------------------------

  /** An attack as one sentence tells it, before merging. Not private: {@link ActorRules} gives it a later claim. */
  static final class Candidate {
    final Sentence sentence;
    final int index;
    LocalDate date;
    DatePrecision precision;
    int dateStrength;
    Place place;
    Weapon weapon;
    Integer projectiles;
    Integer killed;
    Integer injured;
    String actor;
    ActorBasis basis;
    String target;
    final List<Sentence> evidence;
    double confidence;
    boolean supportOnly;
    /** For a strike's site told after it ({@link #sitesOf}): the sentence that told the site; -1 otherwise. */
    int sitesTold = -1;
    /** Dated only by the sentence before: stands alone only with a place finer than a country. */
    boolean carried;
    final List<FoundPlace> fallbackPlaces;
    final Sentence fallbackSentence;
    /** Stated days of the attack and how many sentences state each: the day most reports give wins. */
    final java.util.Map<LocalDate, Integer> votes = new java.util.TreeMap<>();
    /** The date first told, before merging. */
    final LocalDate toldDate;
    /** Its count and weapon were given for its place alone ("four of the missiles hit Khurais"). */
    boolean allocated;
    /** The attack's count is vague ("multiple drones"): a number intercepted later is not the number fired. */
    boolean vagueCount;
    /** The count told is of projectiles intercepted or shot down, not of those fired. */
    boolean interceptedCount;
    /** The ship the sentence names first ("the Liberian-flagged Magic Seas"), lower case; null when none. */
    String vessel;
    /** The actor is only a state the sentence made the subject of its attack: any other actor found beats it. */
    boolean weakActor;
    /** Told as another story ("Separately, ...", "In another incident, ..."): not the attack told before it. */
    boolean separate;

    Candidate copyAt(FoundPlace where) {
      return copy(where.place(), date);
    }

    /** The same attack told for another day of the sentence ("on Monday and again on Wednesday"). */
    Candidate copyOn(LocalDate day) {
      Candidate c = copy(place, day);
      c.confidence = confidence;
      return c;
    }

    private Candidate copy(Place where, LocalDate day) {
      Candidate c = new Candidate(sentence, index, day, precision, dateStrength, where, weapon, projectiles,
          killed, injured, actor, basis, target, evidence, confidence + (precisionRank(where) >= 3 ? 0.05 : 0),
          supportOnly, List.of(), null);
      c.carried = carried;
      c.vessel = vessel;
      c.weakActor = weakActor;
      c.separate = separate;
      c.votes.putAll(votes);
      c.allocated = allocated;
      addOnce(c.evidence, fallbackSentence);
      return c;
    }

    Candidate(Sentence sentence, int index, LocalDate date, DatePrecision precision, int dateStrength, Place place,
        Weapon weapon,
        Integer projectiles, Integer killed, Integer injured, String actor, ActorBasis basis, String target,
        List<Sentence> evidence, double confidence, boolean supportOnly, List<FoundPlace> fallbackPlaces,
        Sentence fallbackSentence) {
      this.sentence = sentence;
      this.index = index;
      this.date = date;
      this.precision = precision;
      this.dateStrength = dateStrength;
      this.place = place;
      this.weapon = weapon;
      this.projectiles = projectiles;
      this.killed = killed;
      this.injured = injured;
      this.actor = actor;
      this.basis = basis;
      this.target = target;
      this.evidence = new ArrayList<>(evidence);
      this.confidence = confidence;
      this.supportOnly = supportOnly;
      this.fallbackPlaces = fallbackPlaces;
      this.fallbackSentence = fallbackSentence;
      this.toldDate = date;
      if (date != null && precision == DatePrecision.DAY && dateStrength >= 2) {
        votes.put(date, 1);
      }
    }
  }

  private List<Incident> mergeWithinDocument(Document doc, List<Candidate> candidates) {
    List<Candidate> merged = new ArrayList<>();
    Set<Sentence> joined = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    for (Candidate c : candidates) {
      Candidate into = null;
      for (Candidate m : merged) {
        if (sameEvent(m, c) && (c.place != null || m.place != null || c.fallbackPlaces.isEmpty())
            && !elsewhere(c, m) && !tollOfAnotherCountry(c, m, candidates)) {
          into = into == null ? m : into;
          if (c.place != null && m.place != null && samePlace(m.place, c.place) && Objects.equals(m.date, c.date)) {
            into = m; // the report of the same place and day, before one told only for the country
            break;
          }
        }
      }
      if (into != null && c.place == null && c.weapon == Weapon.AIRSTRIKE && into.weapon != Weapon.AIRSTRIKE
          && RETALIATORY.matcher(c.sentence.text()).find() && !RETALIATORY.matcher(into.sentence.text()).find()) {
        continue; // "12 militants were neutralised in retaliatory strikes": the answer to the attack, not its weapon
      }
      if (into != null && into.supportOnly && !c.supportOnly) {
        // an attack told in full is not folded into a remark that only supports: the remark joins it
        merged.set(merged.indexOf(into), c);
        absorb(c, into);
      } else if (into != null) {
        if (!into.supportOnly) {
          joined.add(c.sentence);
        }
        absorb(into, c);
      } else if (c.place == null && !c.fallbackPlaces.isEmpty()) {
        for (FoundPlace where : c.fallbackPlaces) {
          Candidate copy = c.copyAt(where);
          Candidate target = merged.stream().filter(m -> sameEvent(m, copy)).findFirst().orElse(null);
          if (target == null) {
            merged.add(copy);
          } else {
            absorb(target, copy);
          }
        }
      } else {
        merged.add(c);
      }
    }
    // the places of one sentence ("US strikes on June 28 in Iraq and Syria") keep one date: the one its best-supported
    // part ended with
    for (Candidate a : merged) {
      for (Candidate b : merged) {
        if (a != b && a.sentence == b.sentence && a.toldDate != null && a.toldDate.equals(b.toldDate)
            && b.votes.getOrDefault(b.toldDate, 0) > 0
            && a.date != null && b.date != null && !a.date.equals(b.date) && a.precision == DatePrecision.DAY
            && b.precision == DatePrecision.DAY
            && a.votes.getOrDefault(a.date, 0) > b.votes.getOrDefault(b.date, 0)) {
          b.date = a.date;
        }
      }
    }
    List<Incident> out = new ArrayList<>();
    for (Candidate c : merged) {
      if (c.supportOnly && joined.contains(c.sentence) && c.sentence.zone() == Zone.BODY && precisionRank(c.place) >= 3
          && !Lexicon.CLAIM.matcher(c.sentence.text()).find()) {
        // "11 struck Al-Asad airbase, one struck near Erbil": one part joined the attack told before, so the other
        // part is a further target of it, not mere support
        c.supportOnly = false;
      }
      if (c.supportOnly || c.carried && precisionRank(c.place) <= 1) {
        continue; // a caption alone, or a country-wide remark after an attack, does not make an incident
      }
      if (c.place == null && c.weapon == Weapon.UNKNOWN) {
        continue;
      }
      c.evidence.sort(Comparator.comparingInt(Sentence::start));
      StringBuilder ev = new StringBuilder();
      for (Sentence e : c.evidence) {
        if (ev.length() > 0) {
          ev.append(" … ");
        }
        ev.append(e.text());
      }
      Sentence main = c.sentence;
      SourceRef src = new SourceRef(doc.path(), doc.published(), doc.url(), doc.title(), ev.toString(),
          main.start(), main.end());
      String id = "doc-" + Integer.toHexString(doc.path().hashCode()) + "-" + main.start();
      out.add(new Incident(id, c.date, c.date == null ? DatePrecision.UNKNOWN : c.precision, c.place, c.weapon,
          c.projectiles, c.killed, c.injured, c.actor, c.basis, c.target, List.of(src), round(calibrate(c.confidence)),
          null, null, null));
    }
    return out;
  }

  /**
   * Maps the additive evidence score to a probability-like confidence. Fitted by eye on the development set: reports
   * scoring 0.5-0.7 were right 40% of the time, 0.7-0.85 65%, above 0.85 91%.
   */
  static double calibrate(double score) {
    return Math.max(0.05, Math.min(0.95, score * 1.3 - 0.35));
  }

  private static double round(double d) {
    return Math.round(d * 100) / 100.0;
  }

  private static boolean sameEvent(Candidate a, Candidate b) {
    if (a.date != null && b.date != null) {
      long days = Math.abs(a.date.toEpochDay() - b.date.toEpochDay());
      long tolerance = a.precision == DatePrecision.DAY && b.precision == DatePrecision.DAY
          ? (a.dateStrength == 0 || b.dateStrength == 0 ? 7 : 1) : 31;
      if (days > tolerance) {
        return false;
      }
      if (a.precision != b.precision && (a.precision == DatePrecision.MONTH || b.precision == DatePrecision.MONTH)
          && a.date.getMonthValue() != b.date.getMonthValue()) {
        return false;
      }
      if (outsideWeek(a, b) || outsideWeek(b, a)) {
        return false; // "Last week, two rockets landed in the Green Zone" is not Thursday's attack
      }
      if (days == 1 && toldApartByDay(a, b)) {
        return false; // "... on Monday. Earlier on Sunday, a missile was fired toward a destroyer": two days, two attacks
      }
    } else if (a.date != b.date) {
      return false;
    }
    boolean allocatedHere = (a.allocated || b.allocated) && a.place != null && b.place != null
        && samePlace(a.place, b.place);
    if (!Merging.compatible(a.weapon, b.weapon) && !allocatedHere && !titleAtSameSite(a, b)) {
      return false;
    }
    if (a.vessel != null && b.vessel != null && !a.vessel.equals(b.vessel)) {
      return false; // attacks on two named ships are two attacks
    }
    if (a.index == b.index && a.date != null && b.date != null && !a.date.equals(b.date)
        && a.precision == DatePrecision.DAY && b.precision == DatePrecision.DAY) {
      return false; // "on Monday and again on Wednesday": one sentence, two days, two attacks
    }
    if (a.index < b.index && b.separate || b.index < a.index && a.separate) {
      return false; // "Separately, an anti-tank missile hit a house in Metula": not the rockets told before
    }
    String na = ordinal(a.sentence.text());
    String nb = ordinal(b.sentence.text());
    if (na != null && nb != null && !na.equals(nb)) {
      return false; // "The second operation targeted ...", "The third operation targeted ...": told apart
    }
    if (a.date != null && b.date != null && Math.abs(a.date.toEpochDay() - b.date.toEpochDay()) > 1
        && (a.weapon == Weapon.AIRSTRIKE) != (b.weapon == Weapon.AIRSTRIKE)
        && !(titleAtSameSite(a, b) && (a.dateStrength == 0 || b.dateStrength == 0))) {
      return false; // a strike and an attack told days apart: the assumed date's tolerance does not join them
    }
    return Merging.placesCompatible(a.place, b.place, SAME_PLACE_KM) || regionOf(a.place, b.place)
        || regionOf(b.place, a.place);
  }

  /**
   * A headline without a date ("Airstrike hits Aleppo airport") names the weapon loosely: at the very site the body
   * gives ("Israeli missiles hit Aleppo International Airport on Sunday") it is the same attack.
   */
  private static boolean titleAtSameSite(Candidate a, Candidate b) {
    return (headline(a) || headline(b)) && a.index != b.index && a.place != null && b.place != null && precisionRank(a.place) >= 3
        && precisionRank(b.place) >= 3 && samePlace(a.place, b.place);
  }

  /**
   * An attack told without a place, in another paragraph than m, whose paragraph placed it away from m just before
   * ("a suspicious approach 30NM west of Hodeidah. Shots were fired from the small craft"): not m's attack.
   */
  /**
   * Whether a report without a place gives a toll told by one country's voice ("Iraq's government said 16 were
   * killed") while m is in another country and the document has an attack in the speaker's country.
   */
  private static boolean tollOfAnotherCountry(Candidate c, Candidate m, List<Candidate> all) {
    if (c.place != null || m.place == null || m.place.country() == null) {
      return false;
    }
    for (Sentence e : c.evidence) {
      String country = tollSpeaker(e.text());
      if (country != null && !country.equals(m.place.country())
          && all.stream().anyMatch(x -> x.place != null && country.equals(x.place.country()))) {
        return true;
      }
    }
    return false;
  }

  private static boolean elsewhere(Candidate c, Candidate m) {
    return c.place == null && m.place != null && !c.fallbackPlaces.isEmpty()
        && c.sentence.paragraph() != m.sentence.paragraph() && c.fallbackSentence != null
        && c.fallbackSentence.paragraph() == c.sentence.paragraph() && c.fallbackSentence.start() < c.sentence.start()
        && c.fallbackPlaces.stream()
        .noneMatch(p -> Merging.placesCompatible(m.place, p.place(), SAME_PLACE_KM) || regionOf(p.place(), m.place));
  }

  private static final Pattern EARLIER_OR_LATER_LEAD = Pattern.compile("(?i)^\\W*(?:earlier|later)\\b");

  /**
   * A sentence that opens "Earlier on Sunday" or "Later on Tuesday" after an attack told on another day, each day
   * stated: two attacks told apart by their days (a day apart can otherwise be one night told from both sides).
   */
  private static boolean toldApartByDay(Candidate a, Candidate b) {
    if (a.index == b.index || a.precision != DatePrecision.DAY || b.precision != DatePrecision.DAY
        || a.dateStrength < 2 || b.dateStrength < 2) {
      return false;
    }
    Candidate later = a.index > b.index ? a : b;
    return EARLIER_OR_LATER_LEAD.matcher(later.sentence.text()).find();
  }

  /** Whether week is told for a week (its date the week's first day) and day, told for a day, falls outside it. */
  private static boolean outsideWeek(Candidate week, Candidate day) {
    if (week.precision != DatePrecision.WEEK || day.precision != DatePrecision.DAY || day.dateStrength < 2) {
      return false;
    }
    long offset = day.date.toEpochDay() - week.date.toEpochDay();
    return offset < -1 || offset > 7;
  }

  /** A line among the first three of a document that does not end like a sentence (or asks): a title. */
  private static boolean titleLine(Candidate c) {
    String t = c.sentence.text().strip();
    return c.index <= 2 && !t.isEmpty() && ".!\"”'’".indexOf(t.charAt(t.length() - 1)) < 0;
  }

  private static final Pattern ORDINAL_OPERATION = Pattern.compile(
      "(?i)^\\W*(?:the\\s+|in the\\s+)?(first|second|third|fourth|fifth|sixth|seventh|eighth)\\s+"
          + "(?:military\\s+|naval\\s+)?(?:operation|attack|strike|incident)\\b");

  /** The ordinal a sentence opens with when it tells one of several numbered operations; null otherwise. */
  private static String ordinal(String sentence) {
    Matcher m = ORDINAL_OPERATION.matcher(sentence);
    return m.find() ? m.group(1).toLowerCase(Locale.ROOT) : null;
  }

  /** An undated line among the first three of a document that does not end like a sentence: its headline. */
  private static boolean headline(Candidate c) {
    String t = c.sentence.text().strip();
    return titleLine(c) && c.dateStrength == 0 && !t.endsWith("?");
  }

  /**
   * Within one story, a province or region named for an attack ("the Kurdistan Region") and a town of the same
   * country near it (within 250 km of its label point) are one attack told coarsely and finely, whatever province
   * the gazetteer files the region's point under.
   */
  private static boolean regionOf(Place region, Place p) {
    // a province of the gazetteer contains its own towns only ("al-Diwaniyah province" is not al-Musayyib, Babil)
    boolean otherProvince = region != null && p != null && region.gazetteerId() != null && region.gazetteerId().startsWith("adm1:")
        && region.admin1() != null && p.admin1() != null && !region.admin1().equals(p.admin1());
    return region != null && p != null && region.precision() == PlacePrecision.ADMIN1 && precisionRank(p) >= 3
        && !otherProvince
        && !Merging.isWaterArea(p) && region.country() != null && region.country().equals(p.country())
        && region.located() && p.located() && Geo.km(region.lat(), region.lon(), p.lat(), p.lon()) <= 250;
  }

  private static void absorb(Candidate into, Candidate c) {
    boolean intoHeadline = headline(into); // before the body's date makes it a dated line
    boolean betterAtSea = c.place != null && into.place != null
        && (Merging.isWaterArea(into.place) && !Merging.isWaterArea(c.place) && c.place.precision() != PlacePrecision.COUNTRY
            || Merging.isOffset(c.place) && !Merging.isOffset(into.place));
    if ((precisionRank(c.place) > precisionRank(into.place) || betterAtSea)
        && (into.place == null || Merging.placesCompatible(into.place, c.place, 30) || regionOf(into.place, c.place))) {
      into.place = c.place; // a named point beats a province, and a reported position beats a sea's label point
    }
    boolean finer = into.precision != DatePrecision.DAY && c.precision == DatePrecision.DAY;
    boolean stronger = c.precision == DatePrecision.DAY && c.dateStrength > into.dateStrength
        || into.dateStrength == 0 && c.dateStrength >= 2 // a stated date, even "last week", beats the publication date
        // a forum thread's title asks ("Rocket attack on Ain al-Asad tonight?") and counts its days from the page's
        // date; the post below it tells, from its own
        || titleLine(into) && into.sentence.text().strip().endsWith("?") && !titleLine(c)
        && c.precision == DatePrecision.DAY && c.dateStrength >= into.dateStrength
        // a photo caption's day ("relatives gather ... on Tuesday morning") gives way to the story's
        || into.sentence.zone() == Zone.CAPTION && c.sentence.zone() == Zone.BODY && c.precision == DatePrecision.DAY
        && c.dateStrength >= into.dateStrength;
    if (c.date != null && (finer || stronger)) {
      into.date = c.date;
      into.precision = c.precision;
      into.dateStrength = c.dateStrength;
    }
    c.votes.forEach((d, n) -> into.votes.merge(d, n, Integer::sum));
    if (into.precision == DatePrecision.DAY && into.dateStrength >= 2) {
      // reports a day apart ("on June 28", "on Sunday evening"): the day more sentences give
      LocalDate best = into.date;
      for (java.util.Map.Entry<LocalDate, Integer> e : into.votes.entrySet()) {
        if (e.getValue() > into.votes.getOrDefault(best, 0)) {
          best = e.getKey();
        }
      }
      into.date = best;
    }
    if (into.weapon == Weapon.UNKNOWN || into.weapon == Weapon.MISSILE && c.weapon == Weapon.ROCKET
        || c.allocated && c.weapon != Weapon.UNKNOWN && !into.allocated
        || intoHeadline && into.weapon == Weapon.DRONE && c.weapon == Weapon.AIRSTRIKE) {
      // militia "missiles" told as rockets elsewhere are rockets; a headline's "drone strike" is the body's air strike
      into.weapon = c.weapon;
    }
    boolean partOfVague = into.vagueCount && c.interceptedCount; // "Multiple drones ... One drone shot down"
    if (into.projectiles == null && !partOfVague || c.allocated && c.projectiles != null && !into.allocated) {
      into.projectiles = c.projectiles; // the count given for this place beats the attack's total
    }
    into.allocated |= c.allocated;
    // a headline's "no casualties" gives way to the body's count ("One civilian was lightly injured")
    if (into.killed == null || intoHeadline && into.killed == 0 && c.killed != null && c.killed > 0) {
      into.killed = c.killed;
    }
    if (into.injured == null || intoHeadline && into.injured == 0 && c.injured != null && c.injured > 0) {
      into.injured = c.injured;
    }
    if (into.actor == null || into.basis != ActorBasis.CLAIMED && c.basis == ActorBasis.CLAIMED
        || into.weakActor && !c.weakActor) {
      if (c.actor != null) {
        into.actor = c.actor;
        into.basis = c.basis;
        into.weakActor = c.weakActor;
      }
    }
    if (into.target == null) {
      into.target = c.target;
    }
    for (Sentence e : c.evidence) {
      addOnce(into.evidence, e);
    }
    into.confidence = Math.min(0.95, Math.max(into.confidence, c.confidence) + 0.03);
    into.carried = into.carried && c.carried;
    if (into.vessel == null) {
      into.vessel = c.vessel;
    }
  }
}
