package org.kumiai.domain.membership;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.io.Serializable;
import java.text.Normalizer;
import java.util.Objects;
import org.kumiai.domain.shared.InvalidValueException;
import org.kumiai.domain.shared.InvalidValuesException;
import org.kumiai.domain.shared.Katakana;

/**
 * A Japanese bank account for a refund by transfer (全銀 format): bank code 4 digits, branch code 3,
 * account number 7, and the holder's name in katakana as the bank registers it. Typed in any width,
 * with hyphens or spaces; validated here once.
 */
@Embeddable
public class BankAccount implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final int MAX_HOLDER = Katakana.MAX_LENGTH;

  /** 普通 or 当座. */
  public enum Type {
    ORDINARY,
    CURRENT
  }

  @Column(name = "bank_code", length = 4)
  private String bankCode;

  @Column(name = "branch_code", length = 3)
  private String branchCode;

  @Enumerated(EnumType.STRING)
  @Column(name = "account_type", length = 8)
  private Type type;

  @Column(name = "account_number", length = 7)
  private String number;

  @Column(name = "account_holder", length = MAX_HOLDER)
  private String holder;

  protected BankAccount() {}

  private BankAccount(String bankCode, String branchCode, Type type, String number, String holder) {
    this.bankCode = bankCode;
    this.branchCode = branchCode;
    this.type = type;
    this.number = number;
    this.holder = holder;
  }

  /** Every field checked, each bad one named. */
  public static BankAccount parse(
      String bankCode, String branchCode, String type, String number, String holder) {
    InvalidValuesException.check(
        () -> digits("bankCode", bankCode, 4),
        () -> digits("branchCode", branchCode, 3),
        () -> type(type),
        () -> digits("accountNumber", number, 7),
        () -> holder(holder));
    return new BankAccount(
        digits("bankCode", bankCode, 4),
        digits("branchCode", branchCode, 3),
        type(type),
        digits("accountNumber", number, 7),
        holder(holder));
  }

  private static String digits(String field, String typed, int length) {
    String value =
        Normalizer.normalize(typed == null ? "" : typed, Normalizer.Form.NFKC)
            .replaceAll("[\\s\\-]", "");
    if (value.isEmpty()) {
      throw new InvalidValueException(field, "EMPTY");
    }
    if (!value.chars().allMatch(c -> c >= '0' && c <= '9')) {
      throw new InvalidValueException(field, "NOT_DIGITS");
    }
    if (value.length() != length) {
      throw new InvalidValueException(field, "WRONG_LENGTH");
    }
    return value;
  }

  private static Type type(String typed) {
    try {
      return Type.valueOf(typed == null ? "" : typed);
    } catch (IllegalArgumentException e) {
      throw new InvalidValueException("accountType", "NOT_CHOSEN");
    }
  }

  /** The holder in full-width katakana, words separated by one full-width space. */
  private static String holder(String typed) {
    return Katakana.parse("accountHolder", typed).strip().replaceAll("[ \u3000]+", "\u3000");
  }

  public String bankCode() {
    return bankCode;
  }

  public String branchCode() {
    return branchCode;
  }

  public Type type() {
    return type;
  }

  public String number() {
    return number;
  }

  public String holder() {
    return holder;
  }

  /** The account number with all but its last 3 digits hidden, for lists and logs. */
  public String masked() {
    return bankCode + "-" + branchCode + " ****" + number.substring(4);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof BankAccount other
        && bankCode.equals(other.bankCode)
        && branchCode.equals(other.branchCode)
        && type == other.type
        && number.equals(other.number)
        && holder.equals(other.holder);
  }

  @Override
  public int hashCode() {
    return Objects.hash(bankCode, branchCode, type, number, holder);
  }

  @Override
  public String toString() {
    return masked();
  }
}
