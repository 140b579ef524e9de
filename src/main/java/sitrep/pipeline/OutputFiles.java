package sitrep.pipeline;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Writes output files to a temporary name in the target folder and moves them into place, so a failed run never
 * leaves a half-written file in place of a good one. A run with many outputs writes them into a staging folder
 * inside the target folder and publishes them together once all are written, so a failed run leaves the earlier
 * output as it was.
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

  /**
   * Makes a hidden staging folder inside dir (same file system, so its files can be moved into dir atomically).
   * Write a run's outputs there, then {@link #publish} them; {@link #discard} it in any case.
   *
   * @throws SitrepException naming dir when the folder cannot be made
   */
  public static Path stagingFolder(Path dir) {
    try {
      return Files.createTempDirectory(dir, ".sitrep-staging-");
    } catch (IOException e) {
      throw new SitrepException("cannot write in output folder " + dir + ": " + e.getMessage(), e);
    }
  }

  /**
   * Moves every file of the staging folder into dir, replacing files of the same name, each in one atomic step.
   * Every target is checked first (a folder in the way), so that a run that cannot publish its files leaves dir as it
   * was; report.html, which points to the others, goes last.
   *
   * @param staging a folder made by {@link #stagingFolder}, holding only files
   * @param dir the output folder
   * @throws SitrepException naming the target that cannot be written
   */
  public static void publish(Path staging, Path dir) {
    List<Path> files;
    try (Stream<Path> s = Files.list(staging)) {
      files = new ArrayList<>(s.filter(Files::isRegularFile).sorted(
          Comparator.comparing((Path p) -> p.getFileName().toString().equals("report.html"))
              .thenComparing(p -> p.getFileName().toString())).toList());
    } catch (IOException e) {
      throw new SitrepException("cannot read staging folder " + staging + ": " + e.getMessage(), e);
    }
    for (Path f : files) {
      Path target = dir.resolve(f.getFileName().toString());
      if (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
        throw new SitrepException("cannot write " + target + ": a folder of that name is in the way");
      }
    }
    for (Path f : files) {
      Path target = dir.resolve(f.getFileName().toString());
      try {
        try {
          Files.move(f, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
          Files.move(f, target, StandardCopyOption.REPLACE_EXISTING);
        }
      } catch (IOException e) {
        throw new SitrepException("cannot write " + target + ": " + e.getMessage(), e);
      }
    }
  }

  /** Deletes a staging folder and whatever is left in it; problems are ignored (it is hidden and unused). */
  public static void discard(Path staging) {
    try (Stream<Path> s = Files.list(staging)) {
      for (Path f : s.toList()) {
        Files.deleteIfExists(f);
      }
      Files.deleteIfExists(staging);
    } catch (IOException ignored) {
      // a hidden folder left behind does no harm; the next run makes a new one
    }
  }
}
