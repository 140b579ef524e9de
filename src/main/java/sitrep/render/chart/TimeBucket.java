package sitrep.render.chart;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;

/** The length of one timeline bar: a day, an ISO week (Monday to Sunday) or a calendar month. */
public enum TimeBucket {
  DAY("day"),
  WEEK("week"),
  MONTH("month");

  /** Longest span (in days, both ends included) drawn per day. */
  public static final int MAX_DAYS_PER_DAY = 120;

  /** Longest span (in days, both ends included) drawn per week; longer spans are drawn per month. */
  public static final int MAX_DAYS_PER_WEEK = 3 * 365 + 1;

  private final String word;

  TimeBucket(String word) {
    this.word = word;
  }

  /** "daily", "weekly" or "monthly". */
  public String adjective() {
    return word.equals("day") ? "daily" : word + "ly";
  }

  /** "day", "week" or "month". */
  public String word() {
    return word;
  }

  /**
   * The bucket for a span of dates: per day up to {@value #MAX_DAYS_PER_DAY} days, per week up to about three
   * years, per month above.
   *
   * @param from the first date, never null
   * @param to the last date, never null, not before from
   */
  public static TimeBucket forSpan(LocalDate from, LocalDate to) {
    long days = ChronoUnit.DAYS.between(from, to) + 1;
    if (days < 1) {
      throw new IllegalArgumentException("date span " + from + " .. " + to + " ends before it starts");
    }
    if (days <= MAX_DAYS_PER_DAY) {
      return DAY;
    }
    return days <= MAX_DAYS_PER_WEEK ? WEEK : MONTH;
  }

  /** The first day of the bucket holding date. */
  public LocalDate start(LocalDate date) {
    return switch (this) {
      case DAY -> date;
      case WEEK -> date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
      case MONTH -> date.withDayOfMonth(1);
    };
  }

  /** The first day of the next bucket after the one starting at start. */
  public LocalDate next(LocalDate start) {
    return switch (this) {
      case DAY -> start.plusDays(1);
      case WEEK -> start.plusWeeks(1);
      case MONTH -> start.plusMonths(1);
    };
  }
}
