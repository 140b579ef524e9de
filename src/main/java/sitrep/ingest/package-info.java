/**
 * Ingest: input paths and a manifest in, {@link sitrep.model.Document}s out. Guarantees a stable file order, text
 * with \n line endings (offsets refer to it), and an issue naming the file for everything skipped.
 */
package sitrep.ingest;
