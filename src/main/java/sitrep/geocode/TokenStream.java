package sitrep.geocode;

import java.util.Arrays;

/**
 * The tokens of one text as the name index sees them: articles removed (but remembered as part of the surface when
 * attached, as in {@code al-Asad}), "air base" style words merged into one token, each token with its offsets in the
 * original text and the facts the match filters need (capitalised, sentence start, capitalised neighbours).
 */
final class TokenStream {

  final String text;
  int size;
  /** Surface start, including an attached article. */
  int[] start;
  /** Start of the token itself, without an article. */
  int[] coreStart;
  int[] end;
  String[] key;
  String[] skel;
  /**
   * The slot of each token's word in the thread's word table ({@link #WORD_SLOTS} of them), or -1 for a token made
   * of two words ("air base"); with {@link #skel}, whose string is new for every word the table learns, it lets a
   * caller keep what it worked out for a word by slot ({@link WordMemo}).
   */
  int[] word;
  /** First letter upper case, or a script without case. */
  boolean[] capital;
  /** Every letter upper case and at least two letters: an acronym form. */
  boolean[] upper;
  /** Only spaces, hyphens, a single line break or dropped articles separate this token from the previous one. */
  boolean[] joined;
  /** The surface starts a sentence or a line. */
  boolean[] sentenceStart;
  /** The word just before the surface (spaces only in between) is capitalised. */
  boolean[] capBefore;
  /** The word just after the token (spaces only in between) is capitalised. */
  boolean[] capAfter;
  /** The token is written in a script with letter case (Latin, not Arabic). */
  boolean[] cased;

  // raw tokens, before article removal and base merging
  private int rawSize;
  private int[] rs;
  private int[] re;
  private String[] rkey;
  private String[] rskel;
  private byte[] rflags;
  /** Facts of each raw token's key ({@code K_*} bits). */
  private short[] rfacts;
  private int[] rslot;
  private final Words words = WORDS.get();
  /** Per stream token: 0 not yet known, 1 a common word, 2 not. */
  private final byte[] common;
  private static final byte F_CAP = 1;
  private static final byte F_UPPER = 2;
  private static final byte F_GAP_OK = 4; // joinable with previous raw token
  private static final byte F_SENT = 8; // sentence start
  private static final byte F_SPACE_ONLY = 16; // only spaces (no punctuation, no newline) before it
  private static final byte F_CASED_CAP = 32; // first letter is an upper-case letter (Latin etc., not Arabic)

  // facts of a word's key, and of its first character
  private static final short K_EMPTY = 1;
  private static final short K_ARTICLE = 2;
  private static final short K_AIR = 4;
  private static final short K_AIR_SECOND = 8;
  private static final short K_MILITARI = 16;
  private static final short K_BASE = 32; // the key is "base"
  private static final short K_BASE_WORD = 64;
  private static final short K_LOWER_FIRST = 128; // the first character is a lower-case letter

  /**
   * The words of the texts tokenised lately on one thread, by their characters as written, with what depends on them
   * only: key, skeleton, case flags and key facts. A text repeats most of its words and a corpus most of its
   * vocabulary, so most words are looked up here instead of being normalised again; the keys and skeletons then are
   * the same strings each time, with their hash codes computed once. Direct-mapped; a word that does not fit replaces
   * the one in its slot. Only ever used by its thread.
   */
  private static final class Words {
    static final int SIZE = WORD_SLOTS;
    /** The word as written; null when {@link #packed} holds it. */
    final String[] raw = new String[SIZE];
    /**
     * A word of up to seven Latin-1 characters as a number (its length, then its characters a byte each, so two
     * such words are equal exactly when their numbers are); -1 for other words (and for empty slots, with raw null).
     */
    final long[] packed = filled(SIZE, -1);
    final int[] hash = new int[SIZE];
    final String[] key = new String[SIZE];
    final String[] skel = new String[SIZE];
    final byte[] flags = new byte[SIZE];
    final short[] facts = new short[SIZE];
    char[] scratch = new char[64];

    private static long[] filled(int n, long v) {
      long[] a = new long[n];
      Arrays.fill(a, v);
      return a;
    }
  }

  private static final ThreadLocal<Words> WORDS = ThreadLocal.withInitial(Words::new);

  /** Slots of the word table: {@link #word} is below this. */
  static final int WORD_SLOTS = 1 << 13;

  /**
   * Something worked out from a token's skeleton (and key), kept by word slot: valid while the slot holds the same
   * skeleton string, which is never the case for another word (each word learnt gets a new skeleton string; only
   * the empty key is a shared string, and no stream token has it). Not for sharing
   * between threads.
   */
  static final class WordMemo<T> {
    private final String[] skel = new String[WORD_SLOTS];
    private final Object[] value = new Object[WORD_SLOTS];

    /** True when a value is kept for token i of the stream; then {@link #value} returns it. */
    boolean has(TokenStream ts, int i) {
      int w = ts.word[i];
      return w >= 0 && skel[w] == ts.skel[i];
    }

    @SuppressWarnings("unchecked")
    T value(TokenStream ts, int i) {
      return (T) value[ts.word[i]];
    }

    /** Keeps the value for token i (nothing when the token has no slot). */
    void put(TokenStream ts, int i, T v) {
      int w = ts.word[i];
      if (w >= 0) {
        skel[w] = ts.skel[i];
        value[w] = v;
      }
    }
  }
  TokenStream(String text) {
    this.text = text;
    int cap = 16 + text.length() / 5; // about one token per six characters of English
    rs = new int[cap];
    re = new int[cap];
    rkey = new String[cap];
    rskel = new String[cap];
    rflags = new byte[cap];
    rfacts = new short[cap];
    rslot = new int[cap];
    scanRaw();
    buildStream();
    common = new byte[size];
    rs = null;
    re = null;
    rkey = null;
    rskel = null;
    rflags = null;
    rfacts = null;
    rslot = null;
  }

  static boolean apostropheLike(char c) {
    return c == '\'' || c == '\u2019' || c == '\u2018' || c == '\u02bc' || c == '`';
  }

  private static boolean gapChar(char c) {
    return c == ' ' || c == '\t' || c == '-' || c == '\u00a0' || c == '\u2010' || c == '\u2011' || c == '\u2013'
        || c == '\u200f' || c == '\u200e' || c == '\r';
  }

  private void scanRaw() {
    String t = text;
    int n = t.length();
    int i = 0;
    boolean gapOk = true;
    boolean sent = true;
    boolean spaceOnly = false;
    int newlines = 0;
    while (i < n) {
      char c = t.charAt(i);
      if (!NameNormalizer.isTokenChar(c)) {
        if (c == '\n') {
          newlines++;
          sent = true;
          spaceOnly = false;
          if (newlines > 1) {
            gapOk = false;
          }
        } else if (c == '.' || c == '!' || c == '?' || c == ':' || c == ';' || c == '\u061f' || c == '\u06d4') {
          sent = true;
          gapOk = false;
          spaceOnly = false;
        } else if (!gapChar(c)) {
          gapOk = false;
          spaceOnly = false;
        } else if (c != ' ' && c != '\u00a0' && c != '\t') {
          spaceOnly = false;
        }
        i++;
        continue;
      }
      int s = i;
      boolean digit = Character.isDigit(c);
      i++;
      while (i < n) {
        char d = t.charAt(i);
        if (d < 128) {
          boolean letter = (d >= 'a' && d <= 'z') || (d >= 'A' && d <= 'Z');
          boolean dig = d >= '0' && d <= '9';
          if (letter || dig) {
            if (dig != digit) {
              break; // split letters from digits: T4 -> T 4
            }
            i++;
            continue;
          }
        }
        if (d >= 128 && NameNormalizer.isTokenChar(d)) {
          if (Character.isDigit(d) != digit && Character.isLetterOrDigit(d)) {
            break;
          }
          i++;
        } else if (apostropheLike(d) && !digit && i + 1 < n && Character.isLetter(t.charAt(i + 1))) {
          // possessive 's ends the token; an inner apostrophe (Ja'far, Ma'rib) is part of it
          if ((t.charAt(i + 1) == 's' || t.charAt(i + 1) == 'S')
              && (i + 2 >= n || !Character.isLetter(t.charAt(i + 2)))) {
            break;
          }
          i++;
        } else {
          break;
        }
      }
      addRaw(s, i, gapOk, sent, spaceOnly && s > 0);
      gapOk = true;
      sent = false;
      spaceOnly = true;
      newlines = 0;
    }
  }

  private void addRaw(int s, int e, boolean gapOk, boolean sent, boolean spaceOnly) {
    if (rawSize == rs.length) {
      int cap = rawSize * 2;
      rs = Arrays.copyOf(rs, cap);
      re = Arrays.copyOf(re, cap);
      rkey = Arrays.copyOf(rkey, cap);
      rskel = Arrays.copyOf(rskel, cap);
      rflags = Arrays.copyOf(rflags, cap);
      rfacts = Arrays.copyOf(rfacts, cap);
      rslot = Arrays.copyOf(rslot, cap);
    }
    int h = 0;
    long packed = e - s <= 7 ? e - s : -1; // the length, then the characters, when short and Latin-1
    for (int k = s; k < e; k++) {
      char c = text.charAt(k);
      h = 31 * h + c;
      packed = packed < 0 || c > 0xff ? -1 : (packed << 8) | c;
    }
    Words w = words;
    int slot = (h ^ (h >>> 13)) & (Words.SIZE - 1);
    boolean known = w.hash[slot] == h && (packed >= 0 ? w.packed[slot] == packed
        : w.raw[slot] != null && w.raw[slot].length() == e - s && text.regionMatches(s, w.raw[slot], 0, e - s));
    if (!known) {
      learn(w, slot, h, packed, s, e);
    }
    byte f = w.flags[slot];
    if (gapOk) {
      f |= F_GAP_OK;
    }
    if (sent) {
      f |= F_SENT;
    }
    if (spaceOnly) {
      f |= F_SPACE_ONLY;
    }
    rs[rawSize] = s;
    re[rawSize] = e;
    rkey[rawSize] = w.key[slot];
    rskel[rawSize] = w.skel[slot];
    rflags[rawSize] = f;
    rfacts[rawSize] = w.facts[slot];
    rslot[rawSize] = slot;
    rawSize++;
  }

  /**
   * Prepositions and compass words that start a cell or a heading with a capital ("Near al-Qaim", "Outside Erbil"):
   * capitalised, they are still not part of a name, so the name after them is not taken for a family name.
   */
  private static final java.util.Set<String> LEADING_WORDS = java.util.Set.of("Near", "In", "At", "Outside", "Around",
      "Inside", "Off", "North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western", "Central",
      "Northeast", "Northwest", "Southeast", "Southwest", "From", "On", "By", "To", "Between");

  /** Works out what depends on the word text[s, e) only and keeps it in the slot. */
  private void learn(Words w, int slot, int h, long packed, int s, int e) {
    char first = text.charAt(s);
    boolean cap = Character.isUpperCase(first) || (!Character.isLowerCase(first) && Character.isLetter(first));
    boolean upper = true;
    int letters = 0;
    for (int k = s; k < e; k++) {
      char c = text.charAt(k);
      if (c < 128) {
        if (c >= 'a' && c <= 'z') {
          letters++;
          upper = false;
        } else if (c >= 'A' && c <= 'Z') {
          letters++;
        }
        continue;
      }
      if (Character.isLetter(c)) {
        letters++;
        if (!Character.isUpperCase(c)) {
          upper = false;
        }
      }
    }
    byte f = 0;
    if (cap) {
      f |= F_CAP;
    }
    if (Character.isUpperCase(first)) {
      f |= F_CASED_CAP;
    }
    if (upper && letters >= 2) {
      f |= F_UPPER;
    }
    if (w.scratch.length < 2 * (e - s) + 4) {
      w.scratch = new char[2 * (e - s) + 4];
    }
    String key = NameNormalizer.key(text, s, e, w.scratch);
    short facts = 0;
    if (key.isEmpty()) {
      facts |= K_EMPTY;
    }
    if (NameNormalizer.isArticle(key)) {
      facts |= K_ARTICLE;
    }
    if (key.equals("air")) {
      facts |= K_AIR;
    }
    if (NameNormalizer.isAirSecond(key)) {
      facts |= K_AIR_SECOND;
    }
    if (key.equals("militari")) {
      facts |= K_MILITARI;
    }
    if (key.equals("base")) {
      facts |= K_BASE;
    }
    if (NameNormalizer.isBaseWord(key)) {
      facts |= K_BASE_WORD;
    }
    if (Character.isLowerCase(first)) {
      facts |= K_LOWER_FIRST;
    }
    w.raw[slot] = packed >= 0 ? null : text.substring(s, e);
    w.packed[slot] = packed;
    w.hash[slot] = h;
    w.key[slot] = key;
    w.skel[slot] = NameNormalizer.skeleton(key);
    w.flags[slot] = f;
    w.facts[slot] = facts;
  }

  private boolean fact(int r, short fact) {
    return (rfacts[r] & fact) != 0;
  }

  private boolean has(int r, byte flag) {
    return (rflags[r] & flag) != 0;
  }

  private void buildStream() {
    int cap = Math.max(4, rawSize);
    start = new int[cap];
    coreStart = new int[cap];
    end = new int[cap];
    key = new String[cap];
    skel = new String[cap];
    word = new int[cap];
    capital = new boolean[cap];
    upper = new boolean[cap];
    joined = new boolean[cap];
    sentenceStart = new boolean[cap];
    capBefore = new boolean[cap];
    capAfter = new boolean[cap];
    cased = new boolean[cap];
    boolean joinAcc = true;
    int articleRaw = -1;
    for (int r = 0; r < rawSize; r++) {
      String k = rkey[r];
      if (fact(r, K_EMPTY)) {
        joinAcc = false;
        articleRaw = -1;
        continue;
      }
      if (fact(r, K_ARTICLE) && r + 1 < rawSize && has(r + 1, F_GAP_OK)
          && !fact(r + 1, K_EMPTY) && !fact(r + 1, K_ARTICLE)) {
        boolean hyphen = re[r] < text.length() && isHyphen(text.charAt(re[r]));
        boolean attach = hyphen || k.equals("al") || k.equals("el") || (has(r, F_CAP) && !has(r, F_SENT));
        joinAcc &= has(r, F_GAP_OK);
        articleRaw = attach ? r : -1;
        continue;
      }
      int lastRaw = r;
      String sk = k;
      String sks = rskel[r];
      int slot = rslot[r];
      if (fact(r, K_AIR) && r + 1 < rawSize && has(r + 1, F_GAP_OK) && fact(r + 1, K_AIR_SECOND)) {
        sk = NameNormalizer.BASE;
        sks = NameNormalizer.BASE;
        slot = -1;
        lastRaw = r + 1;
      } else if (fact(r, K_MILITARI) && r + 1 < rawSize && has(r + 1, F_GAP_OK) && fact(r + 1, K_BASE)) {
        sk = NameNormalizer.BASE;
        sks = NameNormalizer.BASE;
        slot = -1;
        lastRaw = r + 1;
      } else if (fact(r, K_BASE_WORD)) {
        sk = NameNormalizer.BASE;
        sks = NameNormalizer.BASE;
        slot = -1;
      }
      int firstRaw = articleRaw >= 0 ? articleRaw : r;
      int i = size++;
      start[i] = rs[firstRaw];
      coreStart[i] = rs[r];
      end[i] = re[lastRaw];
      key[i] = sk;
      skel[i] = sks; // the skeleton of BASE is BASE
      word[i] = slot;
      capital[i] = has(r, F_CAP);
      upper[i] = has(r, F_UPPER);
      joined[i] = joinAcc && has(r, F_GAP_OK);
      sentenceStart[i] = has(firstRaw, F_SENT);
      // "Near al-Qaim" at the start of a table cell: a capitalised preposition is no part of a name
      capBefore[i] = firstRaw > 0 && has(firstRaw, F_SPACE_ONLY) && has(firstRaw - 1, F_CASED_CAP)
          && !LEADING_WORDS.contains(text.substring(rs[firstRaw - 1], re[firstRaw - 1]));
      capAfter[i] = lastRaw + 1 < rawSize && has(lastRaw + 1, F_SPACE_ONLY) && (has(lastRaw + 1, F_CASED_CAP)
          || (fact(lastRaw + 1, K_ARTICLE) && lastRaw + 2 < rawSize
              && has(lastRaw + 2, F_GAP_OK) && has(lastRaw + 2, F_CASED_CAP)));
      cased[i] = has(r, F_CASED_CAP) || fact(r, K_LOWER_FIRST);
      joinAcc = true;
      articleRaw = -1;
      r = lastRaw;
    }
  }

  private static boolean isHyphen(char c) {
    return c == '-' || c == '\u2010' || c == '\u2011';
  }

  /** True when token i, as written, is a {@linkplain CommonWords common word}. */
  boolean commonWord(int i) {
    if (common[i] == 0) { // benign race when shared: every thread computes the same value
      String raw = text.substring(coreStart[i], end[i]).toLowerCase(java.util.Locale.ROOT);
      common[i] = CommonWords.contains(raw) ? (byte) 1 : (byte) 2;
    }
    return common[i] == 1;
  }

  /**
   * True when token i stands where a town is named: right after "in", "near", "outside", "around" or "the town
   * (village, city) of", and not followed by a possessive ("in Gwoza", not "in Sullivan's remarks").
   */
  boolean afterLocative(int i) {
    int e = end[i];
    if (e + 1 < text.length() && (text.charAt(e) == '\'' || text.charAt(e) == '\u2019') && text.charAt(e + 1) == 's') {
      return false;
    }
    String w = wordBefore(start[i]);
    if (w.equals("of")) {
      int k = start[i];
      while (k > 0 && text.charAt(k - 1) == ' ') {
        k--;
      }
      w = wordBefore(k - 2);
      return w.equals("town") || w.equals("village") || w.equals("city");
    }
    return w.equals("in") || w.equals("near") || w.equals("outside") || w.equals("around");
  }

  /** True when token i is the second part of a hyphenated word ("Luga" in "Ust-Luga"). */
  boolean afterHyphen(int i) {
    int s = start[i];
    return s >= 2 && isHyphen(text.charAt(s - 1)) && Character.isLetter(text.charAt(s - 2));
  }

  /** The lower-case word that ends just before position p, across spaces only; empty if none. */
  private String wordBefore(int p) {
    int k = Math.min(p, text.length());
    while (k > 0 && text.charAt(k - 1) == ' ') {
      k--;
    }
    int e = k;
    while (k > 0 && e - k < 8 && Character.isLetter(text.charAt(k - 1))) {
      k--;
    }
    return e - k >= 8 ? "" : text.substring(k, e).toLowerCase(java.util.Locale.ROOT);
  }

  /** True when the surface of token i starts with an attached article (al-Omran). */
  boolean hasArticle(int i) {
    return start[i] != coreStart[i];
  }

  /** The exact key of tokens [from, to] joined by spaces. */
  String spanKey(int from, int to) {
    if (from == to) {
      return key[from];
    }
    StringBuilder sb = new StringBuilder();
    for (int i = from; i <= to; i++) {
      if (i > from) {
        sb.append(' ');
      }
      sb.append(key[i]);
    }
    return sb.toString();
  }
}
