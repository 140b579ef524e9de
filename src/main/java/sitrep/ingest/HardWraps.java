package sitrep.ingest;

import java.util.regex.Pattern;

/**
 * Rejoins text broken into lines of a fixed width, as PDF-to-text and e-mail bulletins deliver it ("a convoy carrying
 * supplies for the coali-" / "tion was struck by an improvised explosive device on the highway" / "near
 * Diwaniyah."). Later stages read a line break as the end of a sentence (scraped pages put headlines and captions on
 * lines of their own), so a wrapped paragraph would be cut into pieces that tell nothing.
 *
 * <p>A paragraph (lines between blank lines) is wrapped when it has three lines or more, its lines but the last are
 * of nearly one width (at least 45 characters, within 35% of the longest) and at least half of them end inside a
 * sentence. Its line breaks become spaces, and a word split at a hyphen between two lower-case parts is joined
 * ("deto-" / "nated"). Headings, list items and table rows are never joined. The text keeps its length, so offsets
 * into it stay valid: a joined word moves its second part back and pads the end of that word with spaces.
 */
final class HardWraps {
  private static final int MIN_WIDTH = 45;
  private static final Pattern LIST_OR_TABLE = Pattern.compile("^\\s*(?:[-*•|>#]|\\d+[.)]\\s)");
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?:;\"”’)]\\s*$");

  private HardWraps() {}

  /** The text with wrapped paragraphs rejoined; the same string when there is none. */
  static String rejoin(String text) {
    if (text.indexOf('\n') < 0) {
      return text;
    }
    char[] out = null;
    int start = 0;
    while (start < text.length()) {
      int end = text.indexOf("\n\n", start);
      end = end < 0 ? text.length() : end;
      if (wrapped(text, start, end)) {
        out = out == null ? text.toCharArray() : out;
        join(text, out, start, end);
      }
      start = end + 2;
    }
    return out == null ? text : new String(out);
  }

  private static boolean wrapped(String text, int start, int end) {
    String[] lines = text.substring(start, end).split("\n", -1);
    if (lines.length < 3) {
      return false;
    }
    int widest = 0;
    for (String line : lines) {
      widest = Math.max(widest, line.stripTrailing().length());
    }
    if (widest < MIN_WIDTH) {
      return false;
    }
    int open = 0;
    for (int i = 0; i < lines.length - 1; i++) {
      String line = lines[i].stripTrailing();
      if (line.length() < widest * 0.65 || LIST_OR_TABLE.matcher(line).lookingAt()
          || LIST_OR_TABLE.matcher(lines[i + 1]).lookingAt()) {
        return false;
      }
      if (!SENTENCE_END.matcher(line).find()) {
        open++;
      }
    }
    return open * 2 >= lines.length - 1;
  }

  private static void join(String text, char[] out, int start, int end) {
    for (int i = start; i < end; i++) {
      if (text.charAt(i) != '\n') {
        continue;
      }
      int hyphen = i - 1;
      while (hyphen > start && text.charAt(hyphen) == ' ') {
        hyphen--;
      }
      int next = i + 1;
      while (next < end && text.charAt(next) == ' ') {
        next++;
      }
      int wordStart = hyphen;
      while (wordStart > start && Character.isLetter(text.charAt(wordStart - 1))) {
        wordStart--;
      }
      // "deto-" / "nated" is one word; "Iran-" / "backed" keeps its hyphen
      boolean split = text.charAt(hyphen) == '-' && wordStart < hyphen && Character.isLowerCase(text.charAt(wordStart))
          && next < end && Character.isLowerCase(text.charAt(next));
      if (!split) {
        out[i] = ' ';
        continue;
      }
      // "deto-\nnated": the second part moves back onto the first, the freed characters become spaces after it
      int wordEnd = next;
      while (wordEnd < end && Character.isLetter(text.charAt(wordEnd))) {
        wordEnd++;
      }
      int to = hyphen;
      for (int k = next; k < wordEnd; k++) {
        out[to++] = text.charAt(k);
      }
      while (to < wordEnd) {
        out[to++] = ' ';
      }
      i = wordEnd - 1;
    }
  }
}
