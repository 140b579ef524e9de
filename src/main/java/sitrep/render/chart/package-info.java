/**
 * Charts. Input: an {@link sitrep.model.IncidentSet} and {@link sitrep.render.chart.ChartOptions}. Output: a
 * {@link sitrep.render.Figure} from {@link sitrep.render.chart.TimelineRenderer} (a themed JFreeChart).
 *
 * <p>Guarantees: never throws for an empty set (a "No dated incidents" figure instead); incidents without a date
 * are counted in the source line, never dropped silently; dates are bucketed in UTC with {@code Locale.ROOT}.
 */
package sitrep.render.chart;
