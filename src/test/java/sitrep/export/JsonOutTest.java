package sitrep.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** JsonOut writes the bytes of Jackson's generator with the default pretty printer, encoded as the JDK encodes. */
class JsonOutTest {
  private static final String[] TEXTS = {"", "plain", "quote \" and \\ backslash", "tab\t nl\n cr\r bs\b ff\f",
      "\u0000\u0001\u001f\u007f", "caf\u00e9 \u0634\u0645\u0627\u0644 \u2028 \u20ac", "rocket \ud83d\ude80",
      "lone high \ud83d end", "lone low \ude80 here", "\ud83d", "</script>"};

  /** The same random document through Jackson and through JsonOut, with arrays inline and indented. */
  @Test
  void writesWhatJacksonWrites() throws Exception {
    for (boolean indentArrays : new boolean[] {false, true}) {
      for (long seed = 0; seed < 40; seed++) {
        StringWriter text = new StringWriter();
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter().withObjectIndenter(indenter);
        if (indentArrays) {
          printer = printer.withArrayIndenter(indenter);
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        JsonOut out = new JsonOut(bytes, indentArrays);
        try (JsonGenerator g = new JsonFactory().createGenerator(text)) {
          g.setPrettyPrinter(printer);
          write(new Random(seed), g, out, 0);
        }
        out.flush();
        assertArrayEquals(text.toString().getBytes(StandardCharsets.UTF_8), bytes.toByteArray(),
            "seed " + seed + ", arrays indented " + indentArrays);
      }
    }
  }

  /** An object of random fields: strings, nulls, numbers, and nested objects and arrays (some empty). */
  private static void write(Random r, JsonGenerator g, JsonOut out, int depth) throws Exception {
    g.writeStartObject();
    out.startObject();
    int fields = r.nextInt(depth == 0 ? 6 : 4);
    for (int f = 0; f < fields; f++) {
      String name = TEXTS[r.nextInt(TEXTS.length)] + f;
      g.writeFieldName(name);
      out.field(name);
      int kind = r.nextInt(depth < 3 ? 7 : 5);
      switch (kind) {
        case 0 -> {
          String s = TEXTS[r.nextInt(TEXTS.length)];
          g.writeString(s);
          out.string(s);
        }
        case 1 -> {
          g.writeNull();
          out.nullValue();
        }
        case 2 -> {
          int v = r.nextInt() >> r.nextInt(32);
          g.writeNumber(v);
          out.number(v);
        }
        case 3 -> {
          double v = r.nextInt(4) == 0 ? r.nextInt(100) : (r.nextDouble() - 0.5) * Math.pow(10, r.nextInt(20) - 10);
          g.writeNumber(v);
          out.number(v);
        }
        case 4 -> {
          String v = Integer.toString(r.nextInt(1000)) + "." + r.nextInt(100);
          g.writeNumber(v);
          out.rawNumber(v);
        }
        case 5 -> write(r, g, out, depth + 1);
        default -> {
          g.writeStartArray();
          out.startArray();
          int n = r.nextInt(4);
          for (int k = 0; k < n; k++) {
            if (r.nextBoolean()) {
              String s = TEXTS[r.nextInt(TEXTS.length)];
              g.writeString(s);
              out.string(s);
            } else {
              write(r, g, out, depth + 1);
            }
          }
          g.writeEndArray();
          out.endArray();
        }
      }
    }
    g.writeEndObject();
    out.endObject();
  }
}
