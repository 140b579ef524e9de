package sitrep.ingest;

import java.nio.file.Path;

/**
 * A file to read.
 *
 * @param path where it is on disk
 * @param displayPath the path as the user gave it (input folder joined with the relative path), used as the source doc
 */
public record InputFile(Path path, String displayPath) {}
