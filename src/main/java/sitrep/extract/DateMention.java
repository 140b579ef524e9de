package sitrep.extract;

import java.time.LocalDate;
import sitrep.model.DatePrecision;

/**
 * A date expression in a sentence, resolved.
 *
 * @param start offset in the sentence
 * @param end offset just past the expression in the sentence
 * @param date the resolved date (first day of the week or month for coarse precision), null when it cannot be
 *     resolved (a weekday with no publication date)
 * @param precision day, week, month, year or unknown
 * @param relative true when resolved against the publication date (weekday, yesterday, last week)
 * @param background true when the expression marks a span or background ("since 2019", "until March")
 */
public record DateMention(
    int start, int end, LocalDate date, DatePrecision precision, boolean relative, boolean background) {}
