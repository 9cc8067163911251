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
 * Expires unpaid applications on a timer. Every instance of a cluster runs its own; expiring is
 * idempotent and each application is locked by the version column, so two never clash for long.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class EnrollmentExpiry {

  private static final Logger LOG = Logger.getLogger(EnrollmentExpiry.class.getName());

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
      int expired = enrollments.expireDue();
      if (expired > 0) {
        LOG.info(expired + " unpaid applications expired");
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Expiring applications failed; the next tick tries again", e);
    }
  }
}
