package org.kumiai.service.platform;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A CSV file for download, whole in memory: UTF-8 starting with the byte order mark, because Excel
 * in Japan reads a CSV without it as Shift_JIS. Text that a spreadsheet would run as a formula
 * (OWASP's CSV injection: a name typed as {@code =HYPERLINK(…)} at the public join form, opened by
 * staff in Excel) is written after an apostrophe, which makes it text; numbers are left as they
 * are.
 */
public final class CsvFile {

  private static final Pattern FORMULA = Pattern.compile("^[=+\\-@\t\r]");
  private static final Pattern NUMBER = Pattern.compile("^[+-]?\\d+(\\.\\d+)?$");

  /** Prints the file's records under its header. */
  @FunctionalInterface
  public interface Records {
    void print(Rows rows) throws IOException;
  }

  /** Where the records go, one call a record. */
  public static final class Rows {

    private final CSVPrinter csv;

    private Rows(CSVPrinter csv) {
      this.csv = csv;
    }

    public void printRecord(Object... values) throws IOException {
      csv.printRecord(Arrays.stream(values).map(CsvFile::cell).toArray());
    }
  }

  private CsvFile() {}

  public static byte[] of(String[] header, Records records) {
    StringWriter out = new StringWriter().append('\uFEFF');
    try (CSVPrinter csv =
        new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(header).get())) {
      records.print(new Rows(csv));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** The value as a spreadsheet shows it, never as a formula it runs. */
  static Object cell(Object value) {
    if (value instanceof CharSequence text
        && FORMULA.matcher(text).find()
        && !NUMBER.matcher(text).matches()) {
      return "'" + text;
    }
    return value;
  }
}
