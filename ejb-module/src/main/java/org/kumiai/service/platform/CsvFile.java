package org.kumiai.service.platform;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A CSV file for download, whole in memory: UTF-8 starting with the byte order mark, because Excel
 * in Japan reads a CSV without it as Shift_JIS.
 */
public final class CsvFile {

  /** Prints the file's records under its header. */
  @FunctionalInterface
  public interface Records {
    void print(CSVPrinter csv) throws IOException;
  }

  private CsvFile() {}

  public static byte[] of(String[] header, Records records) {
    StringWriter out = new StringWriter().append('\uFEFF');
    try (CSVPrinter csv =
        new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(header).get())) {
      records.print(csv);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }
}
