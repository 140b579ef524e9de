package sitrep.ingest;

import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

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
    doc.select(DROP_TAGS).remove();
    for (Element e : doc.getAllElements()) {
      if (e == doc || e.tagName().equals("body") || e.tagName().equals("html")) {
        continue;
      }
      String key = e.id() + " " + e.className() + " " + e.attr("role");
      if (BOILERPLATE.matcher(key).find() && !e.tagName().equals("article") && !e.tagName().equals("main")) {
        e.remove();
      }
    }
    Element root = doc.selectFirst("article");
    if (root == null) {
      root = doc.selectFirst("main, [role=main]");
    }
    if (root == null) {
      root = doc.body();
    }
    if (root == null) {
      return new Extracted("", title);
    }
    StringBuilder sb = new StringBuilder();
    NodeTraversor.traverse(new NodeVisitor() {
      @Override
      public void head(Node node, int depth) {
        if (node instanceof TextNode t) {
          sb.append(t.text());
        } else if (node instanceof Element e && BLOCK.matcher(e.tagName()).matches()) {
          breakLine(sb, e.tagName());
        }
      }

      @Override
      public void tail(Node node, int depth) {
        if (node instanceof Element e && BLOCK.matcher(e.tagName()).matches()) {
          breakLine(sb, e.tagName());
        }
      }
    }, root);
    String text = sb.toString()
        .replace('\u00A0', ' ')
        .replaceAll("[ \t]+", " ")
        .replaceAll(" *\n *", "\n")
        .replaceAll("\n{3,}", "\n\n")
        .strip();
    return new Extracted(text, title);
  }

  private static void breakLine(StringBuilder sb, String tag) {
    boolean paragraph = !tag.equals("br") && !tag.equals("li") && !tag.equals("tr");
    String want = paragraph ? "\n\n" : "\n";
    if (sb.length() == 0 || sb.toString().endsWith(want)) {
      return;
    }
    sb.append(want);
  }

  /**
   * The result of reading a page.
   *
   * @param text article text, never null (empty for a page without body)
   * @param title the page title, null when none
   */
  public record Extracted(String text, String title) {}
}
