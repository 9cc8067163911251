package org.kumiai.service.mealplan;

import jakarta.ejb.ApplicationException;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.kumiai.domain.mealplan.FoodGroupPoints;
import org.kumiai.domain.mealplan.MenuCategory;
import org.kumiai.domain.mealplan.MenuItem;
import org.kumiai.domain.mealplan.MenuItemTerms;
import org.kumiai.domain.mealplan.Nutrition;
import org.kumiai.domain.shared.InvalidValueException;
import org.kumiai.domain.shared.InvalidValuesException;

/**
 * Reads a menu sheet as co-ops keep them: CSV in UTF-8 (with or without a BOM) or in Shift_JIS as
 * Excel saves it in Japan, a header row with English or Japanese column names, one item per row.
 * Every row is read and every bad cell named, so staff see all of a sheet's problems at once. Pure,
 * so every rule is a unit test.
 */
public final class MenuCsv {

  private static final Pattern PLAIN_NUMBER = Pattern.compile("[-+]?\\d+(\\.\\d+)?");

  /** More whole digits than this is past every limit a menu value has. */
  private static final int MAX_DIGITS = 9;

  /** What the sheet was saved as. */
  public enum Encoding {
    UTF_8(StandardCharsets.UTF_8),
    // Windows-31J is what "Shift_JIS" means in a Japanese office: Excel writes its extra
    // characters.
    SHIFT_JIS(Charset.forName("windows-31j"));

    private final Charset charset;

    Encoding(Charset charset) {
      this.charset = charset;
    }
  }

  static final int MAX_BYTES = 1_000_000;
  static final int MAX_ROWS = 2_000;

  /** The columns in their canonical order; the first nine must be there. */
  public static final List<String> COLUMNS =
      List.of(
          "code",
          "name_ja",
          "price",
          "category",
          "energy_kcal",
          "protein_g",
          "fat_g",
          "carbohydrate_g",
          "salt_g",
          "name_en",
          "red",
          "green",
          "yellow");

  private static final int REQUIRED = 9;

  private static final Map<String, String> JAPANESE =
      Map.ofEntries(
          Map.entry("コード", "code"),
          Map.entry("品名", "name_ja"),
          Map.entry("価格", "price"),
          Map.entry("区分", "category"),
          Map.entry("エネルギー", "energy_kcal"),
          Map.entry("たんぱく質", "protein_g"),
          Map.entry("脂質", "fat_g"),
          Map.entry("炭水化物", "carbohydrate_g"),
          Map.entry("食塩相当量", "salt_g"),
          Map.entry("英名", "name_en"),
          Map.entry("赤", "red"),
          Map.entry("緑", "green"),
          Map.entry("黄", "yellow"));

  /** The domain's field names as the sheet's columns. */
  private static final Map<String, String> COLUMN_OF =
      Map.ofEntries(
          Map.entry("code", "code"),
          Map.entry("nameJa", "name_ja"),
          Map.entry("nameEn", "name_en"),
          Map.entry("price", "price"),
          Map.entry("category", "category"),
          Map.entry("energyKcal", "energy_kcal"),
          Map.entry("protein", "protein_g"),
          Map.entry("fat", "fat_g"),
          Map.entry("carbohydrate", "carbohydrate_g"),
          Map.entry("salt", "salt_g"),
          Map.entry("redPoints", "red"),
          Map.entry("greenPoints", "green"),
          Map.entry("yellowPoints", "yellow"));

  /**
   * The sheet as a whole cannot be read; {@code detail} names the columns or the line. An answer to
   * staff, not a fault: it reaches the page as it is thrown.
   */
  @ApplicationException(rollback = true)
  public static final class Unreadable extends RuntimeException {
    private final String reason;
    private final String detail;

    Unreadable(String reason, String detail) {
      super(reason + (detail.isEmpty() ? "" : ": " + detail));
      this.reason = reason;
      this.detail = detail;
    }

    public String reason() {
      return reason;
    }

    public String detail() {
      return detail;
    }
  }

  /**
   * One row: its line in the file, the code as written, and either its terms or its problems by
   * column.
   */
  public record Row(
      int line, String code, String name, MenuItemTerms terms, Map<String, String> problems) {
    public boolean bad() {
      return !problems.isEmpty();
    }
  }

  private MenuCsv() {}

  /** Reads every row; throws {@link Unreadable} when the sheet as a whole cannot be read. */
  public static List<Row> read(byte[] bytes, Encoding encoding) {
    if (bytes == null || bytes.length == 0) {
      throw new Unreadable("EMPTY", "");
    }
    if (bytes.length > MAX_BYTES) {
      throw new Unreadable("TOO_LARGE", "");
    }
    String text = decode(bytes, encoding);
    List<CSVRecord> records;
    // Empty lines are kept as records so a row's number is its row in the spreadsheet.
    CSVFormat format = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(false).get();
    try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
      records = parser.getRecords();
    } catch (IOException | UncheckedIOException | IllegalStateException e) {
      throw new Unreadable("MALFORMED", "");
    }
    if (records.isEmpty()) {
      throw new Unreadable("EMPTY", "");
    }
    Map<String, Integer> index = header(records.get(0));
    if (records.size() - 1 > MAX_ROWS) {
      throw new Unreadable("TOO_MANY_ROWS", Integer.toString(MAX_ROWS));
    }
    List<Row> rows = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (CSVRecord r : records.subList(1, records.size())) {
      if (blank(r)) {
        continue;
      }
      Row row = row(r, index);
      if (row.code() != null && !seen.add(row.code())) {
        Map<String, String> problems = new LinkedHashMap<>(row.problems());
        problems.put("code", "DUPLICATE");
        row = new Row(row.line(), row.code(), row.name(), null, problems);
      }
      rows.add(row);
    }
    if (rows.isEmpty()) {
      throw new Unreadable("NO_ROWS", "");
    }
    return rows;
  }

  private static String decode(byte[] bytes, Encoding encoding) {
    String text;
    try {
      text =
          encoding
              .charset
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
    } catch (CharacterCodingException e) {
      throw new Unreadable(encoding == Encoding.UTF_8 ? "NOT_UTF_8" : "NOT_SHIFT_JIS", "");
    }
    // A UTF-8 sheet with Japanese in it often decodes as Shift_JIS too, into nonsense: say so.
    if (encoding == Encoding.SHIFT_JIS && !ascii(bytes) && validUtf8(bytes)) {
      throw new Unreadable("LOOKS_UTF_8", "");
    }
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  private static boolean ascii(byte[] bytes) {
    for (byte b : bytes) {
      if (b < 0) {
        return false;
      }
    }
    return true;
  }

  private static boolean validUtf8(byte[] bytes) {
    try {
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  private static Map<String, Integer> header(CSVRecord header) {
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < header.size(); i++) {
      String name = normal(header.get(i)).toLowerCase(Locale.ROOT);
      String column = COLUMNS.contains(name) ? name : JAPANESE.get(normal(header.get(i)));
      if (column != null) {
        index.putIfAbsent(column, i);
      }
    }
    List<String> missing =
        COLUMNS.subList(0, REQUIRED).stream().filter(c -> !index.containsKey(c)).toList();
    if (!missing.isEmpty()) {
      throw new Unreadable("MISSING_COLUMNS", String.join(", ", missing));
    }
    return index;
  }

  private static boolean blank(CSVRecord r) {
    for (String v : r) {
      if (!v.isBlank()) {
        return false;
      }
    }
    return true;
  }

  private static Row row(CSVRecord r, Map<String, Integer> index) {
    Map<String, String> problems = new LinkedHashMap<>();
    Map<String, String> cell = new HashMap<>();
    index.forEach((column, i) -> cell.put(column, i < r.size() ? normal(r.get(i)) : ""));
    String code = cell.get("code").isEmpty() ? null : cell.get("code");
    try {
      MenuItem.checkCode(code);
    } catch (InvalidValueException e) {
      problems.put("code", e.reason());
    }
    Long price = whole(cell.get("price"), "price", problems);
    if (cell.get("price").isEmpty()) {
      problems.put("price", "EMPTY");
    }
    MenuCategory category = null;
    if (!cell.get("category").isEmpty()) {
      category = MenuCategory.named(cell.get("category")).orElse(null);
      if (category == null) {
        problems.put("category", "UNKNOWN_CATEGORY");
      }
    }
    Long energy = whole(cell.get("energy_kcal"), "energy_kcal", problems);
    BigDecimal protein = decimal(cell.get("protein_g"), "protein_g", problems);
    BigDecimal fat = decimal(cell.get("fat_g"), "fat_g", problems);
    BigDecimal carbohydrate = decimal(cell.get("carbohydrate_g"), "carbohydrate_g", problems);
    BigDecimal salt = decimal(cell.get("salt_g"), "salt_g", problems);
    Nutrition nutrition = null;
    try {
      nutrition =
          Nutrition.of(
              energy == null || energy > Integer.MAX_VALUE ? null : energy.intValue(),
              protein,
              fat,
              carbohydrate,
              salt);
    } catch (InvalidValuesException e) {
      collect(e, problems);
    }
    FoodGroupPoints points = null;
    String red = cell.getOrDefault("red", "");
    String green = cell.getOrDefault("green", "");
    String yellow = cell.getOrDefault("yellow", "");
    if (!(red + green + yellow).isEmpty()) {
      try {
        points =
            FoodGroupPoints.of(
                decimal(red, "red", problems),
                decimal(green, "green", problems),
                decimal(yellow, "yellow", problems));
      } catch (InvalidValuesException e) {
        collect(e, problems);
      }
    }
    MenuItemTerms terms =
        new MenuItemTerms(
            code,
            cell.get("name_ja"),
            cell.getOrDefault("name_en", ""),
            price == null ? 0 : price,
            category,
            nutrition,
            points);
    // The item's own checks; a bad code is named above and stands in here so the rest are checked.
    try {
      MenuItem.define(
          "CHECK",
          problems.containsKey("code")
              ? new MenuItemTerms(
                  "X", terms.nameJa(), terms.nameEn(), terms.price(), category, nutrition, points)
              : terms,
          Instant.EPOCH,
          "check");
    } catch (InvalidValuesException e) {
      collect(e, problems);
    }
    int line = (int) r.getRecordNumber();
    return problems.isEmpty()
        ? new Row(line, code, terms.nameJa(), terms, Map.of())
        : new Row(line, code, cell.get("name_ja"), null, Map.copyOf(problems));
  }

  private static void collect(InvalidValuesException e, Map<String, String> problems) {
    for (InvalidValueException p : e.problems()) {
      // A missing nutrition is always named by the value that made it so.
      if (p.field().equals("nutrition")) {
        continue;
      }
      problems.putIfAbsent(COLUMN_OF.getOrDefault(p.field(), p.field()), p.reason());
    }
  }

  private static Long whole(String text, String column, Map<String, String> problems) {
    BigDecimal d =
        decimal(text.replace(",", "").replace("¥", "").replace("円", ""), column, problems);
    if (d == null) {
      return null;
    }
    if (d.stripTrailingZeros().scale() > 0) {
      problems.put(column, "NOT_WHOLE");
      return null;
    }
    if (d.abs().compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0) {
      problems.put(column, "TOO_LARGE");
      return null;
    }
    return d.longValueExact();
  }

  /**
   * A number as a sheet writes one: digits with an optional sign and decimal part. Exponents
   * ({@code 1e-999999999}) are refused before any arithmetic: BigDecimal would take them, and
   * rounding such a value can keep a request thread busy for minutes; so are more digits than any
   * price or nutrition value has.
   */
  private static BigDecimal decimal(String text, String column, Map<String, String> problems) {
    if (text == null || text.isEmpty()) {
      return null;
    }
    if (!PLAIN_NUMBER.matcher(text).matches()) {
      problems.put(column, "NOT_A_NUMBER");
      return null;
    }
    if (text.replaceFirst("^[-+]?0*", "").replaceFirst("\\..*", "").length() > MAX_DIGITS) {
      problems.put(column, "TOO_LARGE");
      return null;
    }
    // A long decimal part (a spreadsheet's computed value) only needs what rounds to one place.
    BigDecimal d = new BigDecimal(text.length() > 40 ? text.substring(0, 40) : text);
    return d.scale() > 1 ? d.setScale(1, RoundingMode.HALF_UP) : d;
  }

  /** Full-width digits and letters as half-width, spaces trimmed: as a sheet typed in Japan. */
  private static String normal(String text) {
    return text == null ? "" : Normalizer.normalize(text, Normalizer.Form.NFKC).strip();
  }
}
