package org.kumiai.web.identity;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.oned.Code128Writer;
import java.util.Map;

/**
 * A Code 128 barcode as an SVG data URI (see {@link MatrixSvg}): what the membership card shows so
 * that a register's ordinary laser scanner reads the number, as it reads a product code. Code 128
 * packs a run of digits two to a symbol, so twelve digits stay short enough for a phone screen.
 */
public final class Barcode {

  /** Bar height in modules: about a sixth of a 12-digit code's width, as printed barcodes are. */
  private static final int BAR_HEIGHT = 30;

  /**
   * Both quiet zones together: the writer splits its margin between the sides, and Code 128 asks
   * for ten modules on each (the writer's default of ten in all leaves five).
   */
  private static final int MARGIN = 20;

  private Barcode() {}

  public static String code128DataUri(String text) {
    // Height 1: a linear code has one row of modules; MatrixSvg stretches it into bars.
    BitMatrix row =
        new Code128Writer()
            .encode(text, BarcodeFormat.CODE_128, 0, 1, Map.of(EncodeHintType.MARGIN, MARGIN));
    return MatrixSvg.dataUri(row, BAR_HEIGHT);
  }
}
