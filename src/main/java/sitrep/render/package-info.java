/**
 * Shared rendering support. Input: a {@link sitrep.render.Figure} (something drawable at a fixed pixel size, made by
 * {@code render.chart} or {@code render.map}). Output: PNG, SVG or PDF files via {@link sitrep.render.FigureWriter},
 * always written atomically through {@link sitrep.pipeline.OutputFiles}.
 *
 * <p>Guarantees: the same figure gives the same bytes in every format (no timestamps, fixed ids, bundled fonts from
 * {@link sitrep.render.Fonts}); colours come from {@link sitrep.render.Palette}, so one weapon or actor has one
 * colour in every chart and map. The only static state is the one-time font registration.
 */
package sitrep.render;
