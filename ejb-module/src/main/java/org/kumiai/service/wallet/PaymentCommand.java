package org.kumiai.service.wallet;

import java.time.Instant;
import java.util.List;
import org.kumiai.domain.shared.Yen;
import org.kumiai.domain.wallet.Category;

/**
 * A register's payment as checked for shape by the API: who pays (an IC card UID or the card app's
 * code), how much, for what; {@code occurredAt} when the register was offline.
 */
public record PaymentCommand(
    String storeCode,
    String registerId,
    String credentialType,
    String credentialValue,
    Yen amount,
    Category category,
    List<Item> items,
    Instant occurredAt) {

  /** One item as the register sold it. */
  public record Item(String code, String name, int quantity, Yen unitPrice) {}
}
