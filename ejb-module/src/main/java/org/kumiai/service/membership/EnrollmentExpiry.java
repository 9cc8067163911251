package org.kumiai.service.membership;

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
 * Settles applications whose card charge the acquirer did not answer (asking it what became of
 * each) and expires unpaid applications, on a timer. Every instance of a cluster runs its own; both
 * are idempotent and each application is locked, so two never clash for long.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class EnrollmentExpiry {

  private static final Logger LOG = Logger.getLogger(EnrollmentExpiry.class.getName());

  /** Unanswered card payments asked about at one pass; the oldest first, the rest at the next. */
  private static final int BATCH = 50;

  @Resource private TimerService timers;
  @Inject private Enrollments enrollments;

  @Inject
  @ConfigProperty(name = "kumiai.membership.expiry-interval-ms", defaultValue = "600000")
  long intervalMillis;

  @PostConstruct
  void schedule() {
    timers.createIntervalTimer(intervalMillis, intervalMillis, new TimerConfig(null, false));
  }

  @Timeout
  void onTimer() {
    try {
      int settled = 0;
      for (long id : enrollments.awaitingCardAnswer(BATCH)) {
        try {
          if (enrollments.settleCardPayment(id)) {
            settled++;
          }
        } catch (RuntimeException e) {
          // One application (locked by a payment in progress, say) does not hold up the others
          // or the expiry below; the next tick asks again.
          LOG.log(Level.WARNING, "Settling the card payment of application " + id + " failed", e);
        }
      }
      if (settled > 0) {
        LOG.info(settled + " unanswered card payments of applications settled");
      }
      int expired = enrollments.expireDue();
      if (expired > 0) {
        LOG.info(expired + " unpaid applications expired");
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Expiring applications failed; the next tick tries again", e);
    }
  }
}
