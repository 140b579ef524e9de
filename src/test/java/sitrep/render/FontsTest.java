package sitrep.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FontsTest {
  @Test
  void loadsTheBundledNotoFonts() {
    assertEquals("Noto Sans", Fonts.regular(12).getFamily(java.util.Locale.ROOT));
    assertTrue(Fonts.bold(12).getFontName(java.util.Locale.ROOT).contains("Bold"));
    assertEquals(18f, Fonts.regular(18).getSize2D());
  }

  @Test
  void picksTheArabicFontForArabicText() {
    assertEquals(Fonts.ARABIC, Fonts.forText("\u0639\u064a\u0646 \u0627\u0644\u0623\u0633\u062f", false, 12)
        .getFamily(java.util.Locale.ROOT));
    assertEquals(Fonts.SANS, Fonts.forText("Erbil", true, 12).getFamily(java.util.Locale.ROOT));
  }
}
