package sitrep.report;

import java.util.Arrays;
import java.util.Set;

/**
 * A picture embedded in the report as a {@code data:} URI.
 *
 * @param id short identifier, used as the HTML id ({@code [A-Za-z0-9_-]+}), e.g. "timeline", never null
 * @param title heading shown above the caption, null to use the id
 * @param caption one or two sentences saying what the picture shows, may be null
 * @param mediaType {@code image/png} or {@code image/svg+xml}, never null
 * @param data the image file bytes, never null or empty (copied)
 */
public record ReportImage(String id, String title, String caption, String mediaType, byte[] data) {
  private static final Set<String> MEDIA_TYPES = Set.of("image/png", "image/svg+xml");

  public ReportImage {
    if (id == null || !id.matches("[A-Za-z0-9_-]+")) {
      throw new IllegalArgumentException("image id '" + id + "' must be letters, digits, '-' or '_'");
    }
    if (!MEDIA_TYPES.contains(mediaType)) {
      throw new IllegalArgumentException(
          "image " + id + ": media type '" + mediaType + "' is not supported (expected image/png or image/svg+xml)");
    }
    if (data == null || data.length == 0) {
      throw new IllegalArgumentException("image " + id + " has no data");
    }
    data = data.clone();
  }

  /** A copy of the image bytes. */
  @Override
  public byte[] data() {
    return data.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ReportImage r && id.equals(r.id) && java.util.Objects.equals(title, r.title)
        && java.util.Objects.equals(caption, r.caption) && mediaType.equals(r.mediaType) && Arrays.equals(data, r.data);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(id, title, caption, mediaType) * 31 + Arrays.hashCode(data);
  }

  @Override
  public String toString() {
    return "ReportImage[id=" + id + ", mediaType=" + mediaType + ", " + data.length + " bytes]";
  }
}
