package org.kumiai.service.wallet;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.kumiai.domain.wallet.UnansweredCardCharge;
import org.kumiai.service.mealplan.MealPlans;

/**
 * The wallet's timer: expires unpaid convenience-store slips past their last day, asks the card
 * acquirer what became of card charges it did not answer (each settled under its wallet's lock, in
 * a transaction of its own), and forgets register answers older than the eight days they are
 * replayed for. All are idempotent, so every instance of a cluster may run it.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class WalletHousekeeping {

  private static final Logger LOG = Logger.getLogger(WalletHousekeeping.class.getName());

  /** Card charges asked about at one pass; the oldest first, the rest at the next. */
  private static final int BATCH = 50;

  @Resource private TimerService timers;
  @Inject private KonbiniCharges charges;
  @Inject private Charges cardCharges;
  @Inject private MealPlans mealPlans;
  @Inject private RegisterPayments payments;

  @Inject
  @ConfigProperty(name = "kumiai.wallet.housekeeping-interval-ms", defaultValue = "600000")
  long intervalMillis;

  @PostConstruct
  void schedule() {
    timers.createIntervalTimer(intervalMillis, intervalMillis, new TimerConfig(null, false));
  }

  @Timeout
  void onTimer() {
    try {
      int expired = charges.expireDue();
      if (expired > 0) {
        LOG.info(expired + " convenience-store slips expired");
      }
      settleCardCharges();
      payments.forgetOldAnswers();
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Wallet housekeeping failed; the next tick tries again", e);
    }
  }

  /** Settles the unanswered card charges the acquirer can answer now; returns how many. */
  public int settleCardCharges() {
    int settled = 0;
    for (UnansweredCardCharge charge : cardCharges.unansweredCardCharges(BATCH)) {
      boolean done =
          charge.planId().isPresent()
              ? mealPlans.settlePurchase(charge.chargeKey())
              : cardCharges.settle(charge.chargeKey());
      if (done) {
        settled++;
      }
    }
    return settled;
  }
}
