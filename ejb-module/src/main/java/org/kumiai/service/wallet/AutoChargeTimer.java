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
import org.kumiai.domain.wallet.AutoChargeRepository;

/**
 * Looks for purses below their auto-charge threshold and spendable balances below an alert's, and
 * hands each wallet to {@link AutoChargeRounds} on its own; one wallet's failure does not stop the
 * others. Payments never wait for this: a purse is charged within one interval of falling.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class AutoChargeTimer {

  private static final Logger LOG = Logger.getLogger(AutoChargeTimer.class.getName());
  private static final int BATCH = 200;

  @Resource private TimerService timers;
  @Inject private AutoChargeRepository settings;
  @Inject private AutoChargeRounds rounds;

  @Inject
  @ConfigProperty(name = "kumiai.wallet.auto-charge-interval-ms", defaultValue = "60000")
  long intervalMillis;

  @PostConstruct
  void schedule() {
    timers.createIntervalTimer(intervalMillis, intervalMillis, new TimerConfig(null, false));
  }

  @Timeout
  void onTimer() {
    runOnce();
  }

  /** One pass over the wallets that are due: how many were charged (or tried). */
  public int runOnce() {
    int done = 0;
    for (long walletId : settings.dueAutoCharges(BATCH)) {
      try {
        rounds.charge(walletId);
        done++;
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "Auto-charge of wallet " + walletId + " failed; next pass", e);
      }
    }
    for (long walletId : settings.alertsToCheck(BATCH)) {
      try {
        rounds.alert(walletId);
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "Balance alert of wallet " + walletId + " failed; next pass", e);
      }
    }
    return done;
  }
}
