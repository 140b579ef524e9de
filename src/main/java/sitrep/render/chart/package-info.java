/**
 * Charts. Input: an {@link sitrep.model.IncidentSet} and {@link sitrep.render.chart.ChartOptions}. Output: a
 * {@link sitrep.render.Figure} (a themed JFreeChart) from {@link sitrep.render.chart.TimelineRenderer} (bars per
 * day, week or month), {@link sitrep.render.chart.CumulativeRenderer} (running total) or
 * {@link sitrep.render.chart.EventStripRenderer} (one mark per incident, one row per site or actor), each with the
 * key dates of {@link sitrep.render.chart.Annotation} drawn as labelled vertical markers.
 *
 * <p>Guarantees: never throws for an empty set (a "No dated incidents" figure instead); incidents without a date
 * are counted in the source line, never dropped silently (nor are incidents outside the event strip's rows); dates are bucketed in UTC with {@code Locale.ROOT}.
 */
package sitrep.render.chart;
