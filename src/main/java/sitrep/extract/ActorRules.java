package sitrep.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import sitrep.extract.IncidentExtractor.Candidate;
import sitrep.extract.Sentence.Zone;
import sitrep.model.ActorBasis;
import sitrep.model.DatePrecision;
import sitrep.model.Place;
import sitrep.model.Weapon;

/**
 * Who attacked: the actor of an attack, from a claim, a word of blame, the state that carried out a strike or the
 * group a sentence makes the subject of its attack, and the name it is shown by. A group named where the victim, the
 * target or the operator of the site is named is not the attacker. {@link IncidentExtractor} asks once per attack
 * ({@link #chooseActor}), and once per document for claims and accusations told further down the story.
 */
final class ActorRules {
  private ActorRules() {}

  // the states that strike; IncidentExtractor reads them too (a state's strike is an airstrike, and what it destroyed
  // on the ground is no weapon of an attack)
  static final Pattern STATE_STRIKER = Pattern.compile(
      "(?i)\\b(u\\.s\\.|us|american|united states|pentagon|centcom|israel|israeli|idf|coalition|british|uk|turkish|"
          + "turkey|jordanian|saudi-led)(?![\\w-])");
  static final Pattern STATE_ACTIVE = Pattern.compile(
      "(?i)\\b(u\\.s\\.|us|american|united states|israel|israeli|idf|british|uk|us-led coalition|centcom|pentagon)"
          + "((?:[\\s-]+(?!were\\b|was\\b|been\\b|being\\b|is\\b|are\\b)[\\w-]+){0,5})\\s+(struck|conducted|carried out|"
          + "launched (?:air ?)?strikes|bombed|pounded|raided|retaliated|hit back|targeted)\\b"
          // "Israel just hit Hodeidah port": the state itself as the subject, right before the verb
          + "|\\b(?:israel|us|u\\.s\\.|united states|britain|uk)\\s+(?:(?:just|then|also|later|again|has|have)\\s+)?hit\\b");
  static final Pattern STATE_DRONE = Pattern.compile(
      "(?i)\\b(?:u\\.s\\.|us|american|israeli|british|coalition)(?:[- ]led)?\\s+"
          + "(?:(?!intercept|shot|down|destroy|detect|track|soldiers?\\b|troops\\b|service|personnel|members\\b|"
          + "killed|wounded|injured|forces\\b|bases?\\b|outposts?\\b|positions\\b|embassy|were\\b|was\\b|"
          // "the Israeli military said a drone crashed": who speaks, not whose drone
          + "compan|contractor|firms?\\b|maintain|civilian|said\\b|says\\b|reported|announced|told\\b|stated)"
          + "[\\w-]+\\s+){0,4}?"
          + "(?:drones?|uavs?|aircraft|jets?|warplanes?|fighter jets?|bombers?|air ?strikes?|strikes?|air force)\\b"
          + "|\\b(?:conduct(?:ed)?|carr(?:y|ied) out|launched) (?:air ?|precision |retaliatory |self-defen[cs]e )?"
          + "(?:air ?)?strikes\\b"
          + "|\\bwith (?:air ?|precision )?strikes (?:on|against)\\b");
  static final Gate STATE_ACTIVE_GATE = Gate.all(STATE_ACTIVE, new String[] {"u.s.", "us", "american", "united states",
      "israel", "idf", "british", "britain", "uk", "centcom", "pentagon"}, new String[] {"struck", "conducted",
      "carried out", "launched", "bombed", "pounded", "raided", "retaliated", "hit", "targeted"});
  static final Gate STATE_DRONE_GATE = Gate.of(STATE_DRONE, "drone", "uav", "aircraft", "jet", "warplane", "bomber",
      "strike", "air force");
  private static final Pattern GENERIC_ACTOR = Pattern.compile("(?i)\\b((?:pro-iran(?:ian)?|iran(?:ian)?-(?:backed|aligned|"
      + "linked|allied|supported|sponsored))\\s+(?:\\w+\\s+){0,2}?(?:militias?|factions?|groups?|proxies|fighters|militants))");
  /** "the militia launched", "the group fired": the attacker named before, told again. */
  private static final Pattern ANAPHOR_SUBJECT = Pattern.compile("(?i)\\b(?:the|this)\\s+(?:militia|group|rebels|"
      + "movement|organi[sz]ation|faction)\\s+(?:(?:has|had|then|also|again|later)\\s+)?(?:launched|fired|attacked|"
      + "targeted|struck|hit|shelled|carried out)\\b");
  /** How many sentences after its attack a claim may come and still be that attack's (within the story). */
  private static final int WINDOW = 5;

  record ActorChoice(String name, ActorBasis basis, Sentence sentence, boolean weak) {
    ActorChoice(String name, ActorBasis basis, Sentence sentence) {
      this(name, basis, sentence, false);
    }
  }

  private static final Pattern IRAN_BACKED = Pattern.compile("(?i)\\b((?:pro-iran(?:ian)?|iran(?:ian)?-(?:backed|"
      + "aligned|linked|allied))\\s+(?:\\w+\\s+)?(?:militias?|factions?|groups?|proxies|fighters))");

  /** A blamed label inside a named force: "outlaw groups within the PMF", "rogue factions of the Hashd". */
  private static final Pattern OUTLAW = Pattern.compile(
      "(?i)\\b((?:outlaw|rogue|rebel|unruly|uncontrolled|renegade)\\s+(?:armed\\s+)?(?:groups?|factions?|elements?|militias?|"
          + "cells?)(?:\\s+(?:within|inside|in|of|from)\\s+(?:the\\s+)?(?:PMF|PMU|Popular Mobili[sz]ation (?:Forces|Units)|"
          + "Hashd(?: al-Shaabi)?|Hashed))?)");

  /** "a drone launched from Iraq struck ...": where it came from, not who sent it. */
  private static final Pattern ORIGIN_BEFORE = Pattern.compile(
      "(?i)\\b(?:from|out of|originating in|coming from)\\s+(?:the\\s+)?(?:direction of\\s+)?$");

  /** "Al-Shabaab fighters stormed", "ISIS militants attacked": the group is the subject of the attack verb. */
  private static final Pattern SUBJECT_OF_ATTACK = Pattern.compile("(?i)['\\u2019]?s?\\s+(?:(?:fighters|militants|gunmen|"
      + "members|insurgents|suicide bombers?|attackers)\\s+)?(?:have\\s+|had\\s+)?(?:attacked|stormed|struck|ambushed|"
      + "raided|overran|fired|launched|detonated|targeted|shelled)\\b");

  private static boolean subjectOfAttack(Sentence s, FoundActor a) {
    return SUBJECT_OF_ATTACK.matcher(s.text()).region(a.end() - s.start(), s.text().length()).lookingAt();
  }

  static ActorChoice chooseActor(List<Sentence> sentences, int index, Sentence s, List<FoundActor> actors,
      Weapon weapon, java.util.function.Predicate<Sentence> otherStory, java.util.function.Predicate<Sentence> elsewhere,
      java.util.function.Predicate<Sentence> apart) {
    if (weapon == Weapon.AIRSTRIKE || weapon == Weapon.DRONE && STATE_DRONE_GATE.find(s.text())) {
      ActorChoice state = striker(s); // "an Israeli drone strike near Tyre": a state's drone, the state's attack
      if (state != null) {
        return state;
      }
    }
    boolean air = weapon == Weapon.AIRSTRIKE; // armed groups have no aircraft: in such a sentence they are the target
    // "the naval forces of the Yemeni Armed Forces carried out three military operations: ... The first operation ..."
    for (int j = index - 1; !air && j >= Math.max(0, index - 4); j--) {
      Sentence n = sentences.get(j);
      if (s.paragraph() - n.paragraph() > 3) {
        break;
      }
      Matcher ops = OPERATIONS_CLAIM_GATE.matcher(n.text());
      if (n.zone() == Zone.BODY && ops.find()) {
        FoundActor a = nearest(actors, n, n.start() + ops.start(), false);
        if (a != null && !isState(a)) {
          return new ActorChoice(display(a), ActorBasis.CLAIMED, n);
        }
      }
    }
    // a claim in the sentence or the few after it, within the story of this attack
    for (int j = index; !air && j < Math.min(sentences.size(), index + WINDOW + 1); j++) {
      Sentence n = j == index ? s : sentences.get(j);
      if (n.zone() == Zone.BOILERPLATE) {
        continue;
      }
      if (j > index && n.paragraph() - s.paragraph() > 3) {
        break;
      }
      if (j > index && (IncidentExtractor.aggregate(n.text()) || Gate.BACKGROUND.find(n.text()))) {
        continue; // "has claimed more than 40 attacks on US forces since October 17": a campaign, not this attack
      }
      if (j > index && IncidentExtractor.opensAnotherStory(n.text())) {
        break; // "Earlier on Saturday, Hezbollah said it had fired rockets at a base": another attack's claim
      }
      if (j > index && elsewhere.test(n)) {
        continue; // "the Houthis said they targeted the USS Laboon in the Red Sea": another attack's claim
      }
      // a state claims in the attack's own sentence: "Iran's Revolutionary Guards said they fired ballistic missiles"
      ActorChoice claimed = claimIn(n, actors, j == index || Lexicon.RESPONSIBILITY.matcher(n.text()).find());
      if (claimed != null) {
        return claimed;
      }
    }
    String vessel = air ? null : IncidentExtractor.vesselName(s.text());
    for (int j = index - 1; vessel != null && j >= 0; j--) {
      // "the group's naval forces had targeted two ships: the \"Tutor\" ... and the \"Verbena\" ...", told first
      Sentence n = sentences.get(j);
      ActorChoice claimed = n.zone() != Zone.BOILERPLATE && Gate.Lower.of(n.text()).contains(vessel)
          ? claimIn(n, actors, false) : null;
      if (claimed != null) {
        return claimed;
      }
    }
    Matcher blame = Gate.BLAME.matcher(s.text());
    if (blame.find()) {
      FoundActor a = nearest(actors, s, s.start() + blame.start(), false);
      if (a != null && isState(a) == air) {
        return new ActorChoice(display(a), ActorBasis.ATTRIBUTED, s);
      }
      if (air) {
        return null;
      }
      FoundActor named = blamedAfter(actors, s, blame.end());
      if (named != null && isState(named) && weapon == Weapon.DRONE) {
        // "unknown drones, believed to be belonging to the international coalition": a state's drone
        return new ActorChoice(display(named), ActorBasis.ATTRIBUTED, s);
      }
      Matcher generic = IRAN_BACKED.matcher(s.text());
      if (generic.find() && !victimSide(s, new FoundActor(s.start() + generic.start(1), s.start() + generic.end(1),
          generic.group(1), generic.group(1), "unlisted"))) {
        return new ActorChoice(generic.group(1), ActorBasis.ATTRIBUTED, s);
      }
      Matcher outlaw = OUTLAW.matcher(s.text());
      if (outlaw.find()) {
        return new ActorChoice(outlaw.group(1), ActorBasis.ATTRIBUTED, s);
      }
    }
    if (air) {
      return null;
    }
    for (FoundActor a : actors) {
      if (a.start() >= s.start() && a.end() <= s.end() && (!"terrorist_group".equals(a.kind()) || subjectOfAttack(s, a))
          && (!isState(a) || "state_force".equals(a.kind()) && actsInSentence(s, a)) && !victimSide(s, a)
          && !defenderSpeaks(s, a)) {
        return new ActorChoice(display(a), ActorBasis.ATTRIBUTED, s);
      }
    }
    for (int j = index; j < Math.min(sentences.size(), index + 3); j++) {
      Sentence n = sentences.get(j);
      if (n.zone() == Zone.BOILERPLATE || n.paragraph() - s.paragraph() > 1
          || n != s && (IncidentExtractor.aggregate(n.text()) || Gate.BACKGROUND.find(n.text()))) {
        continue; // "officials have in the past blamed Iran-backed militias for similar attacks"
      }
      if (n != s && otherStory.test(n)) {
        break; // "Earlier, on Friday, Iranian-backed militias fired rockets at ...": another attack's actor
      }

      Matcher generic = GENERIC_ACTOR.matcher(n.text());
      if (generic.find() && !victimSide(n, new FoundActor(n.start() + generic.start(1), n.start() + generic.end(1),
          generic.group(1), generic.group(1), "unlisted"))) {
        // "the Islamic Resistance in Iraq, an umbrella of Iran-backed armed factions": the label describes the group
        FoundActor named = actors.stream().filter(a -> a.start() >= n.start() && a.end() <= n.start() + generic.start(1)
            && n.start() + generic.start(1) - a.end() <= 40 && !isState(a) && !victimSide(n, a)).reduce((x, y) -> y)
            .orElse(null);
        return new ActorChoice(named != null ? display(named) : generic.group(1), ActorBasis.ATTRIBUTED, n);
      }
    }
    if ((weapon == Weapon.DRONE || weapon == Weapon.AIRSTRIKE) && THE_STRIKE.matcher(s.text()).lookingAt()) {
      // "The drone strike on Wednesday evening hit a car ...": the strike told before as "an Israeli drone strike"
      for (int j = index - 1; j >= Math.max(0, index - 6); j--) {
        Sentence n = sentences.get(j);
        if (n.zone() == Zone.BODY && (STATE_DRONE_GATE.find(n.text()) || STATE_ACTIVE_GATE.find(n.text()))
            && !apart.test(n)) { // not strikes told only for other places: "the US carried out strikes in Iraq ..."
          ActorChoice state = striker(n);
          if (state != null) {
            return new ActorChoice(state.name, ActorBasis.ATTRIBUTED, n);
          }
        }
      }
    }
    if (ANAPHOR_SUBJECT.matcher(s.text()).find()) {
      // "the militia launched two ballistic missiles at Abu Dhabi": the group named just before
      for (int j = index - 1; j >= Math.max(0, index - 6); j--) {
        Sentence n = sentences.get(j);
        if (s.paragraph() - n.paragraph() > 2) {
          break;
        }
        FoundActor named = actors.stream().filter(a -> a.start() >= n.start() && a.end() <= n.end() && !isState(a)
            && !victimSide(n, a) && !"unlisted".equals(a.kind())).reduce((x, y) -> y).orElse(null);
        if (named != null) {
          return new ActorChoice(display(named), ActorBasis.ATTRIBUTED, n);
        }
      }
    }
    if (FROM_YEMEN.matcher(s.text()).find()) {
      // "drones launched from Yemen" in a story that names the Houthis as the ones firing from there
      FoundActor houthis = actors.stream().filter(a -> a.canonical().equals("Houthis")).findFirst().orElse(null);
      if (houthis != null) {
        return new ActorChoice(houthis.canonical(), ActorBasis.ATTRIBUTED, s);
      }
    }
    for (FoundActor a : actors) {
      // last: a state the sentence makes the attacker ("Russia launched 45 drones at Odesa")
      if (a.start() >= s.start() && a.end() <= s.end() && "state".equals(a.kind()) && actsInSentence(s, a)
          && !victimSide(s, a) && !ORIGIN_BEFORE.matcher(s.text().substring(0, a.start() - s.start())).find()
          && !s.text().startsWith("'s", a.end() - s.start())
          && !s.text().startsWith("’s", a.end() - s.start())) { // "Iran's Revolutionary Guards fired": the force
        return new ActorChoice(display(a), ActorBasis.ATTRIBUTED, s, true);
      }
    }
    return null;
  }

  /** A page of a group's channel: "Channel export: \"Saraya Awliya al-Dam\"", "Telegram channel of ...". */
  private static final Pattern CHANNEL = Pattern.compile(
      "(?i)\\b(?:telegram|channel|statements of|communiqu[eé]s of|media office|war media)\\b");
  /** The group telling its own attack: "our heroes targeted", "we struck". */
  private static final Pattern FIRST_PERSON = Pattern.compile("(?i)\\b(?:our\\s+(?:heroes|brothers|mujahideen|fighters|"
      + "forces|men|lions|youth)|we\\s+(?:have\\s+)?(?:targeted|struck|launched|fired|hit|bombed))\\b");

  /**
   * The group whose channel the page is: named, not as a state, in one of its first three lines with "channel",
   * "Telegram" ...; null when the page is none.
   */
  static String channelGroup(List<Sentence> sentences, List<FoundActor> actors) {
    for (int j = 0; j < Math.min(3, sentences.size()); j++) {
      Sentence n = sentences.get(j);
      if (!CHANNEL.matcher(n.text()).find()) {
        continue;
      }
      for (FoundActor a : actors) {
        if (a.start() >= n.start() && a.end() <= n.end() && !isState(a)) {
          return display(a);
        }
      }
    }
    return null;
  }

  /**
   * The channel's group ({@link #channelGroup}, null for none) as the claimant: of an attack its post tells in the
   * first person ("our heroes targeted Balad base"), or of one told with the group as the actor; the choice made
   * otherwise.
   */
  static ActorChoice channelVoice(String channel, Sentence s, String told, ActorChoice chosen) {
    if (channel == null || chosen != null && chosen.basis() != ActorBasis.ATTRIBUTED) {
      return chosen;
    }
    if (chosen != null) {
      return chosen.name().equals(channel)
          ? new ActorChoice(channel, ActorBasis.CLAIMED, chosen.sentence(), chosen.weak()) : chosen;
    }
    String lower = Gate.Lower.of(told);
    boolean own = (lower.contains("our ") || lower.contains("we ")) && FIRST_PERSON.matcher(told).find();
    return own ? new ActorChoice(channel, ActorBasis.CLAIMED, s) : null;
  }

  /** "Statement of the Yemeni Armed Forces", "Communique issued by the Islamic Resistance in Iraq": a group speaks. */
  private static final Pattern STATEMENT_HEADING = Pattern.compile(
      "(?i)^\\W*(?:(?:full\\s+)?text\\s+of\\s+(?:the\\s+)?)?(?:military\\s+)?(?:statement|communiqu[eé]|announcement)"
          + "\\s+(?:no\\.?\\s*\\d+\\s+)?(?:of|by|from|issued by)\\s+(?:the\\s+)?(.{3,80}?)\\W*$");
  /** "Brigadier General Yahya Saree, Spokesman of the Yemeni Armed Forces": the statement's signature. */
  private static final Pattern SPOKESMAN_OF = Pattern.compile(
      "(?i)^[^.]{0,80}\\b(?:spokes(?:man|person|woman))\\s+(?:of|for)\\s+(?:the\\s+)?(.{3,80}?)\\W*$");

  /**
   * Whether the sentence is part of a statement the actor issued: under a heading "Statement of X" or above a
   * signature "Spokesman of X", within the section (up to a rule line "---") the sentence is in.
   */
  static boolean issuedBy(List<Sentence> sentences, int index, String actor) {
    String name = actor.toLowerCase(Locale.ROOT);
    for (int step : new int[] {-1, 1}) {
      for (int j = index; j >= 0 && j < sentences.size() && Math.abs(j - index) <= 40; j += step) {
        String t = sentences.get(j).text();
        if (IncidentExtractor.SECTION_RULE.matcher(t).matches()) {
          break;
        }
        Matcher m = (step < 0 ? STATEMENT_HEADING : SPOKESMAN_OF).matcher(t);
        if (m.find()) {
          String issuer = m.group(1).toLowerCase(Locale.ROOT);
          if (issuer.contains(name) || name.contains(issuer)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** The group a sentence says claimed an attack (the one named nearest the claim), or null. */
  private static ActorChoice claimIn(Sentence n, List<FoundActor> actors, boolean stateMayClaim) {
    Matcher claim = Gate.CLAIM.matcher(n.text());
    if (!claim.find() || Lexicon.NO_CLAIM.matcher(n.text()).find()) {
      return null;
    }
    FoundActor a = nearest(actors, n, n.start() + claim.start(), true);
    if (a == null && stateMayClaim) {
      // the state or state force named last before the claim ("Iran's Revolutionary Guards said they fired")
      int cue = n.start() + claim.start();
      // it is the subject of the claim: "Russia's defence ministry said", not "... in north-east Syria and the al-Tanf
      // garrison, claims that ..."
      FoundActor state = actors.stream().filter(x -> isState(x) && x.start() >= n.start() && x.end() <= cue
          && cue - x.end() <= 40 && !victimSide(n, x) && STATE_SUBJECT_GAP.matcher(n.text().substring(x.end()
          - n.start(), cue - n.start())).matches() && !PLACE_BEFORE.matcher(n.text().substring(Math.max(0,
          x.start() - n.start() - 30), x.start() - n.start())).find()).reduce((x, y) -> y).orElse(null);
      return state == null ? null : new ActorChoice(display(state), ActorBasis.CLAIMED, n);
    }
    return a != null ? new ActorChoice(display(a), ActorBasis.CLAIMED, n) : null;
  }

  /** Between a state and its claim: its office ("'s defence ministry", "'s military intelligence (HUR)"), no clause. */
  private static final Pattern STATE_SUBJECT_GAP = Pattern.compile("(?i)(?:['’]s)?[^,;.]{0,36}?(?<!\\band)\\s*");
  private static final Pattern PLACE_BEFORE = Pattern.compile(
      "(?i)\\b(?:in|near|of|from|to|across|into|inside|over|at)\\s+(?:the\\s+)?(?:[\\w-]+\\s+){0,2}$");

  /** A group's statement announcing the operations told after it: "carried out three military operations:". */
  private static final Pattern OPERATIONS_CLAIM = Pattern.compile(
      "(?i)\\b(?:carried out|conducted|executed)\\s+(?:[\\w-]+\\s+){0,2}?(?:military\\s+|naval\\s+|qualitative\\s+|"
          + "joint\\s+)?operations?\\b[^.]*:\\s*$");
  static final Gate OPERATIONS_CLAIM_GATE = Gate.all(OPERATIONS_CLAIM,
      new String[] {"carried out", "conducted", "executed"}, new String[] {"operation"}, new String[] {":"});

  private static final Pattern THE_STRIKE = Pattern.compile(
      "(?i)\\W*(?:the|that|this)\\s+(?:drone\\s+|air\\s*|missile\\s+)?(?:strike|raid|attack)\\b");
  private static final Pattern FROM_YEMEN = Pattern.compile(
      "(?i)\\b(?:launched|fired|coming|came|originating|flown)\\s+(?:from|out of)\\s+(?:northern\\s+|western\\s+)?Yemen\\b");

  private static final Pattern SAUDI_CONTEXT = Pattern.compile("(?i)\\b(houthis?|yemen|yemeni|sanaa|saudi|ansar ?allah)\\b");

  /** The state that carried out an airstrike, named in the sentence. */
  private static ActorChoice striker(Sentence s) {
    Matcher m = STATE_STRIKER.matcher(s.text());
    if (!m.find()) {
      return null;
    }
    String w = m.group(1).toLowerCase(Locale.ROOT);
    String name = w.startsWith("isr") || w.equals("idf") ? "Israel"
        : w.startsWith("turk") ? "Turkey"
        : w.equals("coalition") && SAUDI_CONTEXT.matcher(s.text()).find() ? "Saudi-led coalition"
        : w.equals("coalition") ? "US-led coalition"
        : w.equals("british") || w.equals("uk") ? "United Kingdom" : w.equals("jordanian") ? "Jordan"
        : w.equals("saudi-led") ? "Saudi-led coalition" : "United States";
    // told by the side struck ("the Israeli enemy carried out an aerial aggression", SANA), or only believed ("aircraft
    // believed to belong to the coalition"): the state did not say so
    boolean toldByOthers = TARGET_SIDE_TELLS.matcher(s.text()).find() || Gate.BLAME.find(s.text());
    return new ActorChoice(name, toldByOthers ? ActorBasis.ATTRIBUTED : ActorBasis.CLAIMED, s);
  }

  private static final Pattern TARGET_SIDE_TELLS = Pattern.compile("(?i)\\b(?:(?:israeli|zionist|american|us|u\\.s\\.|"
      + "saudi|british) enemy|(?:aerial |air |israeli |american |us-british |zionist )aggression|"
      + "(?:according to|told|cited by) (?:the )?(?:syrian|yemeni|houthi|lebanese|iranian) (?:state )?(?:media|sources|"
      + "military source|news agency|television))\\b");

  private static final Pattern ACTIVE_STRIKE = Pattern.compile(
      "^[^.;]{0,60}?\\b(fired|launched|struck|attacked|targeted|hit|shot)\\b");
  private static final Pattern DEFENDS = Pattern.compile(
      "(?i)\\b(?:intercept(?:ed|s|ing)?|shot down|shoots down|downed|thwarted|repelled|foiled|destroyed)\\b");
  private static final Pattern PASSIVE_BEFORE = Pattern.compile("(?i)\\b(was|were|been|being|is|are)\\s+$");

  /** A state force that is the subject of an attack verb ("Iran's Revolutionary Guards fired ..."), not its target. */
  private static final Pattern TARGET_SIDE =
      Pattern.compile("\\b(us|u\\.s\\.|united states|american|coalition|iraqi|kurdish|peshmerga)\\b");

  private static boolean actsInSentence(Sentence s, FoundActor a) {
    String after = s.text().substring(a.end() - s.start());
    Matcher m = ACTIVE_STRIKE.matcher(after);
    if (!m.find()) {
      return false;
    }
    String name = a.canonical().toLowerCase(Locale.ROOT);
    boolean targetSide = TARGET_SIDE.matcher(name).find();
    // "the Israeli military said it intercepted a missile launched from Yemen": the defender, not the attacker
    boolean defends = DEFENDS.matcher(after.substring(0, m.start(1))).find();
    return !targetSide && !defends && !PASSIVE_BEFORE.matcher(after.substring(0, m.start(1))).find();
  }

  /**
   * An actor named where the target is: "a base of the Syrian Democratic Forces", "the field, operated by X",
   * "wounding two SDF fighters", "a convoy of the PMF": the victim or the operator of the site, not the attacker.
   */
  private static final Pattern VICTIM_BEFORE = Pattern.compile(
      "(?i)(?:\\b(?:bases?|positions?|headquarters|posts?|checkpoints?|facility|facilities|fields?|sites?|compound|"
          + "convoys?|vehicles?|camps?|barracks|office|offices)\\s+(?:of|belonging to|used by|housing|hosting)"
          + "|\\b(?:operated|run|owned|used|held|manned|controlled|staffed)\\s+by"
          + "|\\b(?:housing|hosting|wounding|killing|injuring|kills|killed|wounds|injures|targeting|targeted|against|on|at)"
          + "(?:\\s+(?:the|a|an|several|" + Numbers.TOKEN + "))?"
          // "killing two persons of Iranian-backed militias", "the death of 7 members of the regime forces"
          + "|\\b(?:killing|killed|wounding|wounded|injuring|injured|deaths? of)\\s+(?:at least\\s+)?(?:[\\w-]+\\s+){0,2}"
          + "(?:members?|fighters?|persons?|people|elements?|commanders?|soldiers?|personnel|militants?|officers?)\\s+"
          + "(?:of|from|belonging to|affiliated with|loyal to)(?:\\s+the)?(?:\\s+[\\w-]+-(?:backed|aligned|allied))?)"
          + "\\s+(?:the\\s+)?$");

  /** The actor named right after a word of blame ("believed to be belonging to the coalition"), or null. */
  private static FoundActor blamedAfter(List<FoundActor> actors, Sentence s, int blameEnd) {
    int from = s.start() + blameEnd;
    return actors.stream().filter(a -> a.start() >= from && a.end() <= s.end() && a.start() - from <= 40)
        .min(java.util.Comparator.comparingInt(FoundActor::start)).orElse(null);
  }

  private static boolean victimSide(Sentence s, FoundActor a) {
    String before = s.text().substring(Math.max(0, a.start() - s.start() - 40), a.start() - s.start());
    String after = s.text().substring(a.end() - s.start(), Math.min(s.text().length(), a.end() - s.start() + 40));
    return VICTIM_BEFORE.matcher(before).find() || VICTIM_AFTER.matcher(after).lookingAt();
  }

  /** ", the Syrian Democratic Forces said": who tells it. */
  private static final Pattern SAID_AFTER = Pattern.compile(
      "(?i)^\\s+(?:said|says|reported|announced|stated|confirmed)\\b");
  private static final Pattern SAID_BEFORE = Pattern.compile("(?i)(?:,\\s*(?:the\\s+)?|according to\\s+(?:the\\s+)?)$");
  private static final Pattern DEFENDED = Pattern.compile("(?i)\\b(?:shot down|intercepted|downed|repelled|thwarted)\\b");

  /**
   * "two drones were shot down near the Rumalyn landing zone, the Syrian Democratic Forces said": the group telling
   * of drones downed over its ground is the defender, not the attacker.
   */
  private static boolean defenderSpeaks(Sentence s, FoundActor a) {
    String before = s.text().substring(Math.max(0, a.start() - s.start() - 20), a.start() - s.start());
    String after = s.text().substring(a.end() - s.start());
    return SAID_AFTER.matcher(after).lookingAt() && SAID_BEFORE.matcher(before).find()
        && DEFENDED.matcher(s.text()).find();
  }

  /** "6 SDF fighters killed", "two PMF members were wounded": the group named is the one that lost people. */
  private static final Pattern VICTIM_AFTER = Pattern.compile(
      "(?i)\\s+(?:fighters|members|soldiers|troops|personnel|militants|guards|forces|commanders?)\\b[^|.;]{0,20}?"
          + "\\b(?:killed|wounded|injured|dead|hurt|martyred|died|lost their lives)\\b"
          + "|\\s+(?:were|was|had been|have been)\\s+(?:killed|wounded|injured|martyred)\\b"
          // "the Houthi-held port city of Hodeidah": who holds the ground, not who attacked
          + "|\\s?[-‐](?:held|controlled|run|ruled|occupied|administered)\\b");

  /** A state's name as {@link #display} shows it ("Iran (Islamic Revolutionary Guard Corps)" included). */
  static boolean isStateName(String name) {
    return STATE_OF_FORCE.containsValue(name) || STATE_OF_FORCE.containsKey(name)
        || STATE_OF_FORCE.values().stream().anyMatch(v -> v.endsWith(")") && name.startsWith(v.substring(0, v.length() - 1)));
  }

  private static boolean isState(FoundActor a) {
    return a.kind() != null && (a.kind().equals("state") || a.kind().equals("state_force"));
  }

  private static FoundActor nearest(List<FoundActor> actors, Sentence s, int at, boolean preferAfterClaim) {
    FoundActor best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (FoundActor a : actors) {
      if (a.start() < s.start() || a.end() > s.end() || isState(a) || translation(actors, s, a)) {
        continue;
      }
      int d = Math.abs(a.start() - at);
      if (preferAfterClaim && a.kind() != null && a.kind().equals("unlisted")) {
        d -= 5;
      }
      if (d < bestDistance) {
        bestDistance = d;
        best = a;
      }
    }
    return best;
  }

  /** "Saraya Awliya al-Dam (Guardians of Blood Brigade)": the name in brackets right after a name is its translation. */
  private static boolean translation(List<FoundActor> actors, Sentence s, FoundActor a) {
    int local = a.start() - s.start();
    if (local < 1 || s.text().charAt(local - 1) != '(') {
      return false;
    }
    for (FoundActor b : actors) {
      if (b != a && b.end() <= a.start() - 1 && b.end() >= a.start() - 3) {
        return true;
      }
    }
    return false;
  }

  /** The name as written, unless it is an abbreviation or a lowercase form: then the canonical name. */
  /** A state's armed forces are the state, as briefings name them ("Ukrainian drones struck": Ukraine). */
  private static final java.util.Map<String, String> STATE_OF_FORCE = java.util.Map.of(
      "US forces", "United States", "Russian forces", "Russia", "Ukrainian forces", "Ukraine",
      "British forces", "United Kingdom", "Turkish Armed Forces", "Turkey", "Israel Defense Forces", "Israel",
      "Saudi armed forces", "Saudi Arabia", "UAE forces", "United Arab Emirates",
      // Iran's forces that act abroad under their own name: the state, and the force as the sources name it
      "Islamic Revolutionary Guard Corps", "Iran (Islamic Revolutionary Guard Corps)", "Quds Force", "Iran (Quds Force)");

  static String display(FoundActor a) {
    if (isState(a)) {
      String state = STATE_OF_FORCE.getOrDefault(a.canonical(), a.canonical());
      String written = a.surface().strip();
      if (state.endsWith(")") && LATIN_ABBREVIATION.matcher(written).matches() && written.length() <= 8) {
        // "IRGC": the source's own abbreviation is kept, as for groups ("Iran (Islamic Revolutionary Guard Corps, IRGC)")
        return state.substring(0, state.length() - 1) + ", " + written + ")";
      }
      return state;
    }
    String surface = a.surface().replaceAll("^(?i)the\\s+", "").replaceAll("[\"“”]", "").strip()
        .replaceAll("(?i)\\s+(movement|rebels|militia|militias|fighters|militants)$", "");
    boolean abbreviation = surface.length() <= 4 || surface.equals(surface.toUpperCase(Locale.ROOT));
    String sk = surface.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
    String ck = a.canonical().toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
    boolean inflection = !sk.isEmpty() && (ck.startsWith(sk) || sk.startsWith(ck)) && Math.abs(ck.length() - sk.length()) <= 2;
    if (abbreviation && !isState(a) && LATIN_ABBREVIATION.matcher(surface).matches()
        && !sk.equals(ck)) {
      return a.canonical() + " (" + surface + ")"; // "Islamic State (ISIS)": the name, and the source's own
    }
    boolean capitalised = Character.isUpperCase(surface.charAt(0)) || ARTICLE_NAME.matcher(surface).lookingAt();
    if (abbreviation || inflection || !capitalised || sk.contains(ck) || ck.contains(sk)) {
      return a.canonical();
    }
    if (GENERIC_ACTOR.matcher(surface).find() || IRAN_BACKED.matcher(surface).find()) {
      return surface; // "Iran-aligned groups": a label, not the name of the umbrella it is filed under
    }
    // another name of a known group ("Yemeni Armed Forces", "Kata'ib Hizballah"): the group, and the name as written
    return sk.equals(ck) ? surface : a.canonical() + " (" + surface + ")";
  }

  /** "al-Shabab", "al-Nujaba": a name after the Arabic article is a proper name as written. */
  private static final Pattern ARTICLE_NAME = Pattern.compile("(?:al|el|ad|an|ar|as|ash|at|az)[- ]\\p{Lu}");
  private static final Pattern LATIN_ABBREVIATION = Pattern.compile("[A-Z][A-Z0-9.-]+");

  private static final Pattern GROUP_WORD = Pattern.compile("(?i)brigade|battalion|front|movement|group|companies|"
      + "saraya|kataib|kata'ib|alwiyat|liwa|ashab|usbat|resistance|revenge|army|squad|faction|corps|\\bal-");

  static List<FoundActor> unlistedGroups(String text, List<FoundActor> listed) {
    List<FoundActor> out = new ArrayList<>();
    Matcher m = Gate.GROUP_NAME.matcher(text);
    while (m.find()) {
      String name = m.group(1).strip().replaceAll("^(?i)the\\s+", "").replaceAll("\\s+(?:and|of|the|al)$", "");
      int start = m.start(1);
      int end = start + m.group(1).strip().length();
      boolean covered = listed.stream().anyMatch(a -> start < a.end() && end > a.start());
      if (covered || name.split("\\s+").length < 2
          || !GROUP_WORD.matcher(name).find()) {
        continue;
      }
      out.add(new FoundActor(start, end, name, name, "unlisted"));
    }
    return out;
  }

  // ---- claims and accusations told further down the story ----------------------------------------------------

  private static final Pattern SEVERAL_CLAIMED = Pattern.compile(
      "(?i)\\bclaimed\\s+(?:responsibility\\s+for\\s+)?(?:both|the two|all(?: three| four| the)?)\\s+(?:attacks|strikes|operations)\\b"
          + "|\\b(?:both|the two|all(?: three| four)?)\\s+(?:attacks|strikes|operations)\\s+(?:were\\s+)?claimed\\b");
  static final Gate SEVERAL_CLAIMED_GATE = Gate.all(SEVERAL_CLAIMED, new String[] {"claimed"},
      new String[] {"attacks", "strikes", "operations"});

  /**
   * "The Houthis claimed both attacks", told after the attacks: the claim is each one's, however many sentences back
   * they were told (within the story, fifteen sentences).
   */
  static void claimsOfSeveral(List<Sentence> sentences, List<FoundActor> actors, List<Candidate> candidates) {
    for (int i = 0; i < sentences.size(); i++) {
      Sentence s = sentences.get(i);
      Matcher m = SEVERAL_CLAIMED_GATE.matcher(s.text());
      if (s.zone() == Zone.BOILERPLATE || !m.find() || Lexicon.NO_CLAIM.matcher(s.text()).find()) {
        continue;
      }
      FoundActor a = nearest(actors, s, s.start() + m.start(), true);
      if (a == null) {
        continue;
      }
      for (Candidate c : candidates) {
        if (c.index < i && c.index >= i - 15 && c.basis != ActorBasis.CLAIMED && c.weapon != Weapon.AIRSTRIKE) {
          c.actor = display(a);
          c.basis = ActorBasis.CLAIMED;
          IncidentExtractor.addOnce(c.evidence, s);
        }
      }
    }
  }

  /** How many paragraphs after its attack a claim or an accusation may come and still be that attack's. */
  static final int STORY_PARAGRAPHS = 4;

  /**
   * A claim or an accusation told further down the story than {@link #chooseActor} looks ("A previously unknown group
   * calling itself X claimed responsibility", "US officials said they suspected Kataib Hezbollah"): it is the actor of
   * the attack told last before it, when that attack has none (or, for a claim, only an attributed one) and no other
   * attack came between. A claim of many attacks, history, a denial and a state are not such an actor.
   */
  static void lateClaims(List<Sentence> sentences, List<FoundPlace> places, List<FoundActor> actors,
      List<Candidate> candidates) {
    for (int i = 0; i < sentences.size(); i++) {
      Sentence s = sentences.get(i);
      if (s.zone() == Zone.BOILERPLATE) {
        continue;
      }
      Matcher claim = Gate.CLAIM.matcher(s.text());
      boolean claimed = claim.find() && !Lexicon.NO_CLAIM.matcher(s.text()).find();
      Matcher blame = claimed ? null : Gate.BLAME.matcher(s.text());
      if (!claimed && (blame == null || !blame.find())) {
        continue;
      }
      if (IncidentExtractor.aggregate(s.text()) || Gate.BACKGROUND.find(s.text()) || Gate.MODAL.find(s.text())) {
        continue; // "has claimed more than 150 attacks since October", "would be held responsible"
      }
      FoundActor a = nearest(actors, s, s.start() + (claimed ? claim.start() : blame.start()), claimed);
      String label = null;
      if (a == null && !claimed) {
        // "blamed outlaw groups within the PMF", "blamed Iran-backed militias": a label, only where nobody is named
        Matcher g = OUTLAW.matcher(s.text());
        Matcher ib = IRAN_BACKED.matcher(s.text());
        Matcher lm = g.find() ? g : ib.find() ? ib : null;
        label = lm == null ? null : lm.group(1);
        if (lm != null && victimSide(s, new FoundActor(s.start() + lm.start(1), s.start() + lm.end(1), label, label,
            "unlisted"))) {
          label = null; // "killing two persons of Iranian-backed militias": they lost the people
        }
      }
      if (a == null && label == null) {
        continue;
      }
      String name = a != null ? display(a) : label;
      Candidate last = null;
      for (Candidate c : candidates) {
        if (c.index < i) {
          last = c;
        }
      }
      // a named group beats a generic label ("Iran-backed militias") told before it
      boolean named = a != null && !GENERIC_ACTOR.matcher(name).find();
      int cue = claimed ? claim.start() : blame.start();
      int here = i;
      boolean ownAttack = IncidentExtractor.opensAnotherStory(s.text())
          || claimed && candidates.stream().anyMatch(c -> c.index == here); // a claim of the attack its sentence tells
      boolean toLast = !(last == null || ownAttack || last.weapon == Weapon.AIRSTRIKE || ofAnotherDay(s, cue, last)
          || s.paragraph() - last.sentence.paragraph() > STORY_PARAGRAPHS
          || last.actor != null && (!claimed || last.basis == ActorBasis.CLAIMED)
          && !(named && (generic(last) || last.weakActor)));
      List<Place> placesNamed = places.stream().filter(p -> p.start() >= s.start() && p.end() <= s.end())
          .map(FoundPlace::place).toList();
      Place lastPlace = last == null ? null : last.place;
      if (toLast && lastPlace != null && !placesNamed.isEmpty() && placesNamed.stream().allMatch(p ->
          IncidentExtractor.precisionRank(p) >= 3 && IncidentExtractor.samePlace(p, placesNamed.get(0))
          && !Merging.placesCompatible(p, lastPlace, 30) && !IncidentExtractor.sameProvince(p, lastPlace))) {
        toLast = false; // "the Houthis said they targeted the USS Laboon in the Red Sea": another attack's claim
      }
      for (Candidate c : candidates) {
        // every attack the same sentence told, and one further back the claim names by its place ("a wide-scale
        // operation ... including Aramco facilities at Ras Tanura")
        boolean namedHere = claimed && a != null && c.index < i && c.place != null && c.weapon != Weapon.AIRSTRIKE
            && s.paragraph() - c.sentence.paragraph() <= STORY_PARAGRAPHS
            && IncidentExtractor.precisionRank(c.place) >= 3
            && placesNamed.stream().anyMatch(p -> IncidentExtractor.samePlace(p, c.place));
        if ((toLast && c.index == last.index || namedHere) && (c.actor == null || claimed && c.basis != ActorBasis.CLAIMED
            || named && (generic(c) || c.weakActor))) {
          c.weakActor = false;
          c.actor = name;
          c.basis = claimed ? ActorBasis.CLAIMED : ActorBasis.ATTRIBUTED;
          IncidentExtractor.addOnce(c.evidence, s);
        }
      }
    }
  }

  /**
   * "Washington blamed Kataib Hezbollah for a July 26 strike": after the word of claim or blame, the sentence dates
   * the attack it means to another day than the attack told last.
   */
  private static boolean ofAnotherDay(Sentence s, int cue, Candidate last) {
    if (last.date == null) {
      return false;
    }
    for (DateMention d : DateResolver.find(s.text(), last.date)) {
      // in the same clause as the word of blame: "suspected X, ..., which Washington also blamed for a barrage on
      // December 27" still suspects X of this attack
      if (d.start() > cue && s.text().substring(cue, d.start()).indexOf(',') < 0
          && d.precision() == DatePrecision.DAY && !d.date().equals(last.date)
          && Math.abs(d.date().toEpochDay() - last.date.toEpochDay()) > 1) {
        return true;
      }
    }
    return false;
  }

  /** An actor that is only a generic label: "Iran-backed militias", "pro-Iranian factions". */
  private static boolean generic(Candidate c) {
    return c.actor != null && c.basis != ActorBasis.CLAIMED && GENERIC_ACTOR.matcher(c.actor).find();
  }
}
