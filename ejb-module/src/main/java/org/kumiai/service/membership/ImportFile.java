package org.kumiai.service.membership;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A members file as staff upload it at admission season: decoded from UTF-8 or from Shift_JIS (what
 * Excel saves by default in Japan), its header matched to the form's fields in Japanese or English,
 * and each row kept as typed with its line number.
 */
final class ImportFile {

  static final int MAX_ROWS = 5_000;
  static final String SHIFT_JIS = "Shift_JIS";
  private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
  // Excel's "Shift_JIS" is Microsoft's code page 932, which also has the NEC and IBM extensions
  // (①, ㈱, 髙) that appear in real names and addresses.
  private static final Charset WINDOWS_31J = Charset.forName("windows-31j");

  /** A column of the file: the form field it fills and the headings it may have. */
  enum Column {
    FAMILY_NAME("familyName", true, "姓", "氏名姓", "family_name", "familyname"),
    GIVEN_NAME("givenName", true, "名", "氏名名", "given_name", "givenname"),
    FAMILY_KANA("familyKana", true, "セイ", "姓カナ", "フリガナ姓", "family_kana", "familykana"),
    GIVEN_KANA("givenKana", true, "メイ", "名カナ", "フリガナ名", "given_kana", "givenkana"),
    DATE_OF_BIRTH("dateOfBirth", true, "生年月日", "date_of_birth", "dateofbirth"),
    EMAIL("email", true, "メールアドレス", "メール", "email"),
    PHONE("phone", true, "電話番号", "phone"),
    POSTAL_CODE("postalCode", true, "郵便番号", "postal_code", "postalcode"),
    PREFECTURE("prefecture", true, "都道府県", "prefecture"),
    CITY("city", true, "市区町村", "city"),
    ADDRESS_LINE1("addressLine1", true, "番地", "住所1", "address_line1", "addressline1"),
    ADDRESS_LINE2("addressLine2", false, "建物名", "住所2", "address_line2", "addressline2"),
    AFFILIATION("affiliation", true, "所属", "身分", "affiliation"),
    DEPARTMENT("department", true, "学部学科", "学部", "所属名", "department"),
    STUDENT_NUMBER("studentNumber", false, "学籍番号", "student_number", "studentnumber"),
    SHARE_UNITS("shareUnits", false, "出資口数", "口数", "share_units", "shareunits");

    private final String field;
    private final boolean required;
    private final List<String> headings;

    Column(String field, boolean required, String... headings) {
      this.field = field;
      this.required = required;
      this.headings = Arrays.asList(headings);
    }

    /** The form field this column fills, as named in every message. */
    String field() {
      return field;
    }

    boolean required() {
      return required;
    }

    static Optional<Column> forHeading(String heading) {
      String key = normalised(heading);
      return Arrays.stream(values()).filter(c -> c.headings.contains(key)).findFirst();
    }
  }

  /** One data row: its line in the file (the header is line 1) and its cells by field. */
  record Row(int line, Map<String, String> values) {
    String get(String field) {
      return values.get(field);
    }
  }

  private final String charset;
  private final List<Row> rows;

  private ImportFile(String charset, List<Row> rows) {
    this.charset = charset;
    this.rows = rows;
  }

  /** Decodes and splits the file; {@link ImportFileException} says what makes it unreadable. */
  static ImportFile read(byte[] content) {
    if (content == null || content.length == 0) {
      throw new ImportFileException("EMPTY", null);
    }
    String charset;
    String text;
    if (startsWith(content, UTF8_BOM)) {
      charset = "UTF-8";
      text = strict(StandardCharsets.UTF_8, content, UTF8_BOM.length).orElse(null);
    } else {
      Optional<String> utf8 = strict(StandardCharsets.UTF_8, content, 0);
      charset = utf8.isPresent() ? "UTF-8" : SHIFT_JIS;
      text = utf8.or(() -> strict(WINDOWS_31J, content, 0)).orElse(null);
    }
    if (text == null) {
      throw new ImportFileException("ENCODING", null);
    }
    return parse(charset, text);
  }

  private static ImportFile parse(String charset, String text) {
    CSVFormat format = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(true).get();
    try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
      List<CSVRecord> records = parser.getRecords();
      if (records.isEmpty()) {
        throw new ImportFileException("EMPTY", null);
      }
      Map<Integer, Column> columns = header(records.get(0));
      if (records.size() - 1 > MAX_ROWS) {
        throw new ImportFileException("TOO_MANY_ROWS", Integer.toString(MAX_ROWS));
      }
      List<Row> rows = new ArrayList<>();
      for (CSVRecord record : records.subList(1, records.size())) {
        Map<String, String> values = new LinkedHashMap<>();
        columns.forEach(
            (index, column) ->
                values.put(column.field(), index < record.size() ? record.get(index) : null));
        rows.add(new Row((int) record.getRecordNumber(), values));
      }
      if (rows.isEmpty()) {
        throw new ImportFileException("NO_ROWS", null);
      }
      return new ImportFile(charset, rows);
    } catch (IOException | UncheckedIOException | IllegalStateException e) {
      // The text is in memory, so these are Commons CSV's words for an unclosed quote or a stray
      // character after one.
      throw new ImportFileException("MALFORMED", null);
    }
  }

  private static Map<Integer, Column> header(CSVRecord header) {
    Map<Integer, Column> columns = new LinkedHashMap<>();
    for (int i = 0; i < header.size(); i++) {
      int index = i;
      Column.forHeading(header.get(i))
          .ifPresent(
              column -> {
                if (columns.containsValue(column)) {
                  throw new ImportFileException("DUPLICATE_COLUMN", header.get(index));
                }
                columns.put(index, column);
              });
    }
    List<String> missing =
        Arrays.stream(Column.values())
            .filter(c -> c.required() && !columns.containsValue(c))
            .map(Column::field)
            .toList();
    if (!missing.isEmpty()) {
      throw new ImportFileException("MISSING_COLUMNS", String.join(",", missing));
    }
    return columns;
  }

  /** Headings compared without width, case, spaces, brackets or separators: 氏名（姓） is 氏名姓. */
  static String normalised(String heading) {
    String nfkc = Normalizer.normalize(heading == null ? "" : heading, Normalizer.Form.NFKC);
    return nfkc.replace("\uFEFF", "").replaceAll("[\\s()・/\\-]", "").toLowerCase(Locale.ROOT);
  }

  private static Optional<String> strict(Charset charset, byte[] content, int offset) {
    try {
      return Optional.of(
          charset
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(content, offset, content.length - offset))
              .toString());
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
  }

  private static boolean startsWith(byte[] content, byte[] prefix) {
    return content.length >= prefix.length
        && Arrays.equals(content, 0, prefix.length, prefix, 0, prefix.length);
  }

  String charset() {
    return charset;
  }

  List<Row> rows() {
    return rows;
  }
}
