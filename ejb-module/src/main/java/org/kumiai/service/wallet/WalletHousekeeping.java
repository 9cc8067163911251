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

/**
 * The wallet's timer: expires unpaid convenience-store slips past their last day, and forgets
 * register answers older than the eight days they are replayed for. Both are idempotent, so every
 * instance of a cluster may run it.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class WalletHousekeeping {

  private static final Logger LOG = Logger.getLogger(WalletHousekeeping.class.getName());

  @Resource private TimerService timers;
  @Inject private KonbiniCharges charges;
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
      payments.forgetOldAnswers();
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Wallet housekeeping failed; the next tick tries again", e);
    }
  }
}
