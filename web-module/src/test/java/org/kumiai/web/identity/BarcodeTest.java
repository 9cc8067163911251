package org.kumiai.web.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.Result;
import com.google.zxing.common.HybridBinarizer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The card's Code 128 barcode, drawn as SVG, read back by ZXing's decoder as a scanner would. */
class BarcodeTest {

  private static final Pattern VIEW_BOX = Pattern.compile("viewBox='0 0 (\\d+) (\\d+)'");
  private static final Pattern BAR = Pattern.compile("M(\\d+) 0h(\\d+)v(\\d+)h-\\2z");
  private static final int SCALE = 3;

  @Test
  void aMembershipNumberSurvivesTheRoundTrip() throws Exception {
    String svg = svg(Barcode.code128DataUri("202600000099"));

    Result read =
        new MultiFormatReader()
            .decode(
                bitmap(svg),
                Map.of(
                    DecodeHintType.POSSIBLE_FORMATS,
                    List.of(BarcodeFormat.CODE_128),
                    DecodeHintType.PURE_BARCODE,
                    Boolean.TRUE));

    assertEquals(BarcodeFormat.CODE_128, read.getBarcodeFormat());
    assertEquals("202600000099", read.getText());
  }

  @Test
  void theBarsAreTallAndTheCodeHasItsQuietZone() {
    String svg = svg(Barcode.code128DataUri("202600000099"));
    Matcher box = VIEW_BOX.matcher(svg);
    assertTrue(box.find());
    int width = Integer.parseInt(box.group(1));
    assertTrue(Integer.parseInt(box.group(2)) >= 24, "bars, not a line: " + box.group(2));
    Matcher first = BAR.matcher(svg);
    assertTrue(first.find());
    assertTrue(Integer.parseInt(first.group(1)) >= 10, "quiet zone on the left");
    // Code 128 packs digits in pairs: 11 + 6 * 11 + 11 + 13 modules, and ten blank each side.
    assertEquals(121, width, "start, 6 digit pairs, check, stop and two quiet zones");
  }

  private static String svg(String dataUri) {
    assertTrue(dataUri.startsWith("data:image/svg+xml;base64,"));
    return new String(
        Base64.getDecoder().decode(dataUri.substring(dataUri.indexOf(',') + 1)),
        StandardCharsets.UTF_8);
  }

  /** Paints the bars black on white, each module SCALE pixels wide, rows as the SVG draws them. */
  private static BinaryBitmap bitmap(String svg) {
    Matcher box = VIEW_BOX.matcher(svg);
    assertTrue(box.find(), "a viewBox");
    int width = Integer.parseInt(box.group(1)) * SCALE;
    int height = Integer.parseInt(box.group(2));
    int[] pixels = new int[width * height];
    Arrays.fill(pixels, 0xFFFFFFFF);
    Matcher bar = BAR.matcher(svg);
    int bars = 0;
    while (bar.find()) {
      int x = Integer.parseInt(bar.group(1)) * SCALE;
      int length = Integer.parseInt(bar.group(2)) * SCALE;
      int tall = Integer.parseInt(bar.group(3));
      for (int y = 0; y < tall; y++) {
        for (int dx = 0; dx < length; dx++) {
          pixels[y * width + x + dx] = 0xFF000000;
        }
      }
      bars++;
    }
    assertTrue(bars > 20, "bars drawn: " + bars);
    return new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(width, height, pixels)));
  }
}
