/**
 * Maps. Input: an {@link sitrep.model.IncidentSet}, a {@link sitrep.render.map.Basemap} (Natural Earth countries
 * and provinces as gzipped GeoJSON) and {@link sitrep.render.map.MapOptions}. Output: a
 * {@link sitrep.render.Figure} from {@link sitrep.render.map.MapRenderer}: the strike map ({@code render}) or the
 * province choropleth ({@code renderProvinces}, point in polygon with JTS), both with an optional locator inset and an
 * extent fitted to the incidents or given (bbox or countries).
 *
 * <p>How: JTS clips the basemap to the view, proj4j projects it (Lambert azimuthal equal-area centred on the
 * extent; plate carree for world extents, with polygons cut at the seam and at the date line so nothing wraps across
 * the map), Java2D draws it. Guarantees: deterministic layout (sorted inputs, no randomness), labels never overlap,
 * incidents without coordinates, outside the extent or (province map) outside every province are counted in a note, an empty set shows the Middle East.
 */
package sitrep.render.map;
