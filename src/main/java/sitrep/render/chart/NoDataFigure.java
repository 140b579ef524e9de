package sitrep.render.chart;

import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import sitrep.render.Figure;
import sitrep.render.Fonts;
import sitrep.render.Palette;

/** A clean placeholder when there is nothing to chart: title, a centred message and the source line. */
final class NoDataFigure implements Figure {
  private final ChartOptions options;
  private final TimelineRenderer.ChartStyle style;
  private final String message;
  private final String source;

  NoDataFigure(ChartOptions options, TimelineRenderer.ChartStyle style, String message, String source) {
    this.options = options;
    this.style = style;
    this.message = message;
    this.source = source;
  }

  @Override
  public int width() {
    return options.width();
  }

  @Override
  public int height() {
    return options.height();
  }

  String message() {
    return message;
  }

  @Override
  public void paint(Graphics2D g) {
    float left = style.px(36);
    float y = style.px(28);
    if (!options.title().isBlank()) {
      Font title = Fonts.forText(options.title(), true, style.title().getSize2D());
      g.setFont(title);
      g.setColor(Palette.TEXT);
      y += g.getFontMetrics().getAscent();
      g.drawString(options.title(), left, y);
    }
    g.setFont(style.message());
    g.setColor(Palette.TEXT_MUTED);
    FontMetrics m = g.getFontMetrics();
    g.drawString(message, (width() - m.stringWidth(message)) / 2f, height() / 2f + m.getAscent() / 2f);
    g.setFont(style.source());
    m = g.getFontMetrics();
    g.drawString(source, left, height() - style.px(18) - m.getDescent());
  }
}
