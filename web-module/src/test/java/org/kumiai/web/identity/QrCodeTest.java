package org.kumiai.web.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The enrolment QR code, drawn as SVG, read back by a QR decoder as an app's camera would. */
class QrCodeTest {

  private static final Pattern VIEW_BOX = Pattern.compile("viewBox='0 0 (\\d+) (\\d+)'");

  /** A run of dark modules in one row: M x y h width v 1 h -width z. */
  private static final Pattern RUN = Pattern.compile("M(\\d+) (\\d+)h(\\d+)v1h-\\3z");

  private static final int SCALE = 4;

  @Test
  void anAuthenticatorUriSurvivesTheRoundTrip() throws Exception {
    String uri =
        "otpauth://totp/Kumiai:ichiro.suzuki%40hokuto.example.jp?secret=W5D7DHE4ZG4KT6C7EG6A52DVEWBABWHO"
            + "&issuer=Kumiai&algorithm=SHA1&digits=6&period=30";
    String dataUri = QrCode.svgDataUri(uri);
    assertTrue(dataUri.startsWith("data:image/svg+xml;base64,"));
    String svg =
        new String(
            Base64.getDecoder().decode(dataUri.substring(dataUri.indexOf(',') + 1)),
            StandardCharsets.UTF_8);

    assertEquals(uri, new QRCodeReader().decode(bitmap(svg)).getText());
  }

  /** Paints the SVG's runs of modules black on white, each module SCALE pixels wide. */
  private static BinaryBitmap bitmap(String svg) {
    Matcher box = VIEW_BOX.matcher(svg);
    assertTrue(box.find(), "a viewBox");
    int width = Integer.parseInt(box.group(1)) * SCALE;
    int height = Integer.parseInt(box.group(2)) * SCALE;
    int[] pixels = new int[width * height];
    java.util.Arrays.fill(pixels, 0xFFFFFFFF);
    Matcher run = RUN.matcher(svg);
    int modules = 0;
    while (run.find()) {
      int x = Integer.parseInt(run.group(1)) * SCALE;
      int y = Integer.parseInt(run.group(2)) * SCALE;
      int length = Integer.parseInt(run.group(3)) * SCALE;
      for (int dy = 0; dy < SCALE; dy++) {
        for (int dx = 0; dx < length; dx++) {
          pixels[(y + dy) * width + x + dx] = 0xFF000000;
        }
      }
      modules += length / SCALE;
    }
    assertTrue(modules > 100, "dark modules drawn: " + modules);
    return new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(width, height, pixels)));
  }
}
