/**
 * Exports: reads an {@link sitrep.model.IncidentSet} and writes incidents.json ({@link sitrep.export.IncidentJson}),
 * incidents.csv ({@link sitrep.export.IncidentCsv}) and incidents.geojson ({@link sitrep.export.IncidentGeoJson}).
 * Every export is deterministic (same set, same bytes) and written atomically.
 */
package sitrep.export;
