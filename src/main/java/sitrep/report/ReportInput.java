package sitrep.report;

import java.time.LocalDate;
import java.util.List;
import sitrep.model.IncidentSet;
import sitrep.pipeline.Issue;

/**
 * Everything the report shows. The report shows every incident given; keeping to the period is the caller's job.
 *
 * @param title the report title; null or blank gives "Incident briefing"
 * @param from first day of the period covered, null to use the earliest incident date
 * @param to last day of the period covered, null to use the latest incident date
 * @param incidents the incidents, in report order; null is an empty set
 * @param images pictures (timeline, map) in display order; null is none
 * @param issues the run's data issues (skipped files etc.); null is none
 * @param documentCount number of documents read, at least 0; 0 when unknown (a report rendered from
 *     incidents.json), and the report then counts the documents the incidents cite
 * @param generator the program and version, e.g. "sitrep 0.1.0", null to leave out
 */
public record ReportInput(
    String title,
    LocalDate from,
    LocalDate to,
    IncidentSet incidents,
    List<ReportImage> images,
    List<Issue> issues,
    int documentCount,
    String generator) {

  /** The title used when none is given. */
  public static final String DEFAULT_TITLE = "Incident briefing";

  public ReportInput {
    title = title == null || title.isBlank() ? DEFAULT_TITLE : title.strip();
    if (from != null && to != null && from.isAfter(to)) {
      throw new IllegalArgumentException("report period starts " + from + ", after it ends " + to);
    }
    incidents = incidents == null ? new IncidentSet(List.of()) : incidents;
    images = images == null ? List.of() : List.copyOf(images);
    issues = issues == null ? List.of() : List.copyOf(issues);
    if (documentCount < 0) {
      throw new IllegalArgumentException("document count " + documentCount + " is negative");
    }
  }
}
