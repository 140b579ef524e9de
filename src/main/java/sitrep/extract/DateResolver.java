package sitrep.extract;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import sitrep.model.DatePrecision;

/**
 * Finds date expressions in a sentence and resolves them against the publication date, leaning to the past: a
 * weekday is the most recent such day on or before publication, a day and month without a year is the most recent
 * one not after publication (allowing two days of clock skew). Without a publication date, only dates that carry
 * their year resolve.
 */
public final class DateResolver {
  private static final String MONTH =
      "(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul"
          + "|Aug|Sept|Sep|Oct|Nov|Dec)\\.?";
  private static final String DAY = "(\\d{1,2})(?:st|nd|rd|th)?";
  private static final String YEAR = "(?:,?\\s+((?:19|20)\\d\\d)\\b)?";
  private static final Pattern ISO = Pattern.compile("\\b((?:19|20)\\d\\d)-(\\d\\d)-(\\d\\d)\\b");
  /** A month in capitals, as advisories and military releases write it: "24 APR 2024", "240915Z APR 24". */
  private static final String MONTH_CAPS = "(JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|"
      + "DECEMBER|JAN|FEB|MAR|APR|JUN|JUL|AUG|SEPT|SEP|OCT|NOV|DEC)";
  /** A month named next to a day: as written in prose, or in capitals. */
  private static final String MONTH_ANY = "(?:" + MONTH + "|" + MONTH_CAPS + ")";
  private static final Pattern MONTH_DAY = Pattern.compile("\\b" + MONTH_ANY + "\\s+" + DAY + "\\b" + YEAR);
  private static final Pattern DAY_MONTH = Pattern.compile("\\b" + DAY + "\\s+(?:of\\s+)?" + MONTH_ANY + YEAR);
  /**
   * A date-time group ("240915Z APR 24": the 24th at 09:15 UTC) or a day, a month in capitals and a two-digit year
   * ("24 APR 24"), as maritime advisories and military messages date themselves.
   */
  private static final Pattern MESSAGE_DAY = Pattern.compile(
      "\\b(?:(\\d{2})\\d{4}Z|(\\d{1,2}))\\s+" + MONTH_CAPS + "\\s+(\\d\\d)\\b(?![:.]?\\d)");
  private static final Pattern MONTH_ONLY = Pattern.compile(
      "\\b(?:(in|during|since|until|till|by|from|of|early|late|mid|last|this|a|an|the|through)[\\s-]+)?" + MONTH
          + "(?:,?\\s+((?:19|20)\\d\\d))?\\b(?!\\s+\\d)");
  private static final Pattern YEAR_ONLY = Pattern.compile("(?i)\\b(in|since|until|from|by|between|after|before|of|during)?\\s*((?:19|20)\\d\\d)\\b");
  private static final Pattern WEEKDAY = Pattern.compile(
      "\\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:'s|’s)?\\b");
  private static final Pattern RELATIVE = Pattern.compile(
      "(?i)\\b(the day before yesterday|yesterday|today|tonight|this morning|this afternoon|this evening|last night|overnight|earlier today"
          + "|last weekend|over the weekend|at the weekend|this weekend|last week|this week|earlier this week|last month"
          + "|earlier (?:this|in the) month|this month|last year)\\b");
  private static final String WEEKDAYS = "(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
  /** "overnight Saturday-Sunday": the attack is dated after midnight, the second day. */
  private static final Pattern OVERNIGHT_PAIR = Pattern.compile(
      "(?i)\\bovernight\\s+(?:on\\s+|from\\s+)?" + WEEKDAYS + "(?:\\s*[-–/]\\s*|\\s+(?:to|into)\\s+)" + WEEKDAYS + "\\b");
  /** "from Monday evening into Tuesday": the attack began on the first day. */
  private static final Pattern FROM_INTO = Pattern.compile(
      "(?i)\\bfrom\\s+" + WEEKDAYS + "(?:\\s+(?:morning|afternoon|evening|night))?\\s+(?:into|to|until|till|through)\\s+"
          + "(?:the\\s+(?:early\\s+)?hours\\s+of\\s+)?" + WEEKDAYS + "\\b");
  /** "overnight Saturday", "overnight on Friday": the weekday dates it, not the night before the report. */
  private static final Pattern WEEKDAY_AFTER = Pattern.compile("(?i)\\s+(?:on\\s+|from\\s+|into\\s+|to\\s+)?" + WEEKDAYS
      + "\\b");
  /** "on the 28th": a day of the month without the month, the latest such day on or before the publication. */
  private static final Pattern DAY_OF_MONTH = Pattern.compile(
      "(?i)\\b(?:on|since|by)\\s+the\\s+(\\d{1,2})(?:st|nd|rd|th)\\b");
  /** "9/1/2024", "09.01.2024": day and month in either order, told apart by the publication date. */
  private static final Pattern NUMERIC = Pattern.compile("\\b(\\d{1,2})[/.](\\d{1,2})[/.]((?:19|20)\\d\\d)\\b");
  private static final Pattern AGO = Pattern.compile(
      "(?i)\\b(\\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|a)\\s+(days?|weeks?)\\s+ago\\b");
  private static final Pattern BACKGROUND_BEFORE = Pattern.compile(
      "(?i)(since|until|till|through|between|from|as of|ahead of|before|prior to|starting|by the end of)\\s+(?:the\\s+)?"
          + "(?:(?:early|mid|late|end of|start of|beginning of)[\\s-]+)?$");
  /**
   * A "since" clause ending at the date: "since the collapse of the ceasefire in March", "since the president took
   * office in January" (the start of a span, not the day of an attack). No punctuation between.
   */
  private static final Pattern SINCE_CLAUSE_BEFORE = Pattern.compile(
      "(?i)\\bsince\\s+(?:the|a|an|he|she|they|it|its|their|his|her|[A-Z][\\w'’-]*)\\b[^,.;:!?()\"“”]{0,70}$");
  /** ", when ...": the clause after a date tells what happened that day. */
  private static final Pattern WHEN_AFTER = Pattern.compile("(?:,\\s*(?:\\d{4},\\s*)?|\\s+)when\\s");
  /** "in October that year": the month of a year told before it in the sentence. */
  private static final Pattern THAT_YEAR_AFTER = Pattern.compile("(?i)\\s+(?:of\\s+)?(?:that|the same) year\\b");
  private static final Pattern YEAR_NUMBER = Pattern.compile("\\b(?:19|20)\\d\\d\\b");
  /** What joins the two ends of a span: "between Oct. 17 and Oct. 26", "from 2003 to 2011". */
  private static final Pattern SPAN_JOIN = Pattern.compile("(?i)\\s*(?:and|to|until|till|through|-|–)\\s*(?:the\\s+)?");
  private static final Map<String, Integer> MONTHS = Map.ofEntries(
      Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5),
      Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10),
      Map.entry("nov", 11), Map.entry("dec", 12));

  /** Cheap tests before the patterns run (see {@link Gate}): every month name and relative day holds one. */
  private static final String[] MONTH_STEMS = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct",
    "nov", "dec"};
  /** The month patterns are case-sensitive: a month is written "Jan..." or "JAN...", never "jan" ("may", "market"). */
  private static final String[] MONTH_NAMES = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
    "Nov", "Dec", "JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"};
  /** The words of {@link #RELATIVE} whole ("this " and "last " are in most sentences, "this week" is not). */
  private static final String[] RELATIVE_WORDS = {"yesterday", "today", "tonight", "this morning", "this afternoon",
    "this evening", "last night", "overnight", "weekend", "last week", "this week", "last month", "this month",
    "in the month", "last year"};
  /** {@link #WEEKDAY} is case-sensitive. */
  private static final String[] WEEKDAY_NAMES = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
    "Sunday"};

  private DateResolver() {}

  private static boolean anyOf(String lower, String[] stems) {
    for (String stem : stems) {
      if (lower.contains(stem)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the text has a year 1900-2099 in digits, as ISO, NUMERIC and YEAR_ONLY need. */
  private static boolean hasYear(String s) {
    for (int i = 0; i + 3 < s.length(); i++) {
      char c = s.charAt(i);
      char d = s.charAt(i + 1);
      if ((c == '1' && d == '9' || c == '2' && d == '0') && isDigit(s.charAt(i + 2)) && isDigit(s.charAt(i + 3))) {
        return true;
      }
    }
    return false;
  }

  /** Whether the lower-cased text has a digit with an ordinal suffix ("28th"), as DAY_OF_MONTH needs. */
  private static boolean hasOrdinal(String lower) {
    for (int i = 0; i + 2 < lower.length(); i++) {
      if (isDigit(lower.charAt(i)) && (lower.startsWith("st", i + 1) || lower.startsWith("nd", i + 1)
          || lower.startsWith("rd", i + 1) || lower.startsWith("th", i + 1))) {
        return true;
      }
    }
    return false;
  }

  /** A digit as {@code \d} reads it (not Unicode-aware). */
  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /**
   * The date expressions in a sentence, sorted by offset, not overlapping.
   *
   * @param sentence the text, never null
   * @param published the publication date, null when unknown
   */
  public static List<DateMention> find(String sentence, LocalDate published) {
    return find(sentence, published, true);
  }

  /** {@link #find(String, LocalDate)}, with the cheap stem tests before the patterns or (for tests) without. */
  static List<DateMention> find(String sentence, LocalDate published, boolean gated) {
    List<DateMention> out = new ArrayList<>();
    String lower = gated ? Gate.Lower.of(sentence) : "19 20 - / . jan day ago this the overnight from";
    boolean digits = lower.contains("19") || lower.contains("20");
    boolean months = gated ? anyOf(sentence, MONTH_NAMES) : anyOf(lower, MONTH_STEMS);
    boolean yearDigits = !gated || digits && hasYear(sentence);
    Matcher m = ISO.matcher(yearDigits && lower.indexOf('-') >= 0 ? sentence : "");
    while (m.find()) {
      LocalDate d = of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
      if (d != null) {
        add(out, sentence, m.start(), m.end(), d, DatePrecision.DAY, false);
      }
    }
    // before the prose forms: in "25 APR 24" the "APR 24" is not the 24th
    m = MESSAGE_DAY.matcher(months ? sentence : "");
    while (m.find()) {
      String day = m.group(1) != null ? m.group(1) : m.group(2);
      dayMonth(out, sentence, m.start(), m.end(), month(m.group(3)), Integer.parseInt(day), "20" + m.group(4), published);
    }
    m = MONTH_DAY.matcher(months ? sentence : "");
    while (m.find()) {
      String name = m.group(1) != null ? m.group(1) : m.group(2);
      dayMonth(out, sentence, m.start(), m.end(), month(name), Integer.parseInt(m.group(3)), m.group(4), published);
    }
    m = DAY_MONTH.matcher(months ? sentence : "");
    while (m.find()) {
      String name = m.group(2) != null ? m.group(2) : m.group(3);
      dayMonth(out, sentence, m.start(), m.end(), month(name), Integer.parseInt(m.group(1)), m.group(4), published);
    }
    java.util.Set<Integer> firstOfPair = new java.util.HashSet<>();
    java.util.Set<Integer> secondOfPair = new java.util.HashSet<>();
    Matcher overnight = OVERNIGHT_PAIR.matcher(lower.contains("day") && lower.contains("overnight") ? sentence : "");
    while (overnight.find()) {
      firstOfPair.add(overnight.start(1));
      secondOfPair.add(overnight.start(2));
    }
    m = WEEKDAY.matcher(lower.contains("day") && (!gated || anyOf(sentence, WEEKDAY_NAMES)) ? sentence : "");
    while (m.find()) {
      boolean second = m.start() > 0 && "-–/".indexOf(sentence.charAt(m.start() - 1)) >= 0;
      if (second && !secondOfPair.contains(m.start())) {
        continue; // "the night of Tuesday-Wednesday" is Tuesday night
      }
      DayOfWeek dow = DayOfWeek.valueOf(m.group(1).toUpperCase(Locale.ROOT));
      LocalDate d = published == null ? null : published.with(TemporalAdjusters.previousOrSame(dow));
      add(out, sentence, m.start(), m.end(), d, d == null ? DatePrecision.UNKNOWN : DatePrecision.DAY, true);
      if (firstOfPair.contains(m.start())) {
        markBackground(out, m.start()); // "overnight Saturday-Sunday" is dated Sunday
      }
    }
    Matcher span = FROM_INTO.matcher(lower.contains("day") && lower.contains("from") ? sentence : "");
    while (span.find()) {
      setBackground(out, span.start(1), false); // "from Monday evening into Tuesday" began on Monday
      setBackground(out, span.start(2), true);
    }
    m = RELATIVE.matcher(anyOf(lower, RELATIVE_WORDS) ? sentence : "");
    while (m.find()) {
      String word = m.group(1).toLowerCase(Locale.ROOT);
      if (word.equals("overnight") && WEEKDAY_AFTER.matcher(sentence).region(m.end(), sentence.length()).lookingAt()) {
        continue; // "overnight Saturday into Sunday": dated by its weekdays
      }
      relative(out, sentence, m.start(), m.end(), word, published);
    }
    m = DAY_OF_MONTH.matcher(lower.contains("the ") && (!gated || hasOrdinal(lower)) ? sentence : "");
    while (m.find()) {
      int day = Integer.parseInt(m.group(1));
      LocalDate d = null;
      for (int back = 0; published != null && d == null && back < 3; back++) {
        LocalDate month = published.minusMonths(back);
        LocalDate candidate = of(month.getYear(), month.getMonthValue(), day);
        d = candidate != null && !candidate.isAfter(published) ? candidate : null;
      }
      if (day >= 1 && day <= 31) {
        add(out, sentence, m.start(), m.end(), d, d == null ? DatePrecision.UNKNOWN : DatePrecision.DAY, true);
      }
    }
    m = NUMERIC.matcher(yearDigits && (lower.indexOf('/') >= 0 || lower.indexOf('.') >= 0) ? sentence : "");
    while (m.find()) {
      int a = Integer.parseInt(m.group(1));
      int b = Integer.parseInt(m.group(2));
      int year = Integer.parseInt(m.group(3));
      LocalDate d = numeric(year, a, b, published);
      if (d != null) {
        add(out, sentence, m.start(), m.end(), d, DatePrecision.DAY, false);
      } else if (of(year, a, b) != null || of(year, b, a) != null) {
        add(out, sentence, m.start(), m.end(), null, DatePrecision.UNKNOWN, true); // a day, which one not known
      }
    }
    m = AGO.matcher(lower.contains("ago") ? sentence : "");
    while (m.find()) {
      Integer n = Numbers.parse(m.group(1));
      if (n == null || published == null) {
        add(out, sentence, m.start(), m.end(), null, DatePrecision.UNKNOWN, true);
      } else if (m.group(2).toLowerCase(Locale.ROOT).startsWith("day")) {
        add(out, sentence, m.start(), m.end(), published.minusDays(n), DatePrecision.DAY, true);
      } else {
        add(out, sentence, m.start(), m.end(),
            published.minusWeeks(n).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)), DatePrecision.WEEK, true);
      }
    }
    m = MONTH_ONLY.matcher(months ? sentence : "");
    while (m.find()) {
      String lead = m.group(1) == null ? "" : m.group(1).toLowerCase(Locale.ROOT);
      String name = m.group(2);
      if (name.startsWith("May") && lead.isEmpty() || name.equals("Mar") && lead.isEmpty()) {
        continue; // the verb "may", "march"
      }
      int month = month(name);
      Integer year = m.group(3) == null ? null : Integer.parseInt(m.group(3));
      if (year == null && THAT_YEAR_AFTER.matcher(sentence).region(m.end(), sentence.length()).lookingAt()) {
        Matcher y = YEAR_NUMBER.matcher(sentence).region(0, m.start());
        while (y.find()) {
          year = Integer.parseInt(y.group()); // "in 2019, most seriously in October that year": the last year told
        }
      }
      LocalDate d = null;
      if (year != null) {
        d = LocalDate.of(year, month, 1);
      } else if (published != null) {
        d = LocalDate.of(published.getYear(), month, 1);
        if (lead.equals("last") || d.isAfter(published)) {
          d = d.minusYears(1);
        }
      }
      int start = m.start(2);
      add(out, sentence, start, m.end(), d, d == null ? DatePrecision.UNKNOWN : DatePrecision.MONTH, year == null);
      if (!lead.isEmpty() && BACKGROUND_BEFORE.matcher(lead + " ").find()) {
        markBackground(out, start);
      }
    }
    m = YEAR_ONLY.matcher(yearDigits ? sentence : "");
    while (m.find()) {
      int year = Integer.parseInt(m.group(2));
      add(out, sentence, m.start(2), m.end(2), LocalDate.of(year, 1, 1), DatePrecision.YEAR, false);
    }
    out.sort(Comparator.comparingInt(DateMention::start));
    for (int i = 1; i < out.size(); i++) {
      DateMention a = out.get(i - 1);
      DateMention b = out.get(i);
      if (a.background() && !b.background() && a.end() <= b.start() && !secondOfPair.contains(b.start())
          && SPAN_JOIN.matcher(sentence.substring(a.end(), b.start())).matches()) {
        out.set(i, new DateMention(b.start(), b.end(), b.date(), b.precision(), b.relative(), true)); // "between X and Y"
      }
    }
    return out;
  }

  private static void dayMonth(List<DateMention> out, String s, int start, int end, int month, int day, String yearText,
      LocalDate published) {
    LocalDate d;
    boolean relative = false;
    if (yearText != null) {
      d = of(Integer.parseInt(yearText), month, day);
    } else if (published != null) {
      d = of(published.getYear(), month, day);
      if (d != null && d.isAfter(published.plusDays(2))) {
        d = of(published.getYear() - 1, month, day);
      }
      relative = true;
    } else {
      if (of(2000, month, day) == null) {
        return;
      }
      add(out, s, start, end, null, DatePrecision.UNKNOWN, true);
      return;
    }
    if (d != null) {
      add(out, s, start, end, d, DatePrecision.DAY, relative);
    }
  }

  /**
   * The day of a numeric date: day/month as most of the world writes it, month/day as the US does. When both read as
   * dates, the one on or before the publication and nearest to it; none when that cannot tell them apart.
   */
  private static LocalDate numeric(int year, int a, int b, LocalDate published) {
    LocalDate dayFirst = of(year, b, a);
    LocalDate monthFirst = of(year, a, b);
    if (dayFirst == null || monthFirst == null || dayFirst.equals(monthFirst)) {
      return dayFirst != null ? dayFirst : monthFirst;
    }
    if (published == null) {
      return null;
    }
    boolean dayOk = !dayFirst.isAfter(published);
    boolean monthOk = !monthFirst.isAfter(published);
    if (dayOk != monthOk) {
      return dayOk ? dayFirst : monthFirst;
    }
    return dayOk ? (dayFirst.isAfter(monthFirst) ? dayFirst : monthFirst) : null;
  }

  private static void relative(List<DateMention> out, String s, int start, int end, String word, LocalDate pub) {
    if (pub == null) {
      add(out, s, start, end, null, DatePrecision.UNKNOWN, true);
      return;
    }
    switch (word) {
      case "yesterday", "last night" -> add(out, s, start, end, pub.minusDays(1), DatePrecision.DAY, true);
      case "the day before yesterday" -> add(out, s, start, end, pub.minusDays(2), DatePrecision.DAY, true);
      // "overnight" is the night just before the report, dated after midnight
      case "today", "tonight", "overnight", "this morning", "this afternoon", "this evening", "earlier today" ->
          add(out, s, start, end, pub, DatePrecision.DAY, true);
      // a weekend is told by its Saturday, to the week's precision (it may be the Sunday)
      case "over the weekend", "at the weekend", "this weekend" -> add(out, s, start, end,
          pub.with(TemporalAdjusters.previousOrSame(DayOfWeek.SATURDAY)), DatePrecision.WEEK, true);
      case "last weekend" -> add(out, s, start, end, pub.getDayOfWeek().getValue() >= 6
          ? pub.with(TemporalAdjusters.previousOrSame(DayOfWeek.SATURDAY)).minusWeeks(1)
          : pub.with(TemporalAdjusters.previous(DayOfWeek.SATURDAY)), DatePrecision.WEEK, true);
      case "last week" -> add(out, s, start, end,
          pub.minusWeeks(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)), DatePrecision.WEEK, true);
      case "this week", "earlier this week" -> add(out, s, start, end,
          pub.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)), DatePrecision.WEEK, true);
      case "last month" -> add(out, s, start, end, pub.minusMonths(1).withDayOfMonth(1), DatePrecision.MONTH, true);
      case "this month", "earlier this month", "earlier in the month" -> add(out, s, start, end, pub.withDayOfMonth(1), DatePrecision.MONTH, true);
      case "last year" -> add(out, s, start, end, LocalDate.of(pub.getYear() - 1, 1, 1), DatePrecision.YEAR, true);
      default -> { }
    }
  }

  private static void add(List<DateMention> out, String s, int start, int end, LocalDate d, DatePrecision p,
      boolean relative) {
    for (DateMention o : out) {
      if (start < o.end() && end > o.start()) {
        return; // an earlier, more specific pattern already covers this span
      }
    }
    String before = s.substring(Math.max(0, start - 30), start);
    // "the deadliest since December 27, when a rocket attack on the K-1 base killed ...": the day of that attack
    boolean background = BACKGROUND_BEFORE.matcher(before).find() && !WHEN_AFTER.matcher(s).region(end, s.length()).lookingAt();
    if (!background) {
      String wider = s.substring(Math.max(0, start - 90), start);
      background = wider.toLowerCase(Locale.ROOT).contains("since") && SINCE_CLAUSE_BEFORE.matcher(wider).find();
    }
    out.add(new DateMention(start, end, d, p, relative, background));
  }

  private static void markBackground(List<DateMention> out, int start) {
    setBackground(out, start, true);
  }

  private static void setBackground(List<DateMention> out, int start, boolean background) {
    for (int i = 0; i < out.size(); i++) {
      DateMention o = out.get(i);
      if (o.start() == start) {
        out.set(i, new DateMention(o.start(), o.end(), o.date(), o.precision(), o.relative(), background));
      }
    }
  }

  private static int month(String name) {
    return MONTHS.get(name.substring(0, 3).toLowerCase(Locale.ROOT));
  }

  private static LocalDate of(int y, int m, int d) {
    try {
      return LocalDate.of(y, m, d);
    } catch (DateTimeException e) {
      return null;
    }
  }
}
