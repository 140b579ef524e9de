package sitrep.pipeline;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Writes output files to a temporary name in the target folder and moves them into place, so a failed run never
 * leaves a half-written file in place of a good one.
 */
public final class OutputFiles {
  private OutputFiles() {}

  /** Writes the body of a file. */
  @FunctionalInterface
  public interface Body {
    void writeTo(OutputStream out) throws IOException;
  }

  /**
   * Makes sure dir exists and is a writable folder.
   *
   * @throws SitrepException naming the folder when it cannot be used
   */
  public static Path prepareFolder(Path dir) {
    if (Files.exists(dir) && !Files.isDirectory(dir)) {
      throw new SitrepException("output " + dir + " is a file, not a folder: give another --out");
    }
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new SitrepException("cannot create output folder " + dir + ": " + e.getMessage(), e);
    }
    if (!Files.isWritable(dir)) {
      throw new SitrepException("output folder " + dir + " is not writable: give another --out");
    }
    return dir;
  }

  /**
   * Writes target atomically: the body goes to a temporary file beside it, which is then moved over target.
   *
   * @throws SitrepException naming the file when it cannot be written; target is then left as it was
   */
  public static void write(Path target, Body body) {
    Path dir = target.toAbsolutePath().getParent();
    Path tmp = null;
    try {
      tmp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".tmp");
      try (OutputStream out = Files.newOutputStream(tmp)) {
        body.writeTo(out);
      }
      try {
        Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-r--r--"));
      } catch (UnsupportedOperationException e) {
        // not a POSIX file system: the default permissions stay
      }
      try {
        Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
      }
      tmp = null;
    } catch (IOException e) {
      throw new SitrepException("cannot write " + target + ": " + e.getMessage(), e);
    } finally {
      if (tmp != null) {
        try {
          Files.deleteIfExists(tmp);
        } catch (IOException ignored) {
          // the temporary file is hidden and will be overwritten by the next run
        }
      }
    }
  }
}
