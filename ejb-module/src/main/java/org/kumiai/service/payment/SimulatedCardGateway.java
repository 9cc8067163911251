package org.kumiai.service.payment;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.kumiai.domain.payment.CardDetails;
import org.kumiai.domain.shared.Yen;

/**
 * A card acquirer for demo and tests, answering like the real one by test card number (the numbers
 * acquirers publish for their sandboxes): 4000 0000 0000 0002 is declined, 4000 0000 0000 9995 has
 * insufficient funds, 4000 0000 0000 0119 times out once and then approves when asked again with
 * the same key (a charge that went through while the answer was lost); any other valid number is
 * approved. A key seen before returns the first answer, as an acquirer's idempotency does.
 */
@ApplicationScoped
public class SimulatedCardGateway implements CardGateway {

  static final String DECLINED = "4000000000000002";
  static final String NO_FUNDS = "4000000000009995";
  static final String TIMES_OUT = "4000000000000119";

  private final Map<String, CardResult> answered = new ConcurrentHashMap<>();

  @Override
  public CardResult charge(String key, Yen amount, CardDetails card) {
    CardResult earlier = answered.get(key);
    if (earlier != null) {
      return earlier;
    }
    if (TIMES_OUT.equals(card.number())
        && answered.putIfAbsent("timeout:" + key, CardResult.timeout()) == null) {
      return CardResult.timeout();
    }
    CardResult result =
        switch (card.number()) {
          case DECLINED -> CardResult.declined("DO_NOT_HONOR");
          case NO_FUNDS -> CardResult.declined("INSUFFICIENT_FUNDS");
          default -> CardResult.approved("SIM-" + UUID.randomUUID());
        };
    CardResult first = answered.putIfAbsent(key, result);
    return first == null ? result : first;
  }
}
