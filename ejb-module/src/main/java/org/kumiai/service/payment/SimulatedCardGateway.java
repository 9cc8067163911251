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
 * insufficient funds, 4000 0000 0000 9979 is reported lost (a reason the portal has no words of its
 * own for, as acquirers keep adding codes), 4000 0000 0000 0119 times out once and then approves
 * when asked again with the same key (a charge that went through while the answer was lost); any
 * other valid number is approved. A key seen before returns the first answer, as an acquirer's
 * idempotency does; the same key for another amount is refused with KEY_REUSED, as acquirers refuse
 * an idempotency key sent again with other parameters (the first charge may have gone through). An
 * inquiry after a timeout finds the charge made (as asking again would); one after no charge at all
 * finds nothing, declined as NOT_FOUND. The simulator keeps its answers in memory only: after a
 * restart an inquiry finds nothing. A saved card's token carries which of these it is (a real
 * acquirer keeps the card; the simulator keeps nothing, so its tokens survive a restart), and
 * charges by token answer the same way.
 */
@ApplicationScoped
public class SimulatedCardGateway implements CardGateway {

  static final String DECLINED = "4000000000000002";
  static final String NO_FUNDS = "4000000000009995";
  static final String LOST = "4000000000009979";
  static final String TIMES_OUT = "4000000000000119";

  private final Map<String, CardResult> answered = new ConcurrentHashMap<>();

  /** The amount each key was first sent with, timed-out charges included. */
  private final Map<String, Yen> amounts = new ConcurrentHashMap<>();

  private static final String TOKEN = "tok_sim_";

  @Override
  public CardResult charge(String key, Yen amount, CardDetails card) {
    return answer(key, amount, card.number());
  }

  @Override
  public CardResult inquire(String key) {
    CardResult earlier = answered.get(key);
    if (earlier != null) {
      return earlier;
    }
    if (!answered.containsKey("timeout:" + key)) {
      return CardResult.declined("NOT_FOUND");
    }
    CardResult made = CardResult.approved("SIM-" + UUID.randomUUID());
    CardResult first = answered.putIfAbsent(key, made);
    return first == null ? made : first;
  }

  @Override
  public SavedCard save(CardDetails card) {
    if (DECLINED.equals(card.number())) {
      return new SavedCard(null, card.last4(), "DO_NOT_HONOR");
    }
    if (LOST.equals(card.number())) {
      return new SavedCard(null, card.last4(), "LOST_CARD");
    }
    return new SavedCard(
        TOKEN + card.number().substring(card.number().length() - 4) + "_" + UUID.randomUUID(),
        card.last4(),
        null);
  }

  @Override
  public CardResult charge(String key, Yen amount, String token) {
    if (token == null || !token.startsWith(TOKEN)) {
      return CardResult.declined("UNKNOWN_TOKEN");
    }
    String last4 = token.substring(TOKEN.length(), TOKEN.length() + 4);
    for (String test : new String[] {NO_FUNDS, TIMES_OUT}) {
      if (test.endsWith(last4)) {
        return answer(key, amount, test);
      }
    }
    return answer(key, amount, "");
  }

  private CardResult answer(String key, Yen amount, String number) {
    Yen first = amounts.putIfAbsent(key, amount);
    if (first != null && !first.equals(amount)) {
      return CardResult.declined(KEY_REUSED);
    }
    CardResult earlier = answered.get(key);
    if (earlier != null) {
      return earlier;
    }
    if (TIMES_OUT.equals(number)
        && answered.putIfAbsent("timeout:" + key, CardResult.timeout()) == null) {
      return CardResult.timeout();
    }
    CardResult result =
        switch (number) {
          case DECLINED -> CardResult.declined("DO_NOT_HONOR");
          case NO_FUNDS -> CardResult.declined("INSUFFICIENT_FUNDS");
          case LOST -> CardResult.declined("LOST_CARD");
          default -> CardResult.approved("SIM-" + UUID.randomUUID());
        };
    CardResult firstAnswer = answered.putIfAbsent(key, result);
    return firstAnswer == null ? result : firstAnswer;
  }
}
