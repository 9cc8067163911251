package org.kumiai.web.identity;

import com.google.zxing.common.BitMatrix;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Draws a ZXing bit matrix (a QR code, a barcode) as an SVG data URI: one path, each run of dark
 * modules in a row one rectangle. Vector output stays sharp at any zoom and on any printer, and a
 * data URI needs no image endpoint to protect like the page that shows it.
 */
final class MatrixSvg {

  private MatrixSvg() {}

  /**
   * {@code rowHeight} stretches each row: 1 for a QR code's square modules; a linear barcode has a
   * single row, drawn as tall bars.
   */
  static String dataUri(BitMatrix matrix, int rowHeight) {
    StringBuilder path = new StringBuilder();
    for (int y = 0; y < matrix.getHeight(); y++) {
      int x = 0;
      while (x < matrix.getWidth()) {
        if (!matrix.get(x, y)) {
          x++;
          continue;
        }
        int start = x;
        while (x < matrix.getWidth() && matrix.get(x, y)) {
          x++;
        }
        int run = x - start;
        path.append('M')
            .append(start)
            .append(' ')
            .append(y * rowHeight)
            .append('h')
            .append(run)
            .append('v')
            .append(rowHeight)
            .append("h-")
            .append(run)
            .append('z');
      }
    }
    String svg =
        "<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 "
            + matrix.getWidth()
            + " "
            + matrix.getHeight() * rowHeight
            + "' preserveAspectRatio='none' shape-rendering='crispEdges'>"
            + "<rect width='100%' height='100%' fill='#fff'/><path fill='#000' d='"
            + path
            + "'/></svg>";
    return "data:image/svg+xml;base64,"
        + Base64.getEncoder().encodeToString(svg.getBytes(StandardCharsets.UTF_8));
  }
}
