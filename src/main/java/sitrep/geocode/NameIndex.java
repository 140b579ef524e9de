package sitrep.geocode;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A token trie over normalised names. Edges are token {@linkplain NameNormalizer#skeleton skeletons}; each node
 * that ends a name holds one {@link Terminal} per exact key, listing the entry numbers with that key. A text is
 * scanned once, left to right, taking the longest accepted name at each position.
 */
final class NameIndex {

  /**
   * Decides whether entry {@code id}, the {@code slot}-th of the terminal ({@code terminal.ids[slot] == id}), may be
   * read for tokens [from, to] of the stream.
   */
  interface Filter {
    boolean accept(int id, int slot, Terminal terminal, TokenStream ts, int from, int to, boolean fuzzy);
  }

  /** Entries sharing one exact key at one trie node. */
  static final class Terminal {
    final String exactKey;
    /** True when the name was written as an acronym (BIAP, IRGC): the text must be upper case too. */
    final boolean acronym;
    int[] ids = new int[1];
    int count;
    /**
     * Facts about each entry read through this key, by slot, filled by the owner of the index on first use: 0 not
     * yet known. Written without synchronisation: a reader that sees 0 (or no array) works the fact out again.
     */
    byte[] facts;
    /** Like {@link #facts}, one fact about the key itself: 0 not yet known. */
    byte keyFact;

    Terminal(String exactKey, boolean acronym) {
      this.exactKey = exactKey;
      this.acronym = acronym;
    }

    void add(int id) {
      if (count > 0 && ids[count - 1] == id) {
        return;
      }
      for (int i = 0; i < count; i++) {
        if (ids[i] == id) {
          return;
        }
      }
      if (count == ids.length) {
        ids = Arrays.copyOf(ids, count * 2);
      }
      ids[count++] = id;
    }
  }

  /** A trie node: children in small parallel arrays, in a hash map once there are many (the root). */
  private static final class Node {
    private static final int SMALL = 8;
    String[] keys;
    /** Hash codes of {@link #keys}, compared first so that a miss does not read the key strings. */
    int[] hashes;
    Node[] nodes;
    int size;
    Map<String, Node> map;
    Terminal[] terminals;
    /**
     * Hash codes and lengths of the terminals' exact keys: a node of a short skeleton has dozens of terminals, and a
     * word is compared with all of them without reading their strings.
     */
    int[] termHashes;
    int[] termLengths;
    char[] termLasts;

    Node child(String k) {
      if (map != null) {
        return map.get(k);
      }
      if (size == 0) {
        return null;
      }
      int h = k.hashCode();
      for (int i = 0; i < size; i++) {
        if (hashes[i] == h) {
          String x = keys[i];
          if (x == k || x.equals(k)) {
            return nodes[i];
          }
        }
      }
      return null;
    }

    Node childOrNew(String k) {
      Node c = child(k);
      if (c != null) {
        return c;
      }
      c = new Node();
      if (map != null) {
        map.put(k, c);
        return c;
      }
      if (keys == null) {
        keys = new String[2];
        hashes = new int[2];
        nodes = new Node[2];
      } else if (size == keys.length) {
        if (size == SMALL) {
          map = new HashMap<>(32);
          for (int i = 0; i < size; i++) {
            map.put(keys[i], nodes[i]);
          }
          map.put(k, c);
          keys = null;
          hashes = null;
          nodes = null;
          return c;
        }
        keys = Arrays.copyOf(keys, size * 2);
        hashes = Arrays.copyOf(hashes, size * 2);
        nodes = Arrays.copyOf(nodes, size * 2);
      }
      keys[size] = k;
      hashes[size] = k.hashCode();
      nodes[size] = c;
      size++;
      return c;
    }
  }

  /** One accepted match: tokens [from, to], with the accepted entry numbers. */
  record Hit(int from, int to, int[] ids) {}

  private final Node root = new Node();
  private final List<Terminal> allTerminals = new ArrayList<>();
  private int names;

  NameIndex() {
    root.map = new HashMap<>(1 << 17);
  }

  /** Number of distinct (key, entry) registrations. */
  int names() {
    return names;
  }

  List<Terminal> terminals() {
    return allTerminals;
  }

  /** A normalised name ready to index: token skeletons (the trie path) and the exact key. */
  record Name(String[] skeletons, String exact, boolean acronym) {
    static Name of(List<String> keys, String exact, boolean acronym) {
      String[] sk = new String[keys.size()];
      for (int i = 0; i < sk.length; i++) {
        sk[i] = NameNormalizer.skeleton(keys.get(i));
      }
      return new Name(sk, exact, acronym);
    }
  }

  /** Registers entry {@code id} under the given keys. */
  void add(List<String> keys, boolean acronym, int id) {
    add(Name.of(keys, String.join(" ", keys), acronym), id);
  }

  /** Registers entry {@code id} under a prepared name. */
  void add(Name name, int id) {
    Node n = root;
    for (String k : name.skeletons()) {
      n = n.childOrNew(k);
    }
    String exact = name.exact();
    boolean acronym = name.acronym();
    Terminal t = null;
    if (n.terminals == null) {
      n.terminals = new Terminal[0];
      n.termHashes = new int[0];
      n.termLengths = new int[0];
      n.termLasts = new char[0];
    }
    int h = exact.hashCode();
    for (int k = 0; k < n.terminals.length; k++) {
      Terminal x = n.terminals[k];
      if (n.termHashes[k] == h && x.exactKey.equals(exact) && x.acronym == acronym) {
        t = x;
        break;
      }
    }
    if (t == null) {
      t = new Terminal(exact, acronym);
      int m = n.terminals.length;
      n.terminals = Arrays.copyOf(n.terminals, m + 1);
      n.terminals[m] = t;
      n.termHashes = Arrays.copyOf(n.termHashes, m + 1);
      n.termHashes[m] = h;
      n.termLengths = Arrays.copyOf(n.termLengths, m + 1);
      n.termLengths[m] = exact.length();
      n.termLasts = Arrays.copyOf(n.termLasts, m + 1);
      n.termLasts[m] = exact.charAt(exact.length() - 1);
      allTerminals.add(t);
    }
    int before = t.count;
    t.add(id);
    if (t.count > before) {
      names++;
    }
  }

  /** Decides cheaply whether any name may start at token i (most lower-case words cannot start a place name). */
  interface StartFilter {
    boolean mayStart(TokenStream ts, int i);
  }

  /** Longest-match scan of a whole stream. */
  List<Hit> scan(TokenStream ts, Filter filter) {
    return scan(ts, (t, i) -> true, filter);
  }

  /** The root's child of each word, per thread (the root has ~100,000 children: a lookup misses the caches). */
  private final ThreadLocal<TokenStream.WordMemo<Node>> rootChildren = ThreadLocal.withInitial(TokenStream.WordMemo::new);

  private static final Node NONE = new Node();

  /** Longest-match scan of a whole stream, trying only the tokens {@code start} lets through. */
  List<Hit> scan(TokenStream ts, StartFilter start, Filter filter) {
    List<Hit> hits = new ArrayList<>();
    TokenStream.WordMemo<Node> memo = rootChildren.get();
    int n = ts.size;
    int i = 0;
    while (i < n) {
      if (!start.mayStart(ts, i)) {
        i++;
        continue;
      }
      Node node;
      if (memo.has(ts, i)) {
        node = memo.value(ts, i);
      } else {
        node = root.child(ts.skel[i]);
        memo.put(ts, i, node == null ? NONE : node);
      }
      if (node == NONE) {
        node = null;
      }
      if (node == null) {
        i++;
        continue;
      }
      int bestTo = -1;
      int[] bestIds = null;
      int j = i;
      while (true) {
        if (node.terminals != null) {
          int[] ids = select(node, ts, i, j, filter);
          if (ids != null) {
            bestTo = j;
            bestIds = ids;
          }
        }
        j++;
        if (j >= n || !ts.joined[j]) {
          break;
        }
        node = node.child(ts.skel[j]);
        if (node == null) {
          break;
        }
      }
      if (bestIds != null) {
        hits.add(new Hit(i, bestTo, bestIds));
        i = bestTo + 1;
      } else {
        i++;
      }
    }
    return hits;
  }

  /**
   * Terminals reached by all tokens of the stream taken as one name (for lookups), ignoring joins; null when the
   * trie has no such path.
   */
  Terminal[] exactPath(TokenStream ts) {
    Node node = root;
    for (int i = 0; i < ts.size && node != null; i++) {
      node = node.child(ts.skel[i]);
    }
    return node == null ? null : node.terminals;
  }

  /**
   * The entries of the exact-key terminals that the filter accepts; failing that, of the closest fuzzy terminals
   * (same skeleton, small edit distance). Null when none is accepted.
   */
  private static int[] select(Node node, TokenStream ts, int from, int to, Filter filter) {
    String exact = ts.spanKey(from, to);
    int h = exact.hashCode();
    int[] out = collect(node, exact, h, ts, from, to, filter, false);
    if (out != null) {
      return out;
    }
    int allowed = allowedEdits(exact.length());
    if (allowed == 0) {
      return null;
    }
    Terminal[] terminals = node.terminals;
    int[] hashes = node.termHashes;
    for (int k = 0; k < terminals.length; k++) {
      if (hashes[k] == h && terminals[k].exactKey.equals(exact)) {
        return null; // the spelling is known and its readings were ruled out: no fuzzy second guess
      }
    }
    int[] lengths = node.termLengths;
    char[] lasts = node.termLasts;
    char last = exact.charAt(exact.length() - 1);
    int bestD = Integer.MAX_VALUE;
    String bestKey = null;
    for (int k = 0; k < terminals.length; k++) {
      if (Math.abs(lengths[k] - exact.length()) > allowed || lasts[k] != last) {
        continue; // a fuzzy candidate ends in the same letter (fuzzyCandidate)
      }
      Terminal t = terminals[k];
      if (!fuzzyCandidate(exact, t.exactKey)) {
        continue;
      }
      int d = editDistance(exact, t.exactKey, allowed);
      if (d <= allowed && d < bestD) {
        bestD = d;
        bestKey = t.exactKey;
      }
    }
    return bestKey == null ? null : collect(node, bestKey, bestKey.hashCode(), ts, from, to, filter, true);
  }

  private static int[] collect(
      Node node, String exact, int hash, TokenStream ts, int from, int to, Filter filter, boolean fuzzy) {
    Terminal[] terminals = node.terminals;
    int[] hashes = node.termHashes;
    int[] out = null;
    int count = 0;
    for (int x = 0; x < terminals.length; x++) {
      if (hashes[x] != hash) {
        continue;
      }
      Terminal t = terminals[x];
      if (!t.exactKey.equals(exact)) {
        continue;
      }
      if (t.acronym && !allUpper(ts, from, to)) {
        continue;
      }
      for (int k = 0; k < t.count; k++) {
        int id = t.ids[k];
        if (filter.accept(id, k, t, ts, from, to, fuzzy)) {
          if (out == null) {
            out = new int[Math.max(4, t.count)];
          }
          if (contains(out, count, id)) {
            continue;
          }
          if (count == out.length) {
            out = Arrays.copyOf(out, count * 2);
          }
          out[count++] = id;
        }
      }
    }
    if (out == null) {
      return null;
    }
    int[] r = Arrays.copyOf(out, count);
    Arrays.sort(r);
    return r;
  }

  private static boolean contains(int[] a, int n, int v) {
    for (int i = 0; i < n; i++) {
      if (a[i] == v) {
        return true;
      }
    }
    return false;
  }

  private static boolean allUpper(TokenStream ts, int from, int to) {
    for (int i = from; i <= to; i++) {
      char c = ts.text.charAt(ts.coreStart[i]);
      // a capital letter after the first word: "ISIS-K", "IS-K" ("upper" needs two letters)
      boolean letter = i > from && ts.end[i] - ts.coreStart[i] == 1 && Character.isUpperCase(c)
          && "-\u2010\u2011".indexOf(ts.text.charAt(ts.coreStart[i] - 1)) >= 0;
      if (!ts.upper[i] && !Character.isDigit(c) && !letter) {
        return false;
      }
    }
    return true;
  }

  /** Edits a fuzzy match of a key of this length may need. */
  static int allowedEdits(int keyLength) {
    if (keyLength >= 13) {
      return 3;
    }
    if (keyLength >= 9) {
      return 2;
    }
    if (keyLength >= 6) {
      return 1;
    }
    return 0;
  }

  /**
   * Whether two keys (same number of tokens) may be fuzzy spellings of one name. Every token that differs must be
   * at least five letters long in both, end in the same letter and not be a prefix of the other, so {@code iraqi}
   * is not {@code iraq}, {@code august} is not {@code augusta} and {@code the} is not {@code th}.
   */
  static boolean fuzzyCandidate(String text, String name) {
    if (text.indexOf(' ') < 0 && name.indexOf(' ') < 0) {
      return fuzzyToken(text, name);
    }
    String[] a = text.split(" ");
    String[] b = name.split(" ");
    if (a.length != b.length) {
      return false;
    }
    for (int i = 0; i < a.length; i++) {
      if (!a[i].equals(b[i]) && !fuzzyToken(a[i], b[i])) {
        return false;
      }
    }
    return true;
  }

  private static boolean fuzzyToken(String a, String b) {
    if (a.length() < 5 || b.length() < 5 || a.charAt(a.length() - 1) != b.charAt(b.length() - 1)) {
      return false;
    }
    return !a.startsWith(b) && !b.startsWith(a);
  }

  /** Levenshtein distance, or a value above {@code max} as soon as it must exceed it. */
  static int editDistance(String a, String b, int max) {
    int la = a.length();
    int lb = b.length();
    if (Math.abs(la - lb) > max) {
      return max + 1;
    }
    int[] prev = new int[lb + 1];
    int[] cur = new int[lb + 1];
    for (int j = 0; j <= lb; j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= la; i++) {
      cur[0] = i;
      int rowMin = cur[0];
      char ca = a.charAt(i - 1);
      for (int j = 1; j <= lb; j++) {
        int cost = ca == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
        rowMin = Math.min(rowMin, cur[j]);
      }
      if (rowMin > max) {
        return max + 1;
      }
      int[] tmp = prev;
      prev = cur;
      cur = tmp;
    }
    return prev[lb];
  }
}
