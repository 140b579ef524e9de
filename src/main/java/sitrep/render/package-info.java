/**
 * Shared rendering support. Input: a {@link sitrep.render.Figure} (something drawable at a fixed pixel size, made by
 * {@code render.chart} or {@code render.map}). Output: PNG, SVG or PDF files via {@link sitrep.render.FigureWriter},
 * always written atomically through {@link sitrep.pipeline.OutputFiles}; {@link sitrep.render.Preset} gives the slide
 * and document sizes (PDF page size and 300 dpi print scale), {@link sitrep.render.RenderOptions} the options of an
 * output folder. Figures paint no background: the writer paints white, or nothing with {@code transparent}.
 *
 * <p>Guarantees: the same figure gives the same bytes in every format (no timestamps, fixed ids, bundled fonts from
 * {@link sitrep.render.Fonts}); colours come from {@link sitrep.render.Palette}, so one weapon or actor has one
 * colour in every chart and map. The only static state is the one-time font registration.
 */
package sitrep.render;
