package sitrep.render;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.TreeMap;

/**
 * The bundled fonts: Noto Sans Regular and Bold for Latin text and Noto Sans Arabic for Arabic script, loaded from
 * {@code /fonts/} on the classpath and registered with the {@link GraphicsEnvironment} once, so that every renderer
 * (and every machine) draws with the same metrics. The fonts are licensed under the SIL Open Font License
 * ({@code /fonts/LICENSE-OFL.txt}).
 */
public final class Fonts {
  /** Family name of the Latin font. */
  public static final String SANS = "Noto Sans";

  /** Family name of the Arabic font. */
  public static final String ARABIC = "Noto Sans Arabic";

  private static final Map<String, Font> BASE = load();

  private Fonts() {}

  private static Map<String, Font> load() {
    Map<String, Font> fonts = new TreeMap<>();
    fonts.put("regular", read("NotoSans-Regular.ttf"));
    fonts.put("bold", read("NotoSans-Bold.ttf"));
    fonts.put("arabic", read("NotoSansArabic-Regular.ttf"));
    GraphicsEnvironment ge = GraphicsEnvironment.getLocalGraphicsEnvironment();
    for (Font f : fonts.values()) {
      ge.registerFont(f); // false when a font of that name is already installed; ours is then equivalent
    }
    return Map.copyOf(fonts);
  }

  private static Font read(String file) {
    String resource = "/fonts/" + file;
    try (InputStream in = Fonts.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("font " + resource + " is missing from the classpath (rebuild sitrep)");
      }
      return Font.createFont(Font.TRUETYPE_FONT, in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read font " + resource + ": " + e.getMessage(), e);
    } catch (FontFormatException e) {
      throw new IllegalStateException("font " + resource + " is not a TrueType font: " + e.getMessage(), e);
    }
  }

  /** Noto Sans Regular at size (pixels). */
  public static Font regular(float size) {
    return BASE.get("regular").deriveFont(Font.PLAIN, size);
  }

  /** Noto Sans Bold at size (pixels). */
  public static Font bold(float size) {
    return BASE.get("bold").deriveFont(Font.BOLD, size);
  }

  /** Noto Sans Arabic Regular at size (pixels). */
  public static Font arabic(float size) {
    return BASE.get("arabic").deriveFont(Font.PLAIN, size);
  }

  /**
   * A font able to draw text: Noto Sans (bold or regular) when it can show every character, else Noto Sans Arabic
   * when that can (Arabic place names), else Noto Sans (missing glyphs show as boxes).
   *
   * @param text the text to draw, may be null (treated as empty)
   * @param bold whether to prefer the bold face
   * @param size the size in pixels
   */
  public static Font forText(String text, boolean bold, float size) {
    Font latin = bold ? bold(size) : regular(size);
    if (text == null || latin.canDisplayUpTo(text) < 0) {
      return latin;
    }
    Font arabic = arabic(size);
    return arabic.canDisplayUpTo(text) < 0 ? arabic : latin;
  }
}
