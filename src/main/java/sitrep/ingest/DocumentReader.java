package sitrep.ingest;

import java.io.IOException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import sitrep.model.Document;
import sitrep.pipeline.Diagnostics;
import sitrep.pipeline.SitrepException;

/**
 * Ingest: walks the inputs in a stable order, reads text, Markdown and HTML files to plain text, and attaches the
 * publication date, URL and title from the manifest or, failing that, from a dateline in the text. Files that cannot
 * be read are reported as issues naming the file, and skipped.
 */
public final class DocumentReader {
  /** Largest file read whole; bigger files are skipped with an issue (articles are far smaller). */
  public static final long MAX_FILE_BYTES = 64L * 1024 * 1024;

  private static final Set<String> TEXT = Set.of("txt", "md", "markdown", "text");
  private static final Set<String> HTML = Set.of("html", "htm", "xhtml");
  private static final Set<String> QUIET_SKIP = Set.of("manifest.csv", ".gitkeep", ".ds_store", "thumbs.db");

  private final Diagnostics diagnostics;

  public DocumentReader(Diagnostics diagnostics) {
    this.diagnostics = diagnostics;
  }

  /**
   * The readable files under the inputs, sorted by display path. Unsupported files are reported and left out.
   *
   * @throws SitrepException when an input does not exist
   */
  public List<InputFile> collect(List<Path> inputs) {
    List<InputFile> files = new ArrayList<>();
    for (Path input : inputs) {
      if (!Files.exists(input)) {
        throw new SitrepException("input " + input + " does not exist");
      }
      if (Files.isRegularFile(input)) {
        if (supported(input)) {
          files.add(new InputFile(input, input.toString()));
        } else {
          skip(input.toString());
        }
        continue;
      }
      walk(input, files);
    }
    files.sort(Comparator.comparing(InputFile::displayPath));
    List<InputFile> unique = new ArrayList<>(files.size());
    Set<Path> seen = new HashSet<>();
    for (InputFile f : files) {
      if (seen.add(f.path().toAbsolutePath().normalize())) {
        unique.add(f);
      }
    }
    return unique;
  }

  /**
   * Adds the files under a folder. A subfolder or file that cannot be visited (no permission, a link loop) is
   * reported and skipped; the rest of the walk goes on.
   */
  private void walk(Path input, List<InputFile> files) {
    try {
      Files.walkFileTree(input, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path p, BasicFileAttributes attrs) {
              if (!attrs.isRegularFile()) {
                return FileVisitResult.CONTINUE;
              }
              String display = input.resolve(input.relativize(p)).toString();
              String fileName = p.getFileName().toString();
              if (QUIET_SKIP.contains(fileName.toLowerCase(Locale.ROOT))) {
                return FileVisitResult.CONTINUE;
              }
              if (fileName.startsWith(".") || isReadme(p)) {
                diagnostics.report("skipped-file", display, 0, "skipped (hidden file or README)");
              } else if (supported(p)) {
                files.add(new InputFile(p, display));
              } else {
                skip(display);
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path p, IOException e) {
              if (p.equals(input)) {
                throw new SitrepException("cannot read input folder " + input + ": " + describe(e));
              }
              diagnostics.report("unreadable-file", input.resolve(input.relativize(p)).toString(), 0,
                  "cannot read (" + describe(e) + "); skipped");
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      throw new SitrepException("cannot walk input folder " + input + ": " + describe(e), e);
    }
  }

  private static String describe(IOException e) {
    if (e instanceof java.nio.file.FileSystemLoopException) {
      return "a link loops back to a folder above it";
    }
    if (e instanceof java.nio.file.AccessDeniedException) {
      return "permission denied";
    }
    return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
  }

  /**
   * The manifest to use: the given one, else a manifest.csv at the top of the first input folder that has one.
   */
  public Manifest manifest(Path explicit, List<Path> inputs) {
    if (explicit != null) {
      if (!Files.isRegularFile(explicit)) {
        throw new SitrepException("manifest " + explicit + " does not exist or is not a file");
      }
      return Manifest.read(explicit, diagnostics);
    }
    for (Path input : inputs) {
      Path candidate = input.resolve("manifest.csv");
      if (Files.isDirectory(input) && Files.isRegularFile(candidate)) {
        return Manifest.read(candidate, diagnostics);
      }
    }
    return Manifest.empty();
  }

  /** Reads one file; empty (with an issue) when it cannot be read as an article. */
  public Optional<Document> read(InputFile file, Manifest manifest) {
    String name = file.displayPath();
    byte[] bytes;
    try {
      long size = Files.size(file.path());
      if (size > MAX_FILE_BYTES) {
        diagnostics.report("file-too-large", name, 0,
            "file is " + (size / (1024 * 1024)) + " MB, over the " + (MAX_FILE_BYTES / (1024 * 1024))
                + " MB limit for one article; skipped (split it into articles)");
        return Optional.empty();
      }
      bytes = Files.readAllBytes(file.path());
    } catch (IOException e) {
      diagnostics.report("unreadable-file", name, 0, "cannot read file: " + e.getMessage() + "; skipped");
      return Optional.empty();
    }
    TextDecoder.Decoded decoded;
    try {
      decoded = TextDecoder.decodeArticle(bytes);
    } catch (TextDecoder.NotTextException e) {
      diagnostics.report("not-text", name, 0, "file " + e.getMessage() + "; skipped");
      return Optional.empty();
    }
    if (decoded.lossy()) {
      diagnostics.report("bad-encoding", name, 0,
          "file is not valid UTF-8 or UTF-16; read as " + decoded.charset() + ", some characters may be wrong");
    }
    String text = decoded.text();
    String title = null;
    if (HTML.contains(extension(file.path()))) {
      HtmlText.Extracted page = HtmlText.extract(text);
      text = page.text();
      title = page.title();
      if (text.isBlank()) {
        diagnostics.report("empty-html", name, 0, "HTML page has no article text (no body); skipped");
        return Optional.empty();
      }
    }
    text = normalise(text);
    if (title == null && !HTML.contains(extension(file.path()))) {
      text = HardWraps.rejoin(text); // a PDF's text or a bulletin wrapped at a fixed width: its sentences rejoined
    }
    if (text.isBlank()) {
      diagnostics.report("empty-file", name, 0, "file has no text; skipped");
      return Optional.empty();
    }
    Optional<ManifestEntry> entry = manifest.entryFor(file.path());
    LocalDate published = entry.map(ManifestEntry::published).orElse(null);
    if (published == null) {
      published = Dateline.find(text).orElse(null);
      if (published == null) {
        diagnostics.report("no-publication-date", name, 0,
            "no publication date in the manifest or the text; relative dates in it stay unknown");
      }
    }
    return Optional.of(new Document(name, text, published, entry.map(ManifestEntry::url).orElse(null),
        entry.map(ManifestEntry::title).orElse(title), entry.map(ManifestEntry::source).orElse(null)));
  }

  /** Line endings to \n, no BOM or NUL, non-breaking spaces to spaces. Offsets refer to this text. */
  static String normalise(String text) {
    return text.replace("\r\n", "\n").replace('\r', '\n').replace("\uFEFF", "").replace("\u0000", "")
        .replace('\u00A0', ' ');
  }

  private void skip(String display) {
    diagnostics.report("skipped-file-type", display, 0,
        "not a .txt, .md or .html file; skipped");
  }

  private static boolean isReadme(Path p) {
    String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
    return n.startsWith("readme.") || n.equals("readme") || n.startsWith("license");
  }

  private static boolean supported(Path p) {
    String ext = extension(p);
    return TEXT.contains(ext) || HTML.contains(ext);
  }

  private static String extension(Path p) {
    String n = p.getFileName().toString();
    int dot = n.lastIndexOf('.');
    return dot < 0 ? "" : n.substring(dot + 1).toLowerCase(Locale.ROOT);
  }
}
