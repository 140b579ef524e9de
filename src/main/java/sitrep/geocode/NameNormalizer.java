package sitrep.geocode;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Turns names and running text into the same comparison keys, so that spellings produced by different
 * transliterations meet: case, diacritics, apostrophes and hyphens are dropped, doubled letters collapsed, Arabic
 * articles ({@code al-}, {@code ash-}, {@code ال}...) made optional, {@code ain/ayn/ein} and {@code y/i},
 * {@code ou/u} folded, and "air base", "airbase", "base", "camp", "air field" ... made one token {@value #BASE}.
 *
 * <p>Every token keeps its offsets in the original text, so matches map back to what was written. A second, coarser
 * key (the {@linkplain #skeleton(String) skeleton}: consonants only) lets {@code Hezbollah} meet {@code Hizballah}.
 */
final class NameNormalizer {

  /** The key every base/camp/airbase word becomes. */
  static final String BASE = "#base";

  /** Article tokens that are optional at a word start. */
  static final Set<String> ARTICLES =
      Set.of("al", "el", "il", "ul", "ad", "ed", "ash", "esh", "as", "es", "at", "et", "ath", "ar", "er", "az", "ez",
          "an", "en", "adh", "ud");

  /** True for an {@linkplain #ARTICLES article} key; every one is two or three letters and starts with a vowel. */
  static boolean isArticle(String k) {
    int n = k.length();
    if (n < 2 || n > 3) {
      return false;
    }
    int code = 0;
    for (int i = 0; i < n; i++) {
      char c = k.charAt(i);
      if (c < 'a' || c > 'z') {
        return false;
      }
      code = code * 27 + (c - 'a' + 1);
    }
    return ARTICLE_CODES[code];
  }

  /** {@link #ARTICLES} as a table of base-27 codes of their letters: the check runs for every short word of a text. */
  private static final boolean[] ARTICLE_CODES = articleCodes();

  private static boolean[] articleCodes() {
    boolean[] t = new boolean[27 * 27 * 27];
    for (String a : ARTICLES) {
      int code = 0;
      for (int i = 0; i < a.length(); i++) {
        code = code * 27 + (a.charAt(i) - 'a' + 1);
      }
      t[code] = true;
    }
    return t;
  }

  private static final Set<String> BASE_WORDS = Set.of("airbase", "airfield", "airstrip", "base", "camp", "garison");
  private static final Set<String> AIR_SECOND = Set.of("base", "field", "strip");

  private static final int TABLE_SIZE = 0x3000;
  /** Folded form of each char below {@link #TABLE_SIZE}; computed once, never modified. */
  private static final String[] FOLD = buildFoldTable();

  private NameNormalizer() {}

  private static String[] buildFoldTable() {
    String[] t = new String[TABLE_SIZE];
    for (int c = 0; c < TABLE_SIZE; c++) {
      t[c] = foldChar((char) c);
    }
    return t;
  }

  private static boolean apostropheLike(char c) {
    return c == '\'' || c == '\u2019' || c == '\u2018' || c == '\u02bc' || c == '`' || c == '\u00b4'
        || c == '\u02bb' || c == '\u02bf' || c == '\u02be' || c == '\u2032';
  }

  private static String foldChar(char c) {
    if (c < 128) {
      return Character.isLetterOrDigit(c) ? String.valueOf(Character.toLowerCase(c)) : "";
    }
    if (apostropheLike(c)) {
      return "";
    }
    switch (c) {
      case '\u00df': return "ss";
      case '\u0131': return "i";
      case '\u0142': case '\u0141': return "l";
      case '\u00f8': case '\u00d8': return "o";
      case '\u00e6': case '\u00c6': return "ae";
      case '\u0153': case '\u0152': return "oe";
      case '\u0111': case '\u0110': return "d";
      case '\u0127': case '\u0126': return "h";
      case '\u00fe': case '\u00de': return "th";
      // Arabic: alef forms, taa marbuta, alef maqsura, hamza carriers, tatweel
      case '\u0622': case '\u0623': case '\u0625': case '\u0671': return "\u0627";
      case '\u0629': return "\u0647";
      case '\u0649': return "\u064a";
      case '\u0624': return "\u0648";
      case '\u0626': return "\u064a";
      case '\u0640': return "";
      case '\u06a9': return "\u0643"; // keheh -> kaf
      case '\u06cc': return "\u064a"; // farsi yeh -> yeh
      default: break;
    }
    int type = Character.getType(c);
    if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.FORMAT) {
      return "";
    }
    if (!Character.isLetterOrDigit(c) && type != Character.COMBINING_SPACING_MARK) {
      return "";
    }
    String d = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
    StringBuilder sb = new StringBuilder(d.length());
    for (int i = 0; i < d.length(); i++) {
      char x = d.charAt(i);
      if (Character.getType(x) != Character.NON_SPACING_MARK) {
        sb.append(x);
      }
    }
    return sb.toString().toLowerCase(Locale.ROOT);
  }

  static boolean isTokenChar(char c) {
    if (c < 128) {
      return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }
    if (Character.isLetterOrDigit(c)) {
      return true;
    }
    int type = Character.getType(c);
    return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
  }

  private static boolean isVowel(char c) {
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
  }

  private static boolean isArabic(char c) {
    return c >= '\u0600' && c <= '\u06ff';
  }

  /**
   * The comparison key of one token as written (any case, with diacritics and inner apostrophes).
   *
   * @param s the text; never null
   * @param from start offset of the token
   * @param to end offset of the token
   * @return the key, possibly empty
   */
  static String key(CharSequence s, int from, int to) {
    return key(s, from, to, new char[2 * (to - from) + 4]);
  }

  /** As {@link #key(CharSequence, int, int)}, using {@code buf} (at least twice the token length + 4) as scratch. */
  static String key(CharSequence s, int from, int to, char[] buf) {
    int n = 0;
    boolean arabic = false;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c < 128) {
        if (c >= 'A' && c <= 'Z') {
          c = (char) (c + 32);
        }
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
          if (n == 0 || buf[n - 1] != c || c <= '9') {
            buf[n++] = c;
          }
        }
      } else {
        String f = c < TABLE_SIZE ? FOLD[c] : Character.isLetterOrDigit(c) ? String.valueOf(Character.toLowerCase(c)) : "";
        for (int k = 0; k < f.length(); k++) {
          char x = f.charAt(k);
          if (n == buf.length) {
            buf = java.util.Arrays.copyOf(buf, n * 2 + 4);
          }
          if (n == 0 || buf[n - 1] != x || Character.isDigit(x)) {
            buf[n++] = x;
          }
        }
        arabic |= isArabic(c);
      }
    }
    if (n == 0) {
      return "";
    }
    if (arabic) {
      return stripArabicArticle(new String(buf, 0, n));
    }
    // Latin transliteration folds, in place: ou -> u, y -> i after the first letter, doubles, final h after a vowel.
    int m = 0;
    for (int i = 0; i < n; i++) {
      char c = buf[i];
      if (c == 'u' && m > 0 && buf[m - 1] == 'o') {
        buf[m - 1] = 'u';
        continue;
      }
      if (c == 'y' && i > 0) {
        c = 'i';
      }
      if (m > 0 && buf[m - 1] == c && c > '9') {
        continue;
      }
      buf[m++] = c;
    }
    if (m >= 4 && buf[m - 1] == 'h' && isVowel(buf[m - 2])) {
      m--;
    }
    if (m == 3 && buf[1] == 'i' && buf[2] == 'n' && (buf[0] == 'e' || buf[0] == 'a')) {
      return "ain";
    }
    return new String(buf, 0, m);
  }

  /** Arabic prefixes dropped at a word start: wal-, bil-, fal-, kal-, lil-, al-. */
  private static final String[] ARABIC_PREFIXES = {"\u0648\u0627\u0644", "\u0628\u0627\u0644", "\u0641\u0627\u0644",
      "\u0643\u0627\u0644", "\u0644\u0644", "\u0627\u0644"};

  private static String stripArabicArticle(String k) {
    if (k.length() < 4) {
      return k;
    }
    for (String p : ARABIC_PREFIXES) {
      if (k.startsWith(p) && k.length() - p.length() >= 2) {
        return k.substring(p.length());
      }
    }
    return k;
  }

  /**
   * The consonant skeleton of a key: vowels after the first letter dropped (a leading vowel becomes {@code a}) and
   * doubles collapsed, so {@code hezbolah}, {@code hizbalah} and {@code hizbulah} share {@code hzbl}.
   */
  static String skeleton(String key) {
    int n = key.length();
    if (n == 0 || key.charAt(0) == '#' || isArabic(key.charAt(0))) {
      return key;
    }
    // out[0] is the first letter; out is only made once something changes
    char[] out = null;
    int m = 1;
    char first = key.charAt(0);
    char f = isVowel(first) ? 'a' : first;
    if (f != first) {
      out = new char[n];
      out[0] = f;
    }
    for (int i = 1; i < n; i++) {
      char c = key.charAt(i);
      char prev = out == null ? key.charAt(i - 1) : out[m - 1];
      if (isVowel(c) || c == prev) {
        if (out == null) {
          out = new char[n];
          key.getChars(0, i, out, 0);
          m = i;
        }
        continue;
      }
      if (out != null) {
        out[m++] = c;
      }
    }
    if (out == null) {
      return key; // nothing to drop: the key is its own skeleton
    }
    return new String(out, 0, m);
  }

  /**
   * The comparison keys of a name: articles dropped, base words merged. Empty when nothing is left. Gives the same
   * keys as {@link #tokenize} on the same string, without the offsets and flags (this runs for every gazetteer
   * name at load).
   */
  static List<String> nameKeys(String name) {
    List<String> raw = new ArrayList<>(4);
    char[] buf = new char[2 * name.length() + 4];
    int n = name.length();
    int i = 0;
    while (i < n) {
      char c = name.charAt(i);
      if (!isTokenChar(c)) {
        i++;
        continue;
      }
      int s = i;
      boolean digit = Character.isDigit(c);
      i++;
      while (i < n) {
        char d = name.charAt(i);
        if (isTokenChar(d)) {
          if (Character.isDigit(d) != digit && Character.isLetterOrDigit(d)) {
            break;
          }
          i++;
        } else if (TokenStream.apostropheLike(d) && !digit && i + 1 < n && Character.isLetter(name.charAt(i + 1))) {
          if ((name.charAt(i + 1) == 's' || name.charAt(i + 1) == 'S')
              && (i + 2 >= n || !Character.isLetter(name.charAt(i + 2)))) {
            break;
          }
          i++;
        } else {
          break;
        }
      }
      raw.add(key(name, s, i, buf));
    }
    List<String> keys = new ArrayList<>(raw.size());
    for (int r = 0; r < raw.size(); r++) {
      String k = raw.get(r);
      if (k.isEmpty()) {
        continue;
      }
      if (ARTICLES.contains(k) && r + 1 < raw.size() && !raw.get(r + 1).isEmpty()
          && !ARTICLES.contains(raw.get(r + 1))) {
        continue;
      }
      if (k.equals("air") && r + 1 < raw.size() && AIR_SECOND.contains(raw.get(r + 1))) {
        keys.add(BASE);
        r++;
      } else if (k.equals("militari") && r + 1 < raw.size() && raw.get(r + 1).equals("base")) {
        keys.add(BASE);
        r++;
      } else if (BASE_WORDS.contains(k)) {
        keys.add(BASE);
      } else {
        keys.add(k);
      }
    }
    return keys;
  }

  /** Splits text into tokens with offsets; see {@link TokenStream}. */
  static TokenStream tokenize(String text) {
    return new TokenStream(text);
  }

  static boolean isBaseWord(String key) {
    int n = key.length();
    if (n != 4 && n != 7 && n != 8) {
      return false; // base, camp; airbase, garison; airfield, airstrip
    }
    char c = key.charAt(0);
    return (c == 'a' || c == 'b' || c == 'c' || c == 'g') && BASE_WORDS.contains(key);
  }

  static boolean isAirSecond(String key) {
    return AIR_SECOND.contains(key);
  }
}
