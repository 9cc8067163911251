package org.kumiai.service.messaging;

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
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Empties the outbox on a timer. The timer is not persistent: every instance in the cluster runs
 * its own, and the row lock in {@link OutboxDelivery} keeps them from sending a message twice.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class OutboxDispatcher {

  private static final Logger LOG = Logger.getLogger(OutboxDispatcher.class.getName());

  @Resource private TimerService timers;
  @Inject private OutboxDelivery delivery;
  @Inject private Clock clock;

  @Inject
  @ConfigProperty(name = "kumiai.outbox.interval-ms", defaultValue = "2000")
  long intervalMillis;

  private final AtomicBoolean running = new AtomicBoolean();

  @PostConstruct
  void schedule() {
    timers.createIntervalTimer(intervalMillis, intervalMillis, new TimerConfig(null, false));
  }

  @Timeout
  void onTimer() {
    try {
      dispatchDue(clock.instant());
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Outbox dispatch failed; the next tick tries again", e);
    }
  }

  /** Delivers what is due at {@code now}; returns how many messages were tried. */
  public int dispatchDue(Instant now) {
    // A slow SMTP server can make one run outlast the interval; overlapping runs would only queue.
    if (!running.compareAndSet(false, true)) {
      return 0;
    }
    try {
      List<Long> due = delivery.dueIds(now);
      for (long id : due) {
        try {
          delivery.deliver(id, now);
        } catch (RuntimeException e) {
          // One message whose outcome cannot be stored does not hold up the others.
          LOG.log(Level.WARNING, "Delivering message " + id + " failed; tried again later", e);
        }
      }
      return due.size();
    } finally {
      running.set(false);
    }
  }
}
