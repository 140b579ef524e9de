/**
 * The briefing report: reads a {@link sitrep.report.ReportInput} (an {@link sitrep.model.IncidentSet}, rendered
 * images, the run's issues) and writes report.html with {@link sitrep.report.ReportWriter}. The report is one
 * self-contained file (inline styles and script, images as data: URIs, no external resource), HTML-escaped by the
 * template engine, and deterministic: the same input gives the same bytes.
 */
package sitrep.report;
