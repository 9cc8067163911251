package org.kumiai.service.wallet;

import static org.kumiai.service.platform.JsonFactory.JSON;

import jakarta.json.JsonObjectBuilder;
import java.util.Map;
import org.kumiai.domain.shared.Yen;
import org.kumiai.domain.wallet.LedgerTransaction;
import org.kumiai.domain.wallet.Purse;

/** The register API's answers, as the contract in the OpenAPI document words them. */
final class RegisterAnswers {

  private RegisterAnswers() {}

  static ApiAnswer paid(PaymentPosting.Paid paid) {
    JsonObjectBuilder byPurse = JSON.createObjectBuilder();
    paid.draws().forEach((p, y) -> byPurse.add(p.name(), y.value()));
    JsonObjectBuilder body =
        JSON.createObjectBuilder()
            .add("paymentId", paid.payment().id())
            .add("amount", paid.payment().amount().value())
            .add("byPurse", byPurse)
            .add("pointsEarned", paid.points().value())
            .add("balances", balances(paid.balances()));
    if (paid.mealCapLeft() != null) {
      body.add("mealCapRemaining", paid.mealCapLeft().value());
    }
    return new ApiAnswer(201, body.build().toString());
  }

  static ApiAnswer refunded(
      PaymentPosting.Refund refund, LedgerTransaction payment, Map<Purse, Yen> balances) {
    return new ApiAnswer(
        201,
        JSON.createObjectBuilder()
            .add("refundId", refund.transaction().id())
            .add("paymentId", payment.id())
            .add("amount", refund.transaction().amount().value())
            .add("pointsReturned", refund.transaction().points().value())
            .add("pointsDeducted", refund.pointsDeducted().value())
            .add("balances", balances(balances))
            .build()
            .toString());
  }

  /** 402: the payment was understood and refused; {@code reason} is one of the contract's. */
  static ApiAnswer declined(String reason) {
    return new ApiAnswer(402, JSON.createObjectBuilder().add("reason", reason).build().toString());
  }

  /** 400: what is wrong with which field. */
  static ApiAnswer invalid(Map<String, String> fields) {
    JsonObjectBuilder invalid = JSON.createObjectBuilder();
    fields.forEach(invalid::add);
    return new ApiAnswer(
        400,
        JSON.createObjectBuilder()
            .add("reason", "INVALID_REQUEST")
            .add("invalid", invalid)
            .build()
            .toString());
  }

  static ApiAnswer notFound(String reason) {
    return new ApiAnswer(404, JSON.createObjectBuilder().add("reason", reason).build().toString());
  }

  /**
   * 409: a refund to a wallet whose membership has ended, its purses settled with the payout; the
   * store gives the money back in cash.
   */
  static ApiAnswer walletClosed() {
    return new ApiAnswer(
        409,
        JSON.createObjectBuilder()
            .add("reason", "WALLET_CLOSED")
            .add("detail", "The membership has ended; refund in cash.")
            .build()
            .toString());
  }

  /** 409: the key was used with another request; never stored, never replayed. */
  static ApiAnswer conflict() {
    return new ApiAnswer(
        409,
        JSON.createObjectBuilder()
            .add("reason", "IDEMPOTENCY_KEY_REUSED")
            .add("detail", "This Idempotency-Key was used with a different request.")
            .build()
            .toString());
  }

  private static JsonObjectBuilder balances(Map<Purse, Yen> balances) {
    JsonObjectBuilder b = JSON.createObjectBuilder();
    balances.forEach((p, y) -> b.add(p.name(), y.value()));
    return b;
  }
}
