package sitrep.ingest;

import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeVisitor;
import org.jsoup.select.QueryParser;

/**
 * Turns an HTML page into article text: drops scripts, styles, navigation, headers and footers, forms, share bars,
 * cookie banners, comment sections, related-link lists and photo captions, then keeps the article (or main) element
 * when there is one. Block elements become line breaks, paragraphs blank lines.
 */
public final class HtmlText {
  private static final String DROP_TAGS =
      "script, style, noscript, template, iframe, object, embed, svg, canvas, nav, header, footer, aside, form, "
          + "button, select, input, textarea, figcaption, figure, picture, video, audio, menu, dialog";
  private static final Pattern BOILERPLATE = Pattern.compile(
      "(?i)(^|[-_ ])(comment|comments|share|sharing|social|related|recommended|cookie|consent|banner|advert|ads?|"
          + "promo|newsletter|subscribe|sidebar|breadcrumbs?|menu|navbar|nav|footer|header|masthead|signature|"
          + "caption|credit|popup|modal|tags|toolbar|login|paywall|outbrain|taboola)($|[-_ ])");
  private static final Pattern BLOCK = Pattern.compile(
      "(?i)p|div|section|article|main|li|ul|ol|h[1-6]|blockquote|pre|table|tr|br|hr|dd|dt|dl|address|time");
  /** The names {@link #BLOCK} matches, in lower case. */
  private static final Set<String> BLOCK_NAMES = Set.of("p", "div", "section", "article", "main", "li", "ul", "ol",
      "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "table", "tr", "br", "hr", "dd", "dt", "dl", "address",
      "time");
  // the selectors, parsed once (Element.select(String) parses its query on every call)
  private static final Evaluator DROP = QueryParser.parse(DROP_TAGS);
  private static final Evaluator ARTICLE = QueryParser.parse("article");
  private static final Evaluator MAIN = QueryParser.parse("main, [role=main]");
  private static final Pattern SPACES = Pattern.compile("[ \t]+");
  private static final Pattern LINE_SPACES = Pattern.compile(" *\n *");
  private static final Pattern BLANK_LINES = Pattern.compile("\n{3,}");

  private HtmlText() {}

  /**
   * The article text of a page.
   *
   * @param html the page, never null
   * @return the text and the page title (null when none)
   */
  public static Extracted extract(String html) {
    Document doc = Jsoup.parse(html);
    String title = doc.title().isBlank() ? null : doc.title().trim();
    doc.select(DROP).remove();
    for (Element e : doc.getAllElements()) {
      if (e == doc || e.tagName().equals("body") || e.tagName().equals("html")) {
        continue;
      }
      String id = e.id();
      String className = e.className();
      String role = e.attr("role");
      if (id.isEmpty() && className.isEmpty() && role.isEmpty()) {
        continue; // the key would be two spaces: no boilerplate word
      }
      String key = id + " " + className + " " + role;
      if (BOILERPLATE.matcher(key).find() && !e.tagName().equals("article") && !e.tagName().equals("main")) {
        e.remove();
      }
    }
    Element root = doc.selectFirst(ARTICLE);
    if (root == null) {
      root = doc.selectFirst(MAIN);
    }
    if (root == null) {
      root = doc.body();
    }
    if (root == null) {
      return new Extracted("", title);
    }
    for (Element table : root.getElementsByTag("table")) {
      if (!dataTable(table)) {
        // a table that lays out the page: its cells are blocks of text, not columns
        for (Element cell : table.getElementsByTag("td")) {
          cell.tagName("div");
        }
        for (Element cell : table.getElementsByTag("th")) {
          cell.tagName("div");
        }
      }
    }
    StringBuilder sb = new StringBuilder();
    NodeTraversor.traverse(new NodeVisitor() {
      // a table row is written as a Markdown row ("| 14 June | Djibo | Mortar shells | 2 civilians |"), and a row of
      // header cells is followed by a rule line, so the cells stay apart and the columns can be read by their header
      int cells;
      int headerCells;
      int tables;

      @Override
      public void head(Node node, int depth) {
        if (node instanceof Element e && e.tagName().equalsIgnoreCase("table")) {
          tables++;
        }
        if (node instanceof TextNode t) {
          if (tables > 0 && cells == 0 && t.isBlank()) {
            return; // the white space between rows: the rows stay one block
          }
          sb.append(cells > 0 ? t.text().replace('|', '/') : t.text());
        } else if (node instanceof Element e && isCell(e.tagName())) {
          int n = sb.length();
          sb.append(cells == 0 ? (n == 0 || sb.charAt(n - 1) == '\n' ? "| " : "\n| ") : " | ");
          cells++;
          headerCells += e.tagName().equalsIgnoreCase("th") ? 1 : 0;
        } else if (node instanceof Element e && isBlock(e.tagName()) && cells == 0
            && !(tables > 0 && e.tagName().equalsIgnoreCase("tr"))) {
          breakLine(sb, e.tagName());
        }
      }

      @Override
      public void tail(Node node, int depth) {
        if (node instanceof Element e && e.tagName().equalsIgnoreCase("table")) {
          tables--;
        }
        if (node instanceof Element e && e.tagName().equalsIgnoreCase("tr") && cells > 0) {
          sb.append(" |\n");
          if (headerCells == cells) {
            sb.append("|").append(" --- |".repeat(cells)).append('\n');
          }
          cells = 0;
          headerCells = 0;
        } else if (node instanceof Element e && isBlock(e.tagName()) && cells == 0
            && !(tables > 0 && e.tagName().equalsIgnoreCase("tr"))) {
          breakLine(sb, e.tagName());
        }
      }
    }, root);
    String text = sb.toString().replace('\u00A0', ' ');
    text = SPACES.matcher(text).replaceAll(" ");
    text = LINE_SPACES.matcher(text).replaceAll("\n");
    text = BLANK_LINES.matcher(text).replaceAll("\n\n");
    return new Extracted(text.strip(), title);
  }

  /**
   * {@code BLOCK.matcher(tag).matches()}: the regular expression ignores ASCII case only, so a name of ASCII
   * characters is looked up lower-cased, and any other name goes to the regular expression.
   */
  private static boolean isBlock(String tag) {
    int n = tag.length();
    if (n > 10) {
      return false; // blockquote is the longest
    }
    char[] lower = new char[n];
    for (int i = 0; i < n; i++) {
      char c = tag.charAt(i);
      if (c >= 128) {
        return BLOCK.matcher(tag).matches();
      }
      lower[i] = c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
    }
    return BLOCK_NAMES.contains(new String(lower));
  }

  /** A table of data: two rows or more, one with two cells or more, short cells, no table inside. */
  private static boolean dataTable(Element table) {
    if (!table.getElementsByTag("table").stream().allMatch(t -> t == table)) {
      return false;
    }
    var rows = table.getElementsByTag("tr");
    if (rows.size() < 2) {
      return false;
    }
    int widest = 0;
    for (Element row : rows) {
      int n = 0;
      for (Element cell : row.children()) {
        if (isCell(cell.tagName())) {
          n++;
          if (cell.text().length() > 300) {
            return false;
          }
        }
      }
      widest = Math.max(widest, n);
    }
    return widest >= 2;
  }

  private static boolean isCell(String tag) {
    return tag.equalsIgnoreCase("td") || tag.equalsIgnoreCase("th");
  }

  private static void breakLine(StringBuilder sb, String tag) {
    boolean paragraph = !tag.equals("br") && !tag.equals("li") && !tag.equals("tr");
    int n = sb.length();
    if (n == 0) {
      return;
    }
    // sb ends with "\n\n" (or "\n" for a line break): nothing to add
    boolean endsWith = paragraph ? n >= 2 && sb.charAt(n - 1) == '\n' && sb.charAt(n - 2) == '\n'
        : sb.charAt(n - 1) == '\n';
    if (endsWith) {
      return;
    }
    sb.append(paragraph ? "\n\n" : "\n");
  }

  /**
   * The result of reading a page.
   *
   * @param text article text, never null (empty for a page without body)
   * @param title the page title, null when none
   */
  public record Extracted(String text, String title) {}
}
