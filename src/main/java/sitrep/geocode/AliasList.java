package sitrep.geocode;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;

/**
 * The aliases of a gazetteer row, kept as the {@code |}-separated field and split on first use: loading the gazetteer
 * then does not create ~200,000 strings that most runs never read (the name index comes precomputed). Immutable;
 * safe to share between threads.
 */
final class AliasList extends AbstractList<String> implements RandomAccess {

  private final String field;
  /** The split aliases, once computed; an immutable list, published through the volatile field. */
  private volatile List<String> parts;

  AliasList(String field) {
    this.field = field;
  }

  private List<String> parts() {
    List<String> p = parts;
    if (p == null) {
      p = List.copyOf(GazetteerReader.splitAliases(field));
      parts = p;
    }
    return p;
  }

  @Override
  public String get(int index) {
    return parts().get(index);
  }

  @Override
  public int size() {
    return parts().size();
  }
}
