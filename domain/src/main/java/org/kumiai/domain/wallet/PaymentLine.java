package org.kumiai.domain.wallet;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.kumiai.domain.shared.Yen;

/** One item a register sold: code, name, quantity and unit price as the register sent them. */
@Embeddable
public class PaymentLine {

  @Column(nullable = false, length = 32)
  private String code;

  @Column(nullable = false, length = 100)
  private String name;

  @Column(nullable = false)
  private int quantity;

  @Column(name = "unit_price", nullable = false)
  private long unitPrice;

  protected PaymentLine() {}

  public PaymentLine(String code, String name, int quantity, Yen unitPrice) {
    this.code = code;
    this.name = name;
    this.quantity = quantity;
    this.unitPrice = unitPrice.value();
  }

  public String code() {
    return code;
  }

  public String name() {
    return name;
  }

  public int quantity() {
    return quantity;
  }

  public Yen unitPrice() {
    return Yen.of(unitPrice);
  }

  public Yen amount() {
    return Yen.of(unitPrice).times(quantity);
  }
}
