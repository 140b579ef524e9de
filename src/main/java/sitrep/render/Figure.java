package sitrep.render;

import java.awt.Graphics2D;

/**
 * Something drawable at a given size, in pixels at screen resolution (96 dpi). The writers in {@link FigureWriter}
 * turn a figure into PNG, SVG or PDF; painting the same figure twice draws the same thing.
 */
public interface Figure {
  /** Width in pixels, at least 1. */
  int width();

  /** Height in pixels, at least 1. */
  int height();

  /**
   * Paints the figure into the rectangle (0, 0, width, height) of g.
   *
   * @param g the target, never null; the figure may change its state (paint, stroke, hints)
   */
  void paint(Graphics2D g);
}
