package sitrep.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** UTF-8 is recognised exactly when a strict decoder accepts the bytes, and then decoded as it decodes them. */
class TextDecoderTest {

  @Test
  void readsUtf8AsTheStrictDecoderDoes() throws Exception {
    byte[][] cases = {
        "plain ASCII text".getBytes(StandardCharsets.UTF_8),
        "Erbil \u2013 \u201cquoted\u201d \u0623\u0631\u0628\u064a\u0644 \ud83d\ude00".getBytes(StandardCharsets.UTF_8),
        "a literal replacement character \uFFFD stays".getBytes(StandardCharsets.UTF_8),
        {'a', (byte) 0xC3, '(', 'b'}, // malformed
        {'a', (byte) 0xED, (byte) 0xA0, (byte) 0x80, 'b'}, // an encoded surrogate
        {'a', (byte) 0xC0, (byte) 0x80, 'b'}, // overlong
        {'a', (byte) 0xE2, (byte) 0x82}, // cut short
        {(byte) 0xEF, (byte) 0xBF, (byte) 0xBD, (byte) 0xC3}, // U+FFFD, then malformed
    };
    for (byte[] bytes : cases) {
      check(bytes);
    }
    Random random = new Random(3);
    byte[] alphabet = "ab \n\u00e9\u2019\u0628".getBytes(StandardCharsets.UTF_8);
    for (int k = 0; k < 2000; k++) {
      byte[] b = new byte[1 + random.nextInt(40)];
      for (int i = 0; i < b.length; i++) {
        b[i] = random.nextInt(8) == 0 ? (byte) random.nextInt(256) : alphabet[random.nextInt(alphabet.length)];
      }
      check(b);
    }
  }

  private static void check(byte[] bytes) throws Exception {
    TextDecoder.Decoded d = TextDecoder.decode(bytes);
    String strict;
    try {
      strict = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      strict = null;
    }
    if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB) {
      return; // a byte-order mark
    }
    if (strict != null && !d.charset().startsWith("UTF-16")) {
      assertEquals("UTF-8", d.charset());
      assertEquals(strict, d.text());
    } else if (strict == null) {
      assertEquals(false, d.charset().equals("UTF-8"), () -> "not UTF-8: " + java.util.Arrays.toString(bytes));
    }
  }
}
