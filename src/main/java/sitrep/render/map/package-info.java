/**
 * Maps. Input: an {@link sitrep.model.IncidentSet}, a {@link sitrep.render.map.Basemap} (Natural Earth countries
 * and provinces as gzipped GeoJSON) and {@link sitrep.render.map.MapOptions}. Output: a
 * {@link sitrep.render.Figure} from {@link sitrep.render.map.MapRenderer}.
 *
 * <p>How: JTS clips the basemap to the view, proj4j projects it (Lambert azimuthal equal-area centred on the
 * extent), Java2D draws it. Guarantees: deterministic layout (sorted inputs, no randomness), labels never overlap,
 * incidents without coordinates are counted in a note, an empty set shows the Middle East.
 */
package sitrep.render.map;
