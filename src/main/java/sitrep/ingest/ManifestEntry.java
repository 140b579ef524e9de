package sitrep.ingest;

import java.time.LocalDate;

/**
 * One row of a manifest CSV.
 *
 * @param file the file path relative to the manifest's folder, never null
 * @param published publication date, null when absent or unreadable
 * @param url may be null
 * @param title may be null
 * @param source the outlet, may be null
 * @param line 1-based line of the row in the manifest
 */
public record ManifestEntry(String file, LocalDate published, String url, String title, String source, int line) {}
