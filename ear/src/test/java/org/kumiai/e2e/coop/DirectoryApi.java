package org.kumiai.e2e.coop;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kumiai.e2e.Http;
import org.kumiai.e2e.JsonDoc;

/** The store directory API as the tests read it, and the demo data it should hold. */
final class DirectoryApi {

  /** Co-op code → {Japanese name, English name}, in the API's order. */
  static final Map<String, List<String>> COOPS = new LinkedHashMap<>();

  /** Co-op code → its store codes, kinds in order SHOP, BOOKSTORE, CAFETERIA. */
  static final Map<String, List<String>> STORES = new LinkedHashMap<>();

  static {
    COOPS.put("HOKUTO", List.of("北斗大学生活協同組合", "Hokuto University Co-op"));
    COOPS.put("SETOUCHI", List.of("瀬戸内大学生活協同組合", "Setouchi University Co-op"));
    COOPS.put("WAKABA", List.of("若葉大学生活協同組合", "Wakaba University Co-op"));
    STORES.put("HOKUTO", List.of("HOKUTO-SHOP", "HOKUTO-BOOK", "HOKUTO-CAFE"));
    STORES.put("SETOUCHI", List.of("SETO-SHOP", "SETO-BOOK", "SETO-CAFE"));
    STORES.put("WAKABA", List.of("WAKABA-SHOP", "WAKABA-BOOK", "WAKABA-CAFE"));
  }

  private DirectoryApi() {}

  /** GET /api/v1/coops/{code}/stores, which must answer 200 JSON. */
  static JsonDoc stores(String coop) {
    Http.Response r = Http.get("/api/v1/coops/" + coop + "/stores");
    if (r.status() != 200 || !r.contentType().startsWith("application/json")) {
      throw new AssertionError("stores of " + coop + ": " + r);
    }
    return JsonDoc.parse(r.body());
  }

  /** Store code → openNow, in the API's order. */
  static Map<String, Boolean> openNow(String coop) {
    Map<String, Boolean> open = new LinkedHashMap<>();
    stores(coop)
        .getArray("stores")
        .forEach(s -> open.put(s.getString("code"), s.getBoolean("openNow")));
    return open;
  }
}
