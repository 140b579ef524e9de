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
  private byte[] rflags;
  private char[] scratch = new char[64];
  /** Per stream token: 0 not yet known, 1 a common word, 2 not. */
  private final byte[] common;
  private static final byte F_CAP = 1;
  private static final byte F_UPPER = 2;
  private static final byte F_GAP_OK = 4; // joinable with previous raw token
  private static final byte F_SENT = 8; // sentence start
  private static final byte F_SPACE_ONLY = 16; // only spaces (no punctuation, no newline) before it
  private static final byte F_CASED_CAP = 32; // first letter is an upper-case letter (Latin etc., not Arabic)

  TokenStream(String text) {
    this.text = text;
    int cap = 16 + text.length() / 5; // about one token per six characters of English
    rs = new int[cap];
    re = new int[cap];
    rkey = new String[cap];
    rflags = new byte[cap];
    scanRaw();
    buildStream();
    common = new byte[size];
    rs = null;
    re = null;
    rkey = null;
    rflags = null;
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
      rflags = Arrays.copyOf(rflags, cap);
    }
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
    if (scratch.length < 2 * (e - s) + 4) {
      scratch = new char[2 * (e - s) + 4];
    }
    rkey[rawSize] = NameNormalizer.key(text, s, e, scratch);
    rflags[rawSize] = f;
    rawSize++;
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
      if (k.isEmpty()) {
        joinAcc = false;
        articleRaw = -1;
        continue;
      }
      if (NameNormalizer.isArticle(k) && r + 1 < rawSize && has(r + 1, F_GAP_OK)
          && !rkey[r + 1].isEmpty() && !NameNormalizer.isArticle(rkey[r + 1])) {
        boolean hyphen = re[r] < text.length() && isHyphen(text.charAt(re[r]));
        boolean attach = hyphen || k.equals("al") || k.equals("el") || (has(r, F_CAP) && !has(r, F_SENT));
        joinAcc &= has(r, F_GAP_OK);
        articleRaw = attach ? r : -1;
        continue;
      }
      int lastRaw = r;
      String sk = k;
      if (k.equals("air") && r + 1 < rawSize && has(r + 1, F_GAP_OK) && NameNormalizer.isAirSecond(rkey[r + 1])) {
        sk = NameNormalizer.BASE;
        lastRaw = r + 1;
      } else if (k.equals("militari") && r + 1 < rawSize && has(r + 1, F_GAP_OK) && rkey[r + 1].equals("base")) {
        sk = NameNormalizer.BASE;
        lastRaw = r + 1;
      } else if (NameNormalizer.isBaseWord(k)) {
        sk = NameNormalizer.BASE;
      }
      int firstRaw = articleRaw >= 0 ? articleRaw : r;
      int i = size++;
      start[i] = rs[firstRaw];
      coreStart[i] = rs[r];
      end[i] = re[lastRaw];
      key[i] = sk;
      skel[i] = NameNormalizer.skeleton(sk);
      capital[i] = has(r, F_CAP);
      upper[i] = has(r, F_UPPER);
      joined[i] = joinAcc && has(r, F_GAP_OK);
      sentenceStart[i] = has(firstRaw, F_SENT);
      capBefore[i] = firstRaw > 0 && has(firstRaw, F_SPACE_ONLY) && has(firstRaw - 1, F_CASED_CAP);
      capAfter[i] = lastRaw + 1 < rawSize && has(lastRaw + 1, F_SPACE_ONLY) && (has(lastRaw + 1, F_CASED_CAP)
          || (NameNormalizer.isArticle(rkey[lastRaw + 1]) && lastRaw + 2 < rawSize
              && has(lastRaw + 2, F_GAP_OK) && has(lastRaw + 2, F_CASED_CAP)));
      cased[i] = has(r, F_CASED_CAP) || Character.isLowerCase(text.charAt(rs[r]));
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
