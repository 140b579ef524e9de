package sitrep.geocode;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Tokens read through the thread's table of known words are the tokens worked out afresh: every token's key and
 * skeleton are those of its characters, whatever the table held before, and a text gives the same stream whether
 * its words were known or not (also after the table has been overwritten by thousands of other words).
 */
class TokenStreamTest {

  private static final String[] WORDS = {"Ain", "al-Asad", "Air", "air", "base", "Base", "AIR BASE", "airbase",
      "military", "Military base", "camp", "Camp", "the", "The", "Erbil", "ERBIL", "Arbil's", "Ja'far", "T4", "C-RAM",
      "US", "U.S.", "\u0627\u0644\u0623\u0633\u062f", "\u0639\u064a\u0646", "Ṣan‘ā’", "\u0130stanbul", "Deir ez-Zor",
      "ash-Shaddadi", "Tower 22", "field", "strip", "garrison", "Garrison", "a", "al", "Al", "el", "el-", "said",
      "Said", "Iraq", "Iraqi", "iraqi", "Hezbollah", "Hizballah", "Baghdad", "\u212Auwait", "Stra\u00dfe", "x1y"};
  private static final String[] GAPS = {" ", " ", " ", "-", ", ", ". ", "\n", "\n\n", " \u00a0", "'", "\u2019", "; "};

  @Test
  void knownWordsGiveTheTokensWorkedOutAfresh() {
    Random random = new Random(7);
    List<String> texts = new ArrayList<>();
    for (int t = 0; t < 200; t++) {
      texts.add(text(random, 5 + random.nextInt(80)));
    }
    List<TokenStream> first = new ArrayList<>();
    for (String text : texts) {
      TokenStream ts = NameNormalizer.tokenize(text);
      checkTokens(ts);
      first.add(ts);
    }
    // thousands of other words go through the table, then the same texts again
    StringBuilder other = new StringBuilder();
    for (int k = 0; k < 30_000; k++) {
      other.append("W").append(Integer.toString(k, 36)).append(k % 7 == 0 ? ". " : " ");
    }
    checkTokens(NameNormalizer.tokenize(other.toString()));
    for (int t = 0; t < texts.size(); t++) {
      for (int again = 0; again < 2; again++) {
        TokenStream ts = NameNormalizer.tokenize(texts.get(t));
        checkTokens(ts);
        assertSame(first.get(t), ts);
      }
    }
  }

  private static String text(Random random, int words) {
    StringBuilder sb = new StringBuilder();
    for (int w = 0; w < words; w++) {
      sb.append(WORDS[random.nextInt(WORDS.length)]).append(GAPS[random.nextInt(GAPS.length)]);
    }
    return sb.toString();
  }

  /** Each token's key, skeleton and case are those of its characters. */
  private static void checkTokens(TokenStream ts) {
    for (int i = 0; i < ts.size; i++) {
      String text = ts.text;
      if (ts.word[i] < 0) {
        assertEquals(NameNormalizer.BASE, ts.key[i]);
        assertEquals(NameNormalizer.BASE, ts.skel[i]);
        continue;
      }
      String key = NameNormalizer.key(text, ts.coreStart[i], ts.end[i]);
      assertEquals(key, ts.key[i], () -> "key of " + text.substring(ts.coreStart[0]));
      assertEquals(NameNormalizer.isBaseWord(key) ? NameNormalizer.BASE : key, ts.key[i]);
      assertEquals(NameNormalizer.skeleton(ts.key[i]), ts.skel[i]);
      char first = text.charAt(ts.coreStart[i]);
      assertEquals(Character.isUpperCase(first) || (!Character.isLowerCase(first) && Character.isLetter(first)),
          ts.capital[i]);
      assertEquals(Character.isUpperCase(first) || Character.isLowerCase(first), ts.cased[i]);
    }
  }

  private static void assertSame(TokenStream a, TokenStream b) {
    assertEquals(a.size, b.size);
    int n = a.size;
    assertArrayEquals(Arrays.copyOf(a.start, n), Arrays.copyOf(b.start, n));
    assertArrayEquals(Arrays.copyOf(a.coreStart, n), Arrays.copyOf(b.coreStart, n));
    assertArrayEquals(Arrays.copyOf(a.end, n), Arrays.copyOf(b.end, n));
    assertArrayEquals(Arrays.copyOf(a.key, n), Arrays.copyOf(b.key, n));
    assertArrayEquals(Arrays.copyOf(a.skel, n), Arrays.copyOf(b.skel, n));
    assertArrayEquals(Arrays.copyOf(a.capital, n), Arrays.copyOf(b.capital, n));
    assertArrayEquals(Arrays.copyOf(a.upper, n), Arrays.copyOf(b.upper, n));
    assertArrayEquals(Arrays.copyOf(a.joined, n), Arrays.copyOf(b.joined, n));
    assertArrayEquals(Arrays.copyOf(a.sentenceStart, n), Arrays.copyOf(b.sentenceStart, n));
    assertArrayEquals(Arrays.copyOf(a.capBefore, n), Arrays.copyOf(b.capBefore, n));
    assertArrayEquals(Arrays.copyOf(a.capAfter, n), Arrays.copyOf(b.capAfter, n));
    assertArrayEquals(Arrays.copyOf(a.cased, n), Arrays.copyOf(b.cased, n));
  }
}
