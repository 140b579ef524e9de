package sitrep.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import sitrep.extract.Sentence.Zone;

/**
 * Splits document text into sentences with offsets, and marks the ones that are page furniture (forum buttons,
 * share bars, view counts, reader comments, ads) or photo captions. Paragraphs are blocks between blank lines; a
 * line break always ends a sentence, since scraped pages put headlines and captions on lines of their own.
 */
public final class SentenceSplitter {
  private static final Pattern END = Pattern.compile("[.!?]+[\"'”’)\\]]*\\s+(?=[\"'“‘(\\[]?[A-Z0-9])|;\\s+");
  private static final Pattern ABBREV = Pattern.compile(
      "(?i)(?:\\b(?:mr|mrs|ms|dr|col|gen|gens|brig|lt|maj|capt|cpt|sgt|spc|pfc|sfc|cpl|pvt|adm|cmdr|cdr|prof|amb|dept|govt|sen|rep|gov|st|no|vs|jan|feb|mar|apr|jun|jul|aug|"
          + "sep|sept|oct|nov|dec|inc|corp|co|ltd|jr|sr|u\\.s|u\\.k|u\\.n|e\\.g|i\\.e|approx|est|fig|mt|ft)\\.|"
          + "\\b[A-Z]\\.)$");
  private static final Pattern FURNITURE = Pattern.compile(
      "(?i)^\\s*(?:[•·*-]\\s*)?(?:(?:thanks|haha|upvote|downvote|like|sad|pow!|confused|love|wow|angry)\\s*\\d*"
          + "|link to comment|share on other sites|share|recommended posts|jump to content|quote|reply|report"
          + "|do you like this article\\??|\\d+\\s*comment\\(?s?\\)?.*|comment policy.*|captcha\\s*\\*?|advertisement"
          + "|guest views are now limited.*|[\\d,.]+\\s*(?:views?|likes?|shares?|comments?)\\b.*|source\\s*».*"
          + "|posted (?:by|in|on).{0,60}|sign in.{0,60}|log in.{0,60}|subscribe.{0,80}|read more.{0,80}"
          + "|related(?: articles| stories| posts)?:?.{0,5}|follow us.{0,80}|click here.{0,80}|tags?:.{0,200}"
          + "|(?:facebook|twitter|whatsapp|telegram|email|print|copy link)(?:\\s*[|·•]\\s*\\w+)*"
          + "|full endorsement on this opportunity.*|crypto rewards!?|\\d+\\s*/\\s*\\d+|by [A-Z][\\w.' -]{2,40}\\|?"
          + "|disclaimer:.*|all rights reserved.*|©.*|copyright.*)\\s*$");
  /** The heading of a list of links to other pages. */
  private static final Pattern LINK_LIST = Pattern.compile("(?i)^\\W{0,3}(?:related(?: articles| stories| posts| coverage|"
      + " content| news)?|read (?:also|more)|see also|more on this(?: story)?|more stories|most (?:popular|read|viewed)|"
      + "you may also like|recommended(?: for you| stories)?|trending(?: now)?|latest (?:news|stories))\\s*:?\\W{0,3}$");
  /** A wire story's dateline: "BAGHDAD, Oct 9 (Reuters) -", "ADEN (AFP) —". */
  private static final Pattern WIRE_DATELINE = Pattern.compile(
      "^\\s*[A-Z][A-Za-z .'’/-]{1,40}(?:,[^()\\n]{1,30})?\\s*\\((?:Reuters|AFP|AP)\\)\\s*[-–—]+\\s+\\S");
  private static final Pattern TABLE_RULE = Pattern.compile("^\\s*\\|[\\s|:-]*$");
  private static final Pattern AGO = Pattern.compile(
      "(?i)^\\s*\\d+\\s+(?:second|minute|hour|day|week|month|year)s?\\s+ago\\b.*$");
  private static final Pattern QUOTE_HEADER = Pattern.compile("(?i)^.{0,80}\\bsaid:\\s*$");
  private static final Pattern CAPTION = Pattern.compile(
      "(?i)(\\(photo(?: credit)?:|\\[(?:photo|image|picture|caption)\\b|\\[[^\\]]{0,60}/(?:afp|ap|reuters|getty)[^\\]]{0,20}\\]|via getty images"
          + "|\\((?:afp|ap|reuters)(?: photo)?\\)|/afp\\b|photo by\\b|^\\s*photo:|^\\s*a picture taken\\b"
          + "|\\(photo credit|file photo|pictured\\b|\\bpicture shows\\b|^\\s*image:|credit:\\s*\\w)");

  /** Agency photo captions: "A member of the security forces walks past ...", "Smoke rises from ...". */
  private static final Pattern CAPTION_SCENE = Pattern.compile(
      "^(?:An?|The|Members?|People|Supporters|Mourners|Iraqi|US|U\\.S\\.|Security|Soldiers|Smoke|Flames|Fire|Firefighters|"
          + "Residents|Civilians|Men|Women|Children|Fighters|Troops|Flags|Paramilitaries)\\b.{0,90}?\\b(?:walks?|stands?|"
          + "stand guard|gather|gathers|inspects?|inspect|looks? on|sits?|holds?|carr(?:y|ies)|is seen|are seen|rises?|"
          + "billows?|pictured|are raised|is raised|wave|waves|attend|attends|check|checks)\\b.{0,200}"
          + "\\b(?:on|in) (?:January|February|March|April|May|June|July|August|September|October|November|December)"
          + "\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+(?:19|20)\\d\\d");

  static final Gate CAPTION_GATE = Gate.of(CAPTION, "photo", "afp", "(ap", "/ap", "reuters", "getty", "picture",
      "image", "pictured", "credit", "[caption");
  static final Gate SCENE_GATE = Gate.all(CAPTION_SCENE, new String[] {"walk", "stand", "gather", "inspect", "look",
    "sit", "hold", "carr", "seen", "rise", "billow", "pictured", "raised", "wave", "attend", "check"},
      new String[] {"19", "20"});

  private SentenceSplitter() {}

  /** The sentences of a text, in order. */
  public static List<Sentence> split(String text) {
    List<Sentence> out = new ArrayList<>();
    int paragraph = 0;
    int pos = 0;
    int n = text.length();
    boolean commentNext = false;
    boolean links = false;
    while (pos < n) {
      int lineEnd = text.indexOf('\n', pos);
      if (lineEnd < 0) {
        lineEnd = n;
      }
      String line = text.substring(pos, lineEnd);
      if (line.isBlank()) {
        paragraph++;
        pos = lineEnd + 1;
        links = false;
        continue;
      }
      boolean tableRow = line.stripLeading().startsWith("|");
      if (tableRow || bulletItem(line)) {
        paragraph++; // a row of a table, an item of a bulleted list: a record of its own, its values not its neighbours'
      }
      Zone lineZone = Zone.BODY;
      if (links) {
        lineZone = Zone.BOILERPLATE; // "- U.S. strikes on Kata'ib Hezbollah sites kill 25 (Dec. 30, 2019)": a link
      } else if (line.length() < 60 && LINK_LIST.matcher(line).matches()) {
        lineZone = Zone.BOILERPLATE;
        links = true; // "Related:", "Most popular": the lines under it, up to a blank line, are links to other pages
      } else if (tableRow && TABLE_RULE.matcher(line).matches()) {
        lineZone = Zone.BOILERPLATE; // |---|---|
      } else if (FURNITURE.matcher(line).matches() || quoteHeader(line)) {
        lineZone = Zone.BOILERPLATE;
      } else if (AGO.matcher(line).matches()) {
        lineZone = Zone.BOILERPLATE;
        commentNext = !quoteHeader(line);
      } else if (commentNext) {
        lineZone = Zone.BOILERPLATE;
        commentNext = false;
      } else if ((CAPTION_GATE.find(line) || SCENE_GATE.find(line)) && !WIRE_DATELINE.matcher(line).find()) {
        lineZone = Zone.CAPTION; // but "BAGHDAD, Oct 9 (Reuters) - Rockets hit ..." is a wire story's lead
      }
      if (tableRow) {
        add(text, pos, lineEnd, paragraph, lineZone, out); // one row, one sentence
        paragraph++;
      } else {
        splitLine(text, pos, lineEnd, paragraph, lineZone, out);
      }
      pos = lineEnd + 1;
    }
    return out;
  }

  /**
   * A line that opens an item of a bulleted list ("- **15 Jan** - One-way attack drone ...", "• 16 Jan: ..."). Nested
   * bullets belong to the item above, and numbered points are not items of their own: an advisory's "1." and "2."
   * tell one incident.
   */
  private static boolean bulletItem(String line) {
    String t = line.stripLeading();
    boolean nested = line.length() - t.length() >= 2; // "  - no injuries": a detail of the item above
    return !nested && opensItem(t);
  }

  /** Whether text (no leading space) starts with a bullet and a space: "- ", "* ", "• ". */
  static boolean opensItem(String t) {
    return t.length() > 2 && "-*•▪‣◦·".indexOf(t.charAt(0)) >= 0 && Character.isWhitespace(t.charAt(1));
  }

  /**
   * {@code QUOTE_HEADER.matcher(line).matches()}, run only when the line ends with "said:" and white space (ASCII
   * letters of any case, as the pattern reads them), which every line it matches does.
   */
  private static boolean quoteHeader(String line) {
    int end = line.length();
    while (end > 0 && isRegexSpace(line.charAt(end - 1))) {
      end--;
    }
    if (end < 5 || line.charAt(end - 1) != ':') {
      return false;
    }
    for (int i = 0; i < 4; i++) {
      if ((line.charAt(end - 5 + i) | 0x20) != "said".charAt(i)) {
        return false;
      }
    }
    return QUOTE_HEADER.matcher(line).matches();
  }

  /** {@code \s} of a regular expression: space, tab, line feed, vertical tab, form feed, carriage return. */
  private static boolean isRegexSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  private static void splitLine(String text, int from, int to, int paragraph, Zone zone, List<Sentence> out) {
    String line = text.substring(from, to);
    Matcher m = END.matcher(line);
    int start = 0;
    // every match of END starts with . ! ? or ;: the search starts at the next of those (as find() would find it)
    int at = nextEnd(line, 0);
    while (at >= 0 && m.find(at)) {
      at = nextEnd(line, m.end());
      // ABBREV ends with a full stop: a sentence that ends with ! ? or ; is not cut short by it
      if (line.charAt(m.start()) == '.') {
        String before = line.substring(Math.max(start, m.start() - 12), m.start() + 1);
        if (ABBREV.matcher(before).find() && !before.endsWith("..")) {
          continue;
        }
      }
      add(text, from + start, from + m.start() + m.group().stripTrailing().length(), paragraph, zone, out);
      start = m.end();
    }
    add(text, from + start, to, paragraph, zone, out);
  }

  /** The first index at or after {@code from} of . ! ? or ;, or -1. */
  private static int nextEnd(String line, int from) {
    for (int i = from; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '.' || c == '!' || c == '?' || c == ';') {
        return i;
      }
    }
    return -1;
  }

  private static void add(String text, int start, int end, int paragraph, Zone zone, List<Sentence> out) {
    while (start < end && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    if (end > start) {
      out.add(new Sentence(start, end, text.substring(start, end), paragraph, zone));
    }
  }
}
