package org.kumiai.domain.mealplan;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.kumiai.domain.shared.InvalidValueException;
import org.kumiai.domain.shared.InvalidValuesException;
import org.kumiai.domain.shared.Yen;

/**
 * An item on a cafeteria's menu with its price and nutrition per serving. Sales copy what they need
 * of it onto their payment lines, so revising an item changes what is sold from then on and never
 * what was sold before.
 */
@Entity
@Table(name = "menu_item")
public class MenuItem {

  private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,31}");

  /** No cafeteria item costs more: a typo guard, not a business rule. */
  static final long PRICE_LIMIT = 10_000;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "menu_item_seq")
  @SequenceGenerator(name = "menu_item_seq", sequenceName = "menu_item_seq", allocationSize = 50)
  private Long id;

  @Column(name = "store_code", nullable = false, length = 16)
  private String storeCode;

  @Column(nullable = false, length = 32)
  private String code;

  @Column(name = "name_ja", nullable = false, length = 100)
  private String nameJa;

  @Column(name = "name_en", length = 100)
  private String nameEn;

  @Column(nullable = false)
  private long price;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 8)
  private MenuCategory category;

  @Embedded private Nutrition nutrition;

  @Embedded private FoodGroupPoints points;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Column(name = "updated_by", nullable = false, length = 254)
  private String updatedBy;

  @Version private long version;

  protected MenuItem() {}

  /** A new item of a cafeteria; throws {@link InvalidValuesException} naming every bad field. */
  public static MenuItem define(String storeCode, MenuItemTerms terms, Instant at, String by) {
    MenuItem item = new MenuItem();
    item.storeCode = storeCode;
    item.code = checkCode(terms.code());
    item.apply(terms, at, by);
    return item;
  }

  /** Checks a code as a menu sheet or a register gives it. */
  public static String checkCode(String code) {
    if (code == null || code.isBlank()) {
      throw new InvalidValueException("code", "EMPTY");
    }
    if (!CODE.matcher(code.strip()).matches()) {
      throw new InvalidValueException("code", "MALFORMED");
    }
    return code.strip();
  }

  /**
   * Takes the terms from now on; returns whether anything changed (an unchanged row of an import
   * writes nothing).
   */
  public boolean revise(MenuItemTerms terms, Instant at, String by) {
    if (!code.equals(terms.code())) {
      throw new IllegalArgumentException("Another item's terms");
    }
    if (sameAs(terms)) {
      return false;
    }
    apply(terms, at, by);
    return true;
  }

  /** Whether the terms say what the item already says. */
  public boolean sameAs(MenuItemTerms t) {
    return nameJa.equals(t.nameJa())
        && Objects.equals(nameEn, blankToNull(t.nameEn()))
        && price == t.price()
        && category == t.category()
        && nutrition.equals(t.nutrition())
        && Objects.equals(
            points().map(FoodGroupPoints::red),
            Optional.ofNullable(t.points()).map(FoodGroupPoints::red))
        && Objects.equals(
            points().map(FoodGroupPoints::green),
            Optional.ofNullable(t.points()).map(FoodGroupPoints::green))
        && Objects.equals(
            points().map(FoodGroupPoints::yellow),
            Optional.ofNullable(t.points()).map(FoodGroupPoints::yellow));
  }

  private void apply(MenuItemTerms t, Instant at, String by) {
    InvalidValuesException.check(
        () -> checkName("nameJa", t.nameJa(), true),
        () -> checkName("nameEn", t.nameEn(), false),
        () -> {
          if (t.price() <= 0 || t.price() > PRICE_LIMIT) {
            throw new InvalidValueException("price", t.price() <= 0 ? "NOT_POSITIVE" : "TOO_LARGE");
          }
        },
        () -> {
          if (t.category() == null) {
            throw new InvalidValueException("category", "EMPTY");
          }
        },
        () -> {
          if (t.nutrition() == null) {
            throw new InvalidValueException("nutrition", "EMPTY");
          }
        });
    nameJa = t.nameJa().strip();
    nameEn = blankToNull(t.nameEn());
    price = t.price();
    category = t.category();
    nutrition = t.nutrition();
    points = t.points();
    updatedAt = at;
    updatedBy = by;
  }

  private static void checkName(String field, String name, boolean required) {
    if (name == null || name.isBlank()) {
      if (required) {
        throw new InvalidValueException(field, "EMPTY");
      }
      return;
    }
    if (name.strip().length() > 100) {
      throw new InvalidValueException(field, "TOO_LONG");
    }
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  public Long id() {
    return id;
  }

  public String storeCode() {
    return storeCode;
  }

  public String code() {
    return code;
  }

  public String nameJa() {
    return nameJa;
  }

  public Optional<String> nameEn() {
    return Optional.ofNullable(nameEn);
  }

  public Yen price() {
    return Yen.of(price);
  }

  public MenuCategory category() {
    return category;
  }

  public Nutrition nutrition() {
    return nutrition;
  }

  public Optional<FoodGroupPoints> points() {
    return Optional.ofNullable(points).filter(p -> p.red() != null);
  }

  public Instant updatedAt() {
    return updatedAt;
  }

  public String updatedBy() {
    return updatedBy;
  }
}
