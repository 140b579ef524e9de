package sitrep.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The plain decimals of the CSV and GeoJSON exports. */
class IncidentFieldsTest {
  /** What decimal() gave before its fast path, and still gives for exponent notation. */
  private static String reference(double d) {
    BigDecimal b = BigDecimal.valueOf(d).stripTrailingZeros();
    return b.scale() < 0 ? b.setScale(0).toPlainString() : b.toPlainString();
  }

  @Test
  void decimalsArePlainWithoutTrailingZeros() {
    assertEquals("33.8", IncidentFields.decimal(33.8));
    assertEquals("42", IncidentFields.decimal(42.0));
    assertEquals("100", IncidentFields.decimal(100.0));
    assertEquals("0", IncidentFields.decimal(-0.0));
    assertEquals("0.0001", IncidentFields.decimal(0.0001));
    assertEquals("12000000", IncidentFields.decimal(1.2e7));
    assertEquals("-1.25", IncidentFields.decimal(-1.25));
    assertNull(IncidentFields.decimal(null));
  }

  @Test
  void decimalsMatchBigDecimalForCoordinatesAndConfidences() {
    Random r = new Random(42);
    for (int k = 0; k < 200_000; k++) {
      double d = switch (k % 4) {
        case 0 -> (r.nextDouble() * 360 - 180);
        case 1 -> Math.round(r.nextDouble() * 1e6) / 1e4 - 50;
        case 2 -> Math.round(r.nextDouble() * 100) / 100.0;
        default -> r.nextDouble() * Math.pow(10, r.nextInt(16) - 8);
      };
      assertEquals(reference(d), IncidentFields.decimal(d), "for " + d);
    }
  }
}
