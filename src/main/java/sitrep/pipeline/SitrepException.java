package sitrep.pipeline;

/**
 * A fatal input or environment problem. The message says what, where and how to fix it; the CLI prints it
 * without a stack trace (unless --verbose) and exits 1.
 */
public class SitrepException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public SitrepException(String message) {
    super(message);
  }

  public SitrepException(String message, Throwable cause) {
    super(message, cause);
  }
}
