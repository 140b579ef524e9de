package sitrep.extract;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A pattern with the literal stems its matches contain: the stems are looked for first (a plain {@code contains} on
 * the lower-cased text, computed once per sentence) and the pattern runs only when they are all there. Most
 * sentences of an article name no casualty, no weapon and no date, and a case-insensitive alternation tried at every
 * word boundary is what extraction spends its time on.
 *
 * <p>The stems must be complete: every text the pattern matches contains, for each group, at least one stem of
 * that group. {@code GateTest} checks this over every sentence of the bundled corpora; a pattern that gains a word
 * must have its gate updated.
 */
final class Gate {
  /** How many gates there are: each has a number, under which a text's {@link Lower.Seen} keeps what it found. */
  private static final java.util.concurrent.atomic.AtomicInteger GATES = new java.util.concurrent.atomic.AtomicInteger();
  private final int id = GATES.getAndIncrement();
  private final Pattern pattern;
  private final String[][] groups;
  /** The bits of {@link Lower#pairs} each stem needs, by group and stem (none for a stem shorter than two). */
  private final int[][][] pairBits;

  private Gate(Pattern pattern, String[][] groups) {
    this.pattern = pattern;
    this.groups = groups;
    this.pairBits = new int[groups.length][][];
    for (int g = 0; g < groups.length; g++) {
      pairBits[g] = new int[groups[g].length][];
      for (int k = 0; k < groups[g].length; k++) {
        String stem = groups[g][k];
        int[] bits = new int[Math.max(0, stem.length() - 1)];
        for (int i = 0; i < bits.length; i++) {
          bits[i] = Lower.pairBit(stem.charAt(i), stem.charAt(i + 1));
        }
        pairBits[g][k] = bits;
      }
    }
  }

  /** A gate open when the text contains any of the stems (lower case). */
  static Gate of(Pattern pattern, String... stems) {
    return new Gate(pattern, new String[][] {stems});
  }

  /** A gate open when the text contains a stem of every group. */
  static Gate all(Pattern pattern, String[]... groups) {
    return new Gate(pattern, groups);
  }

  Pattern pattern() {
    return pattern;
  }

  /** Whether the pattern may match somewhere in the text. */
  boolean open(String text) {
    return state(Lower.seen(text)) != Lower.SHUT;
  }

  /**
   * What is known of the gate in the text: {@link Lower#SHUT}, {@link Lower#OPEN}, or open and what find() found
   * ({@link Lower#NO}, {@link Lower#YES}); kept with the text while it is one of the last few seen.
   */
  private byte state(Lower.Seen seen) {
    byte known = id < Lower.FOUND ? seen.found[id] : Lower.UNKNOWN;
    if (known == Lower.UNKNOWN) {
      known = open(seen) ? Lower.OPEN : Lower.SHUT;
      if (id < Lower.FOUND) {
        seen.found[id] = known;
      }
    }
    return known;
  }

  private boolean open(Lower.Seen seen) {
    String lower = seen.lower;
    long[] pairs = seen.pairs;
    for (int g = 0; g < groups.length; g++) {
      String[] group = groups[g];
      int[][] bits = pairBits[g];
      boolean any = false;
      for (int k = 0; k < group.length; k++) {
        if (Lower.mayContain(pairs, bits[k]) && lower.contains(group[k])) {
          any = true;
          break;
        }
      }
      if (!any) {
        return false;
      }
    }
    return true;
  }

  /** The stems, by group (for tests). */
  String[][] groups() {
    return groups;
  }

  /**
   * A matcher over the text, or over the empty string when the gate is shut or find() found nothing in the text
   * before (it then finds nothing, as a matcher over the text would). The matcher over the empty string is the
   * thread's one for this gate: use find(), group(), start() and end() on what this returns, never reset(),
   * region() or usePattern().
   */
  Matcher matcher(String text) {
    byte known = state(Lower.seen(text));
    if (known != Lower.SHUT && known != Lower.NO) {
      return pattern.matcher(text);
    }
    return id < Lower.FOUND ? Lower.empty(this) : pattern.matcher("");
  }

  /** {@code matcher(text).find()}, kept with the text's lower case while the text is one of the last few seen. */
  boolean find(String text) {
    Lower.Seen seen = Lower.seen(text);
    byte known = state(seen);
    if (known == Lower.OPEN) {
      known = pattern.matcher(text).find() ? Lower.YES : Lower.NO;
      if (id < Lower.FOUND) {
        seen.found[id] = known;
      }
    }
    return known == Lower.YES;
  }

  /**
   * The lower-cased text, kept for the last few texts seen by this thread (the gates of a sentence and of the few
   * around it run in turn), with the pairs of adjacent characters it holds, hashed into a set of bits: a stem with a
   * pair missing from the set is not in the text, which is known without searching for it. Whether each gate is
   * open in the text, and what its {@link #find} found, is kept with it.
   */
  static final class Lower {
    /** The last 32 texts: an attack's support loops go over the sentences around it, up to a dozen (was 8). */
    private static final int RING = 32;
    /** The gates whose state a text keeps (the first numbered; there are about 50). */
    static final int FOUND = 128;
    static final byte UNKNOWN = 0;
    static final byte SHUT = 1;
    static final byte OPEN = 2;
    static final byte NO = 3;
    static final byte YES = 4;
    /** The last texts seen by a thread: a sentence and the few around it are looked at in turn. */
    private static final ThreadLocal<Ring> LAST = ThreadLocal.withInitial(Ring::new);

    /** The texts, the slot the next new one takes, and the one asked for last (most often asked for again). */
    private static final class Ring {
      final Seen[] seen = new Seen[RING];
      int next;
      Seen last;
      /** By gate number, a matcher over the empty string (a matcher is dear to make: arrays for every group). */
      final Matcher[] empty = new Matcher[FOUND];

      Ring() {
        for (int i = 0; i < RING; i++) {
          seen[i] = new Seen();
        }
        last = seen[0];
      }
    }

    private static final int PAIR_BITS = 1024;

    private Lower() {}

    /** The last text of a thread, lower-cased, and its character pairs. */
    static final class Seen {
      private String text;
      String lower;
      final long[] pairs = new long[PAIR_BITS / 64];
      /** By gate number: what is known of the gate in the text ({@link Gate#state}), {@link #UNKNOWN} at first. */
      final byte[] found = new byte[FOUND];
    }

    static String of(String text) {
      return seen(text).lower;
    }

    /** The thread's matcher of the gate over the empty string (it finds nothing, whatever was asked of it before). */
    static Matcher empty(Gate gate) {
      Matcher[] empty = LAST.get().empty;
      Matcher m = empty[gate.id];
      if (m == null) {
        m = gate.pattern.matcher("");
        empty[gate.id] = m;
      }
      return m;
    }

    static Seen seen(String text) {
      Ring ring = LAST.get();
      if (ring.last.text == text) {
        return ring.last;
      }
      for (Seen x : ring.seen) {
        if (x.text == text) {
          ring.last = x;
          return x;
        }
      }
      Seen last = ring.seen[ring.next];
      ring.next = (ring.next + 1) % RING;
      ring.last = last;
      String lower = text.toLowerCase(Locale.ROOT);
      long[] pairs = last.pairs;
      java.util.Arrays.fill(pairs, 0L);
      java.util.Arrays.fill(last.found, (byte) 0);
      for (int i = 0; i + 1 < lower.length(); i++) {
        int b = pairBit(lower.charAt(i), lower.charAt(i + 1));
        pairs[b >>> 6] |= 1L << (b & 63);
      }
      last.lower = lower;
      last.text = text;
      return last;
    }

    static int pairBit(char a, char b) {
      int h = a * 31 + b;
      return (h ^ (h >>> 10)) & (PAIR_BITS - 1);
    }

    /** False when one of the pairs is missing: the stem that has them is not in the text. */
    static boolean mayContain(long[] pairs, int[] bits) {
      for (int b : bits) {
        if ((pairs[b >>> 6] & (1L << (b & 63))) == 0) {
          return false;
        }
      }
      return true;
    }
  }

  // ---- the gates of the lexicon ------------------------------------------------------------------------------

  static final Gate KILLED = of(Lexicon.KILLED, "kill", "dead", "died", "slain", "martyr", "lost their lives",
      "death", "the lives of", " lives", "fatalit", "bodies");
  static final Gate INJURED = of(Lexicon.INJURED, "injur", "wound", "hurt", "concussion", "hospitali");
  static final Gate PEOPLE_LIST = of(Lexicon.PEOPLE_LIST_BEFORE, "killed", "dead", "died", "martyred",
      "lost their lives", "injured", "wounded", "hurt");
  static final Gate NO_CASUALTIES = of(Lexicon.NO_CASUALTIES, "casualt", "hurt", "harm", "injur", "loss", "damage",
      "safe");
  static final Gate NO_INJURIES = of(Lexicon.NO_INJURIES, "injur", "wound", "hurt", "harm");
  static final Gate NOBODY_HURT = of(Lexicon.NOBODY_HURT, "injur", "wound", "hurt", "harm");
  static final Gate NON_COMBAT_DEATH = of(Lexicon.NON_COMBAT_DEATH, "cardiac", "heart", "natural", "medical", "illness",
      "stroke");
  static final Gate REVISED_TOLL = of(Lexicon.REVISED_TOLL, "toll", "number of");
  static final Gate NO_DEATHS = of(Lexicon.NO_DEATHS, "death", "fatalit", "killed", "loss of life");
  static final Gate ONE_VICTIM = of(Lexicon.ONE_VICTIM, "kill", "wound", "injur");
  static final Gate NTH_PROJECTILE = of(Lexicon.NTH_PROJECTILE, "second", "third", "fourth", "fifth");
  static final Gate SITES_OF = all(Lexicon.SITES_OF, new String[] {"was", "were", "is", "are"},
      new String[] {"near", "in", "at", "outside", "close to"});
  static final Gate TALLY = all(Lexicon.TALLY, new String[] {"iraq", "syria", "jordan", "yemen", "israel", "lebanon",
      "strike package"}, new String[] {"in", "package"});
  static final Gate BACKGROUND = of(Lexicon.BACKGROUND, "since", "by the time", "hundreds", "thousands", "aveng",
      "anniversary", "in the years", "in the decades", "in the months", "response to", "revenge for",
      "retaliation for", "19", "20");
  static final Gate AGGREGATE = of(Lexicon.AGGREGATE, "attacks", "attack ha", "strikes", "incidents", "operations", "times",
      "campaign of", "wave of", "spate of", "string of", "series of", "since", "daily", "regular", "frequent",
      "twice", "bringing the", "began", "begun", "begin", "start", "resum", "stepped up", "escalated");
  static final Gate CAMPAIGN = all(Lexicon.CAMPAIGN, new String[] {"have", "has", "had"},
      new String[] {"attacked", "targeted", "struck", "hit"});

  /** An aggregate or a campaign's summary: not one event. */
  static boolean aggregate(String text) {
    return AGGREGATE.find(text) || CAMPAIGN.find(text);
  }
  static final Gate HYPOTHETICAL = all(Lexicon.HYPOTHETICAL,
      new String[] {"will", "would", "could", "might", "may", "shall", "threaten", "vow", "warn", "plan", "intend",
          "seek", "aim", "prepar", "ready", "capable", "ability", "if", "unless", "deni", "deny", "rejected", "disavow", "call",
          "urg", "pledg", "promis", "continue to", "in order to", "attempt", "tried"},
      new String[] {"attack", "target", "strike", "hit", "launch", "fire", "bomb", "retaliat", "escalat", "increas",
          "respond"});
  static final Gate MODAL = of(Lexicon.MODAL, "will", "would", "could", "might", "shall", "threat", "warn", "vow",
      "if", "unless", "plan", "intend", "ready to");
  static final Gate TARGET = of(Lexicon.TARGET, "forces", "troops", "base", "embass", "consulate", "convoy",
      "personnel", "service members", "soldiers", "military", "interests", "diplomatic mission", "contractors",
      "positions", "garrison", "outpost", "facilit", "vessel", "ship", "tanker", "carrier", "freighter", "destroyer",
      "airport", "oil field", "gas field", "refinery");
  static final Gate GROUP_NAME = of(Lexicon.GROUP_NAME, "calling itself", "called", "named", "known as", "signed by",
      "claimed by", "by a group", "by the");
  static final Gate CLAIM = all(Lexicon.CLAIM, new String[] {"claim", "took responsibility", "took credit",
      "statement signed", "adopted", "stated", "announced", "said"}, new String[] {"claim", "took responsibility",
      "took credit", "statement signed", "attack", "operation", "bombing", "strike", "targeted", "struck", "hit", "launched",
      "fired", "carried out", "conducted", "executed"});
  static final Gate BLAME = of(Lexicon.BLAME, "blam", "accus", "attributed to", "believed to",
      "ed by", "out by", "attack by", "assault by", "ambush by", "raid by", "held responsible", "suspect", "point",
      "fire from");

  /** The gate of each weapon cue of {@link Lexicon#WEAPONS}, by weapon; null for a cue without one. */
  static Gate weapon(Lexicon.WeaponCue cue) {
    return switch (cue.weapon()) {
      case DRONE -> of(cue.pattern(), "drone", "uav", "uas", "unmanned", "uncrewed", "usv", "quadcopter", "shahed",
          "kamikaze aircraft", "one-way attack", "boat", "skiff", "waterborne", "wbied");
      case ROCKET -> of(cue.pattern(), "rocket", "katyusha", "grad", "107", "122");
      case MISSILE -> of(cue.pattern(), "missile");
      case MORTAR -> of(cue.pattern(), "mortar");
      case IED -> of(cue.pattern(), "bomb", "ied", "improvised explosive", "explosive device", "landmine",
          "explosively", "vest", "belt", "blew");
      case AIRSTRIKE -> of(cue.pattern(), "strike", "air raid", "warplane", "aircraft", "bomber", "jet", "planes");
      case SMALL_ARMS -> of(cue.pattern(), "gunfire", "gunmen", "stormed", "open fire", "opened fire", "opens fire",
          "opening fire", "small arms", "small-arms", "sniper", "machine gun", "rpg", "rocket-propelled",
          "automatic rifle", "shot", "exchange");
      default -> null;
    };
  }

  /** Every gate, for the completeness test. */
  static List<Gate> all() {
    List<Gate> out = new java.util.ArrayList<>(List.of(KILLED, INJURED, PEOPLE_LIST, NO_CASUALTIES, NO_INJURIES,
        NOBODY_HURT, NO_DEATHS, REVISED_TOLL, NON_COMBAT_DEATH, ONE_VICTIM, NTH_PROJECTILE, SITES_OF, TALLY, BACKGROUND, AGGREGATE, HYPOTHETICAL, MODAL, TARGET, GROUP_NAME, CLAIM, BLAME, CAMPAIGN,
        SentenceSplitter.CAPTION_GATE, SentenceSplitter.SCENE_GATE, IncidentExtractor.DATELINE_GATE,
        IncidentExtractor.FOLLOWED_GATE, IncidentExtractor.INTERCEPTED_BY_GATE, IncidentExtractor.NOT_AN_ATTACK_GATE, IncidentExtractor.RESPONSE_GATE, IncidentExtractor.CONSEQUENCE_GATE,
        IncidentExtractor.PROJECTILES_GATE, IncidentExtractor.VAGUE_GATE, IncidentExtractor.PASSIVE_GATE,
        IncidentExtractor.GROUND_STRIKE_GATE, IncidentExtractor.VESSEL_GATE, IncidentExtractor.ATTACK_GATE,
        IncidentExtractor.ARREST_GATE, ActorRules.STATE_ACTIVE_GATE, ActorRules.STATE_DRONE_GATE,
        ActorRules.SEVERAL_CLAIMED_GATE, ActorRules.OPERATIONS_CLAIM_GATE, IncidentExtractor.EARLIER_GATE));
    for (Lexicon.WeaponCue cue : Lexicon.WEAPONS) {
      Gate g = weapon(cue);
      if (g != null) {
        out.add(g);
      }
    }
    return out;
  }
}
