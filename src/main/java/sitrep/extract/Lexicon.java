package sitrep.extract;

import java.util.regex.Pattern;
import sitrep.model.Weapon;

/** The cue words of attacks, weapons, casualties, claims, threats and background, as compiled patterns. */
final class Lexicon {
  private Lexicon() {}

  /** A weapon cue. */
  record WeaponCue(Weapon weapon, Pattern pattern) {}

  static final String PROJECTILE_MODS =
      "(?:(?:more|additional|further|other|grad|katyusha|\\d{2,3}\\s?mm|ballistic|cruise|anti-ship|explosive-laden|"
          + "bomb-laden|booby-trapped|one-way(?: attack)?|attack|armed|suicide|kamikaze|small|unmanned|hostile|"
          + "fixed-wing|heavy|short-range|long-range|guided|precision|surface-to-surface|explosive|iranian-made|"
          + "shahed(?:-\\d+)?|qasef(?:-\\d\\w?)?|samad(?:-\\d)?|rocket-propelled|mortar|artillery|houthi|yemeni|iranian|"
          + "iraqi|militia|enemy|single|lone|lebanese"
          // a model named by the source: "Fateh-110", "Zulfiqar-2", "Quds-1", "Toufan-3"
          + "|[a-z]+-\\d{1,3}\\w?)[\\s-]+){0,3}";

  static final WeaponCue[] WEAPONS = {
    new WeaponCue(Weapon.DRONE, Pattern.compile(
        "(?i)\\b(drones?|uavs?|(?:unmanned|uncrewed) (?:aerial|aircraft) (?:vehicles?|systems?)|uas|quadcopters?|shahed|"
            + "kamikaze aircraft|"
            + "one-way attack (?:uas|aircraft)|(?:unmanned|uncrewed) surface (?:vessels?|boats?)|usvs?|"
            + "(?:explosive-laden|explosives-laden|remote-controlled|bomb-laden) (?:boats?|skiffs?)|"
            + "waterborne (?:drones?|improvised explosive devices?)|wbieds?)\\b")),
    new WeaponCue(Weapon.ROCKET, Pattern.compile(
        "(?i)\\b(rockets?(?![- ]propelled)|katyushas?|grads?|rocket fire|107\\s?mm|122\\s?mm)\\b")),
    new WeaponCue(Weapon.MISSILE, Pattern.compile(
        "(?i)\\b(?<!interceptor |anti-aircraft |air defen[cs]e |patriot |surface-to-air |c-ram )(missiles?)\\b")),
    new WeaponCue(Weapon.MORTAR, Pattern.compile("(?i)\\b(mortars?|mortar (?:rounds|shells|bombs))\\b")),
    new WeaponCue(Weapon.IED, Pattern.compile(
        "(?i)\\b(roadside bombs?|ieds?|improvised explosive devices?|explosive devices?|car bombs?|vbieds?|"
            + "bombs? planted|landmines?|sticky bombs?|explosively[- ]formed penetrators?|truck bombs?|"
            // a bomber on foot: "a suicide bomber blew himself up", "an explosive vest"
            + "suicide (?:bombers?|bombings?|vests?|belts?|car bombs?)|explosive (?:vests?|belts?)|"
            + "(?:female|another|second|third|fourth|a) bomber|"
            + "blew (?:himself|herself|themselves) up|"
            // a bomb that goes off where it lay ("a bomb targeted a convoy"), not one dropped from the air
            + "(?<!aerial |guided |glide |cluster |smart )bomb (?:attacks?|blasts?)|"
            + "(?<!aerial |guided |glide |cluster |smart )bombs? (?:exploded|went off|detonated|targeted|struck|ripped))\\b")),
    new WeaponCue(Weapon.AIRSTRIKE, Pattern.compile(
        // a bomber alone is a person with a bomb ("a third bomber struck the funeral"); bombers in the air are named so
        "(?i)\\b(air ?strikes?|air raids?|warplanes?|aircraft struck|(?<!suicide )(?<!female )bombers|"
            + "(?:b-\\d+\\w?|strategic|long-range|heavy|stealth) bombers?|"
            // "unidentified aircraft, believed to belong to the coalition, struck": a raid by someone's air force
            + "(?:unidentified|unknown|unmarked) (?:aircraft|jets?|planes|fighter jets?)|"
            + "(?:precision|retaliatory|defensive|us|u\\.s\\.|american|israeli) (?:air )?strikes?)\\b")),
    new WeaponCue(Weapon.SMALL_ARMS, Pattern.compile(
        "(?i)\\b(gunfire|gunmen|(?:fighters|militants|insurgents|attackers) stormed|open(?:ed|s|ing)? fire|"
            + "small[- ]arms|sniper|machine guns?|rpgs?|rocket-propelled grenades?|"
            + "automatic rifles?|shot dead|(?<!\\bno )(?<!\\bnor )shots? (?:were |was )?fired|"
            + "fired (?:several |a few |\\d+ )?shots|gunshots?|exchange of fire|exchanged fire)\\b")),
  };

  /** Verbs and nouns that say an attack happened. */
  static final Pattern ATTACK = Pattern.compile(
      "(?i)\\b(attack(?:ed|s|ing)?|struck|strikes?|striking|hit|hits|target(?:ed|ing)|land(?:ed|ing)|fell|fall|fired|"
          + "launch(?:ed|ing)|explod(?:ed|ing)|detonat(?:ed|ing)|intercept(?:ed|ing)|shot down|downed|brought down|KIA|killed in action|bomb(?:ed|ing)|"
          + "shell(?:ed|ing)|barrage|volley|salvo|ambush(?:ed)?|raid(?:ed)?|assault(?:ed)?|impact(?:ed)?|"
          + "blast|explosions?|killed|killing|wounded|wounding|injured|injuring|damag(?:ed|ing)|destroyed|slamm(?:ed|ing)|"
          + "rain(?:ed|ing) down|ramm(?:ed|ing)|open(?:ed|ing)? fire|air ?strikes?|"
          + "crash(?:ed|ing) into|crashed|pound(?:ed|ing)|smash(?:ed|ing)|rock(?:ed|ing)|came under|set (?:on )?fire|"
          + "caught fire|ablaze|went off|blew up|engag(?:ed|ing)|dropp(?:ed|ing)|bombs|"
          // a maritime advisory: "UKMTO has received a report of an incident 60NM southeast of Aden"
          + "report(?:ed|s)? of an? (?:maritime |security )?incident)\\b");

  /** An attack verb in a hypothetical, future, threatened or denied frame. */
  static final Pattern HYPOTHETICAL = Pattern.compile(
      "(?i)\\b(will|would|could|might|may|shall|threaten(?:s|ed|ing)?(?: to)?|vow(?:s|ed)?(?: to)?|"
          + "warn(?:s|ed)?(?: of| that)?|plan(?:s|ned|ning)? to|intend(?:s|ed)? to|seek(?:s|ing)? to|aim(?:s|ed)? to|"
          + "prepar(?:e|ed|ing) to|ready to|capable of|ability to|if|unless|deni(?:ed|es)|deny|rejected|"
          + "(?:deni(?:ed|es)|deny(?:ing)?|rejected|disavow(?:ed|s)?)\\s+(?:any\\s+|all\\s+|its\\s+|their\\s+)?"
          + "(?:role|involvement|responsibility|part|links?|connection)\\s+(?:in|for|with|to)(?:\\s+[\\w'’-]+){0,6}?|"
          + "calls? for|call(?:ed|ing) for|urg(?:ed|es|ing)|pledg(?:ed|es)|promis(?:ed|es)|continue to|in order to|"
          + "attempts? to|tried to)\\s+(?:\\w+\\s+){0,3}?(?:be\\s+)?(?:attack|target|strike|hit|launch|fire|bomb|"
          + "retaliat|escalat|increas|respond)");

  /** Future, conditional and threat words. */
  static final Pattern MODAL = Pattern.compile(
      "(?i)\\b(will|would|could|might|shall|threat(?:s|en|ens|ened)?|warn(?:s|ed)?|vow(?:s|ed)?|if|unless|plans? to|"
          + "intends? to|ready to)\\b");

  /** A verb that tells an attack that happened. */
  static final Pattern PAST_EVENT = Pattern.compile(
      "(?i)\\b(attacked|struck|landed|fell|fired|launched|exploded|detonated|intercepted|shot down|downed|bombed|"
          + "shelled|killed|killing|wounded|injured|damaged|destroyed|targeted|slammed|crashed|hit (?:the|a|an|by|near)|"
          + "was hit|were hit|came under|claimed responsibility|carried out|died|thwarted|foiled)\\b");

  /** Background clauses that refer to old events. */
  static final Pattern BACKGROUND = Pattern.compile(
      "(?i)\\b(since the (?:killing|death|assassination|start|beginning|outbreak|invasion|withdrawal)|since then|"
          + "by the time|(?:hundreds|thousands) of (?:\\w+\\s+){0,3}(?:were |had been )?(?:killed|wounded|died)|"
          + "(?:response to|revenge for|avenge|avenging|anniversary of|retaliation for) the (?:killing|assassination|death)|"
          + "in the (?:years|decades|months) (?:since|after|before)|(?:19|20)\\d\\d\\s*(?:-|–|to|and)\\s*(?:19|20)\\d\\d)\\b");

  /** "The Houthis have attacked more than 100 vessels since November": a campaign's count of targets. */
  static final Pattern CAMPAIGN = Pattern.compile(
      "(?i)\\b(?:have|has|had)\\s+(?:\\w+\\s+)?(?:attacked|targeted|struck|hit)\\s+(?:more than|over|at least|nearly|about|"
          + "some|around|almost|dozens of|hundreds of|scores of|\\d{2,})\\s+(?:\\d+\\s+)?(?:\\w+\\s+)?(?:vessels|ships|bases|"
          + "targets|sites|positions|facilities)\\b");

  /** Words that make a sentence an aggregate or background summary rather than one event. */
  static final Pattern AGGREGATE = Pattern.compile(
      "(?i)\\b((?:more than|over|at least|nearly|about|some|around|almost|dozens of|hundreds of|scores of|"
          + "\\d{2,})\\s+(?:\\w+\\s+){0,2}(?:attacks|strikes|incidents|operations)|(?:series|wave|string|spate) of (?:[\\w-]+\\s+){0,2}(?:attacks|strikes)|"

          + "(?:more than|over|at least|nearly|about|some|around|almost)\\s+\\d+\\s+times|"
          + "(?:previous|earlier|past|prior|recent|similar|other|repeated)\\s+(?:[\\w-]+\\s+){0,3}attacks|campaign of|wave of|spate of|string of|attacks? (?:have|has) (?:continued|increased|risen|resumed)|since (?:the )?(?:start|beginning)|"
          + "daily (?:rocket|drone|attacks)|regular(?:ly)? attacks?|frequent(?:ly)? (?:attacks?|targeted)|"
          // ("the vessel was hit three times": the hits of one attack)
          + "(?<!\\bhit\\s|\\bstruck\\s|\\bhit\\s{2})(?:three|four|five|six|seven|eight|nine|ten|dozens of|hundreds of|scores of|\\d{1,3})\\s+"
          + "(?:more\\s+|other\\s+|separate\\s+|additional\\s+)?times|twice|bringing the (?:total|tally|number)\\b|"
          + "(?:began|begun|begin|begins|started|starts|start|resumed|resumes|resume|stepped up|escalated)\\s+"
          + "(?:its\\s+|their\\s+|the\\s+)?(?:attack(?:s|ing)?|target(?:s|ing)|strikes|striking|launching|firing|shelling)|"
          + "resum(?:ed|es|ing)\\s+(?:its\\s+|their\\s+|the\\s+)?(?:[\\w-]+\\s+)?(?:attacks|strikes|operations))\\b");

  /** A tally by country, three items or more: "32 in Iraq, 34 in Syria and one US strike package in Iraq". */
  static final String TALLY_ITEM = "(?:\\d+|one|two|three|four|five|six|seven|eight|nine|ten)\\s+(?:[\\w-]+\\s+){0,3}?"
      + "in\\s+(?:Iraq|Syria|Jordan|Yemen|Israel|Lebanon)\\b";
  static final Pattern TALLY = Pattern.compile(
      "(?i)\\b" + TALLY_ITEM + "(?:\\s*(?:,|;|and|,\\s*and)\\s+" + TALLY_ITEM + "){2,}|\\bstrike packages?\\b");

  /** A claim of responsibility. */
  /** "claimed responsibility", "took responsibility": a claim whoever makes it, a state too. */
  static final Pattern RESPONSIBILITY = Pattern.compile(
      "(?i)\\b(?:claim(?:ed|s|ing)?|took|takes|taking|assumed|accepted)\\s+(?:full\\s+)?responsibility\\b");
  static final Pattern CLAIM = Pattern.compile(
      // "claimed three lives", "claiming the lives of two": a toll, not a claim
      "(?i)\\b(claim(?:ed|s|ing)?(?!\\s+(?:the\\s+)?(?:lives?\\b|(?:\\w+\\s+){1,2}lives?\\b))|took responsibility|took credit|statement signed by|"
          // a translation of tabanna: "the faction adopted the attack in a statement"
          + "adopted (?:the |responsibility for the )?(?:attack|operation|bombing|strike)|"
          + "announced (?:that )?(?:it|they) (?:had )?(?:targeted|attacked|struck|launched)|"
          // "said in a statement on Telegram that it had targeted", "said late on Thursday that its forces struck"
          + "(?:said|stated|announced)\\s+(?:(?:in a (?:[\\w-]+\\s+)?statement|on (?:its\\s+)?(?:telegram|twitter|x|website|"
          + "channels?|al-masirah(?: tv)?)|(?:late|early)?\\s*(?:on\\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
          + "Sunday)(?:\\s+(?:night|evening|morning|afternoon))?|today|late|earlier|(?:in|via) a (?:televised|video) "
          + "(?:speech|address|statement))[\\s,]+){0,3}(?:that\\s+)?(?:it|they|the group|the militia|the movement|"
          + "its fighters|(?:the group's|its|their) (?:[\\w-]+\\s+)?(?:forces|drones|missiles|units)) "
          + "(?:had )?(?:also |successfully |again )?(?:targeted|attacked|struck|hit|launched|fired|carried out|conducted|"
          + "executed))\\b");

  /** A claim that nobody made. */
  static final Pattern NO_CLAIM = Pattern.compile(
      "(?i)\\b(no (?:group|one|organi[sz]ation|faction)(?: has| had|'s)? (?:immediately |yet )?claimed|not (?:immediately |yet )?"
          + "(?:been )?claimed|did not claim|has not claimed|unclaimed|without (?:a )?claim|no (?:immediate )?claim|"
          + "rejected the claim|denied|dismissed the claim|claims? (?:were|was) false)\\b");

  /** A blame that is not a claim. */
  static final Pattern BLAME = Pattern.compile(
      "(?i)\\b(blam(?:ed|es|ing)|accus(?:ed|es|ing)|attributed to|suspected|believed to (?:be|have|belong)|"
          + "(?:carried out|launched|planted|fired|conducted|perpetrated|committed) by|held responsible|"
          // "in an attack by Kurdish militants", "by harassment fire from PKK militants"
          + "(?:an? |the )?(?:attack|assault|ambush|raid) by|(?:harassment |sniper |mortar |rocket )?fire from|"
          + "(?:main|prime|chief|key|primary) suspect|"
          + "(?:indications?|evidence|signs?|fingers?|intelligence|suspicion)\\s+(?:\\w+\\s+){0,2}?point(?:ed|s|ing)?\\s+(?:to|at))\\b");

  static final Pattern NO_CASUALTIES = Pattern.compile(
      "(?i)\\b(no (?:human |immediate |reported )?casualties|without (?:causing |inflicting )?(?:any )?(?:human )?casualties|no (?:one|one was) "
          + "(?:was )?(?:hurt|harmed|injured)|did not (?:result in|cause) (?:any )?(?:human )?(?:casualties|losses|"
          + "injuries)|no (?:injuries|injury) or (?:loss of life|deaths?)|no (?:human or material|human) "
          + "(?:losses|damage)|without (?:causing |inflicting |leaving )?(?:any )?(?:human(?: or material)?|"
          + "material or human) (?:losses|damage|casualties)|injuring no one|caus(?:ed|ing) no casualties|no loss of life|"
          // translated local reports: "no losses were recorded"
          + "no (?:human )?losses (?:were |was )?(?:recorded|reported|registered|incurred|inflicted)|without (?:any )?losses|"
          + "(?:(?:the\\s+)?(?:vessel|ship) and (?:its\\s+|the\\s+)?|all\\s+)?crew(?: members)? (?:(?:are|were|was|is)\\s+)?"
          + "(?:reported\\s+)?(?:safe|unharmed))\\b");
  static final Pattern NO_INJURIES = Pattern.compile(
      "(?i)\\b(no (?:reported )?(?:injuries|injury|wounded)|no one was (?:killed (?:or|nor) )?(?:injured|hurt|wounded)|"
          + "injuring no one|"
          + "no (?:\\w+\\s+){0,2}(?:personnel|crew(?: members)?|soldiers|troops|service ?members|civilians|people|sailors|"
          + "mariners|seafarers|americans|staff) (?:was|were) (?:reported )?(?:killed (?:or|nor) )?(?:hurt|harmed|injured|wounded)|unharmed|"
          + "without injur(?:y|ies)|no (?:injuries|injury) (?:were|was) reported)\\b");
  /** Nobody was hurt at all (so nobody was killed either). */
  static final Pattern NOBODY_HURT = Pattern.compile(
      "(?i)\\b(no (?:one|body)|nobody|no (?:\\w+\\s+){0,2}(?:personnel|crew(?: members)?|soldiers|troops|service ?members|"
          + "civilians|people|sailors|mariners|seafarers|americans|staff))\\s+(?:was|were)\\s+(?:reported\\s+)?"
          + "(?:killed (?:or|nor) )?(?:hurt|harmed|injured|wounded)|\\bno (?:reported )?injuries\\b|\\bunharmed\\b|\\bno injuries or\\b");
  /**
   * A toll revised later in the story: "the death toll rose to four", "the number of wounded had risen to 34", "the
   * toll was revised down to three". Group 1 or 2 names a death toll, group 3 the wounded; group 4 is the figure.
   */
  static final Pattern REVISED_TOLL = Pattern.compile(
      "(?i)\\b(?:(?:(death toll|toll)|number of (dead|deaths|killed|fatalities)|number of (wounded|injured|injuries))"
          + "\\s+(?:(?:later|has|had|have|since|now|then|been)\\s+)*(?:rose|rises|risen|climbed|increased|jumped|grew|"
          + "reached|stands|stood|(?:was|is|were)\\s+revised(?:\\s+(?:up|down)(?:wards?)?)?|revised(?:\\s+(?:up|down)"
          + "(?:wards?)?)?)"
          // "the Observatory first said 11 were killed and later raised the toll to 19"
          + "|(?:raised|revised|updated|increased|put|brought)\\s+(?:the|its|their)\\s+(?:death\\s+)?toll(?:\\s+up)?)"
          + "\\s+(?:to|at)\\s+(?:at least\\s+)?(" + Numbers.TOKEN + ")\\b");
  /** A death the attack did not cause: "died of a cardiac episode", "suffered a heart attack". */
  static final Pattern NON_COMBAT_DEATH = Pattern.compile(
      "(?i)\\b(?:died|dies|death)\\b[^.;]{0,40}?\\b(?:cardiac|heart attack|heart failure|natural causes|medical (?:emergency|"
          + "episode|condition)|illness|stroke)\\b|\\b(?:suffered|suffering) (?:a |an )?(?:cardiac|heart attack|medical "
          + "(?:emergency|episode)|stroke)\\b");
  /** A death by violence told in the same sentence: "killed", "killing", "slain". */
  static final Pattern HOSTILE_DEATH = Pattern.compile("(?i)\\b(?:killed|killing|kills|slain|martyred|lost their lives)\\b");
  static final Pattern NO_DEATHS = Pattern.compile(
      "(?i)\\b(no (?:deaths|fatalities|one was killed|loss of life)|no (?:one|one was) killed|"
          + "without (?:any )?fatalities|no (?:\\w+\\s+){0,2}(?:personnel|crew(?: members)?|soldiers|troops|service ?members|"
          + "civilians|people|sailors|americans|staff) (?:was|were) killed)\\b");

  static final String PEOPLE =
      "(?:(?:u\\.s\\.|us|american|iraqi|syrian|coalition|british|french|civilian|israeli|emirati|saudi|yemeni|"
          + "kurdish|jordanian|foreign|contractors?|security|military|service|crew|militia|young|other|more|"
          + "additional|(?!that\\b|which\\b|who\\b|and\\b|were\\b|was\\b)[a-z]+)\\s+){0,3}";
  /** A person or persons hurt, singular or plural: "service member", "sailors". */
  private static final String VICTIM_NOUN = "(?:people|persons?|soldiers?|troops|service ?members?|servicem[ae]n|"
      + "personnel|civilians?|contractors?|sailors?|crew(?: members?)?|seafarers?|workers?|americans?|others|staff|"
      + "guards?|officers?|children|child|wom[ae]n|m[ae]n)";
  /** "is false", "were baseless": what a denial says of a claim. */
  static final String CALLED_FALSE = "(?:is|are|was|were) (?:false|untrue|baseless|not true|fabricated)";

  /** "16 people, including civilians, were killed", "One man, aged 50, was killed": an aside before the verb. */
  private static final String APPOSITION = "(?:,\\s*(?:(?:including|among them|most of them|mostly|many of them|all of them)"
      + "\\s+[^,.;]{1,40}|aged \\d{1,3}(?: and \\d{1,3})?|(?:a |an )?\\d{1,3}-year-old(?: [\\w-]+){0,2}),\\s*)?";
  static final Pattern KILLED = Pattern.compile(
      "(?i)\\b(?:(?<!\\bfrom )(?<!\\bof )(" + Numbers.TOKEN + ")\\s+" + PEOPLE
          + "(?:people|persons|soldiers|troops|service ?members|servicemen|personnel|civilians|contractors|"
          + "members|fighters|militants|sailors|crew(?: members)?|seafarers|workers|guards|officers|children|"
          + "child|girl|boy|woman|women|men|man|americans|iraqis|others|militiamen|staff)?\\s*" + APPOSITION
          // "a January incident that killed three": what is counted did the killing
          + "(?!(?:that|which|who)\\s+killed\\b)(?:\\w+\\s+)?"
          + "(?:were|was|have been|had been|being)?\\s*(?:killed|dead|died|slain|martyred|lost their lives)\\b"
          // "A suicide bomber killed 18 people": the counted subject did the killing (the count is the object's)
          + "(?!\\s+(?:at least\\s+|more than\\s+|nearly\\s+|some\\s+)?(?:" + Numbers.TOKEN + ")\\s)"
          + "|(?:killing|killed|kills)\\s+(?:at least\\s+)?(" + Numbers.TOKEN + ")\\b(?!\\s*(?:rockets?|drones?|missiles?))"
          // "documented the death of 7 members", "the death toll rose to 12"
          + "|(?:claim(?:ing|ed|s)|took|taking) the lives of\\s+(?:at least\\s+)?(" + Numbers.TOKEN + ")\\b"
          + "|(?:deaths?|martyrdom)\\s+of\\s+(?:at least\\s+)?(" + Numbers.TOKEN + ")\\b(?!\\s*(?:rockets?|drones?|missiles?|days?|weeks?))"
          + "|death toll\\s+(?:has\\s+)?(?:rose|rises|risen|climbed|reached|stands at|stood at|of|is|was)\\s+(?:to\\s+)?"
          + "(?:at least\\s+)?(" + Numbers.TOKEN + ")\\b"
          // "claimed three lives", "resulted in three fatalities", "rescuers recovered seven bodies"
          + "|(?:claim(?:ing|ed|s)|took|taking|cost|costing)\\s+(?:at least\\s+)?(" + Numbers.TOKEN + ")\\s+lives\\b"
          + "|\\b(" + Numbers.TOKEN + ")\\s+(?:fatalities|deaths)\\b"
          + "|(?:recovered|retrieved|pulled|found)\\s+(?:the\\s+)?(" + Numbers.TOKEN + ")\\s+bodies\\b)");
  static final Pattern INJURED = Pattern.compile(
      "(?i)\\b(?:(" + Numbers.TOKEN + ")\\s+" + PEOPLE
          + "(?:people|persons|soldiers|troops|service ?members|servicemen|personnel|civilians|contractors|"
          + "members|sailors|crew(?: members)?|workers|guards|officers|children|americans|iraqis|others|staff)?\\s*"
          + APPOSITION + "(?:were|was|have been|had been|being)?\\s*(?:slightly |lightly |seriously |critically )?"
          + "(?:injured|wounded|hurt)"
          + "|(?:injuring|wounding|injured|wounded|hurting)\\s+(?:at least\\s+)?(" + Numbers.TOKEN + ")\\b"
          // "resulted in the martyrdom of two soldiers, the injury of three others"
          + "|(?:the\\s+)?(?:injury|injuries|injuring|wounding) of\\s+(?:at least\\s+)?(" + Numbers.TOKEN + ")\\b"
          + "|(?:at least\\s+)?(" + Numbers.TOKEN + ")\\s+(?:minor\\s+|serious\\s+|light\\s+)?injuries"
          // "eight service members suffered traumatic brain injuries", "a U.S. service member suffered a concussion"
          + "|(" + Numbers.TOKEN + ")\\s+" + PEOPLE + VICTIM_NOUN + "\\s+(?:suffered|sustained|received)\\s+"
          + "(?:an?\\s+)?(?:[\\w-]+\\s+){0,3}?(?:injur(?:y|ies)|wounds?|concussions?)"
          + "|injur(?:ies|y) to (?:at least\\s+)?(" + Numbers.TOKEN + ")\\b"
          // "eleven people were hospitalized", "two sailors were treated for shrapnel wounds"
          + "|(" + Numbers.TOKEN + ")\\s+" + PEOPLE + VICTIM_NOUN + "\\s+(?:were|was|had been|have been)\\s+"
          + "(?:hospitali[sz]ed|treated for (?:[\\w-]+\\s+){0,2}?(?:injuries|wounds|burns)))");

  /** One person named by role after the verb: "wounding its driver", "killed the pilot". */
  static final Pattern ONE_VICTIM = Pattern.compile(
      "(?i)\\b(killing|killed|wounding|wounded|injuring|injured)\\s+(?:its|the|his|her|their)\\s+(?:[\\w-]+\\s+)?"
          + "(?:driver|pilot|captain|commander|guard|owner|operator|occupant|passenger|navigator)\\b"
          // "killing one and wounding another"
          + "|\\b(?:killing|wounding|injuring)\\s+(?:one|a|an)\\s+[^.;]{0,30}?\\band\\s+(wounding|injuring|killing)\\s+another\\b");
  /** A further projectile of the same attack told after it: "a second missile landed in the water". */
  static final Pattern NTH_PROJECTILE = Pattern.compile(
      "(?i)\\b(?:a|the)\\s+(second|third|fourth|fifth)\\s+(?:[\\w-]+\\s+){0,2}?(missiles?|drones?|rockets?|projectiles?|uavs?)\\b"
          + "(?!\\s+(?:attacks?|strikes?|assaults?|barrages?|salvos?))");

  /** Where the targets of strikes just told were: "Two of the targets were near al-Qaim and one was near Abu Kamal". */
  static final Pattern SITES_OF = Pattern.compile(
      "(?i)\\b(?:one|two|three|four|five|six|\\d+|all|both|the other|another|the rest|the|these|those)\\s+"
          + "(?:of\\s+(?:the|them|those)\\s+)?"
          + "(?:(?:targets?|sites?|strikes?|facilities|locations|targeted sites)\\s+)?(?:was|were|is|are)\\s+"
          + "(?:located\\s+|situated\\s+)?(?:near|in|at|outside|close to)\\b");

  /** A person noun of a casualty count, singular or plural. */
  static final String PERSON_NOUN = "(?:people|persons?|soldiers?|troops|service ?members?|servicem[ae]n|personnel|"
      + "civilians?|contractors?|members|fighters|militants|sailors|crew(?: members)?|seafarers|workers?|guards?|"
      + "officers?|policem[ae]n|children|child|girls?|boys?|wom[ae]n|m[ae]n|americans?|iraqis?|nationals?|residents|"
      + "drivers?|employees?|staff|others|britons?|brits|israelis?|syrians?|jordanians?|yemenis?|kurds?|emiratis?|"
      + "saudis?|filipinos?|indians?|pakistanis?|egyptians?|iranians?|turks?|australians?|canadians?|italians?|"
      + "germans?|nepalis?|sri lankans?|bangladeshis?|frenchm[ae]n)";
  /** One counted group of people in a casualty list: "two members of the Iraqi security forces", "another contractor". */
  static final Pattern PEOPLE_ITEM = Pattern.compile(
      // "wounding two civilians, one of them a Bangladeshi national": a part of the group before, not another
      "(?i)(" + Numbers.TOKEN + "|another)(?!\\s+of\\s+(?:them|whom|those|these)\\b)\\s+"
          + "(?:(?!and\\b|were\\b|was\\b)[\\w.'-]+\\s+){0,3}?" + PERSON_NOUN
          + "\\b(?:\\s+of\\s+(?:the\\s+)?(?:[\\w.'-]+\\s+){0,3}?(?:forces|army|police|military|family|crew))?");
  /** What joins the groups of a casualty list. */
  static final Pattern LIST_SEPARATOR = Pattern.compile("(?i)\\s*,\\s*(?:and\\s+)?|\\s+and\\s+|\\s+as well as\\s+");
  /** Two or more counted groups before the verb: "two Americans and a British soldier were killed". */
  static final Pattern PEOPLE_LIST_BEFORE = Pattern.compile(
      "(?i)\\b(?:" + Numbers.TOKEN + ")\\s+(?:[\\w.'-]+\\s+){0,3}?" + PERSON_NOUN + "\\b(?:\\s+(?:of|from)\\s+(?:the\\s+|one\\s+|a\\s+)?"
          + "(?:[\\w.'-]+\\s+){0,3}?(?:forces|army|police|military|family|crew|household))?(?:(?:\\s*,\\s*(?:and\\s+)?|\\s+and\\s+)"
          + "(?:" + Numbers.TOKEN + "|another)\\s+(?:[\\w.'-]+\\s+){0,3}?" + PERSON_NOUN + "\\b(?:\\s+(?:of|from)\\s+(?:the\\s+|one\\s+|a\\s+)?"
          + "(?:[\\w.'-]+\\s+){0,3}?(?:forces|army|police|military|family|crew|household))?){1,3}(?:\\s+(?:were|was|have been|had been))?"
          + "\\s+(?:(?:slightly|lightly|seriously|critically|also|reportedly)\\s+)?"
          + "(killed|dead|died|martyred|lost their lives|injured|wounded|hurt)\\b");

  /** Targets: who or what was hit. */
  static final Pattern TARGET = Pattern.compile(
      "(?i)\\b((?:the\\s+)?(?:u\\.s\\.|us|american|coalition|international coalition|us-led coalition|foreign|"
          + "israeli|emirati|saudi|british|french|iraqi|turkish|kurdish)(?:[- ]led)?\\s+(?:-?\\w+\\s+){0,2}"
          + "(?:forces|troops|base|bases|embassy|consulate|convoys?|personnel|service members|soldiers|"
          + "military|interests|diplomatic mission|contractors|positions|garrison|outpost|facility|facilities)"
          + "|(?:commercial |merchant |cargo |container |oil )?(?:vessels?|ships?|tankers?|bulk carriers?|"
          + "freighters?|warships?|destroyers?)|(?:logistics |supply |military )?convoys?(?: of trucks)?"
          + "|(?:air|military) bases?|airport|embassy|consulate|oil field|gas field|refinery)\\b");

  /** Names of groups not in the actor list, in claim frames. */
  static final Pattern GROUP_NAME = Pattern.compile(
      "(?:calling itself|called|named|known as|signed by|claimed by|by a group called|by the)\\s+[\"“']?((?:the\\s+)?"
          + "(?:[A-Z][\\w'’-]*|al-[A-Z][\\w'’-]*|al|of|the|ad-\\w+|el-\\w+)(?:\\s+(?:[A-Z][\\w'’-]*|al-[A-Z][\\w'’-]*|"
          + "al|of|the|and|ad-\\w+|el-\\w+)){0,6})[\"”']?");
}
