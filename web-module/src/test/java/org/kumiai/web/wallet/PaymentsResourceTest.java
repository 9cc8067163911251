package org.kumiai.web.wallet;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBException;
import jakarta.persistence.PersistenceException;
import java.sql.BatchUpdateException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class PaymentsResourceTest {

  private static EJBException atCommit(Throwable cause) {
    EJBException e = new EJBException("Transaction aborted");
    e.initCause(new PersistenceException("commit failed", cause));
    return e;
  }

  @Test
  void aDuplicateIdempotencyKeyIsRecognisedWhereverTheDriverPutsIt() {
    assertTrue(
        PaymentsResource.uniqueViolation(
            atCommit(new SQLException("duplicate key value violates unique constraint", "23505"))));
    BatchUpdateException batch =
        new BatchUpdateException("Batch entry 0 was aborted", "23505", new int[0]);
    assertTrue(PaymentsResource.uniqueViolation(atCommit(batch)));
    BatchUpdateException wrapped =
        new BatchUpdateException("Batch entry 0 was aborted", (String) null, new int[0]);
    wrapped.setNextException(new SQLException("duplicate key", "23505"));
    assertTrue(
        PaymentsResource.uniqueViolation(atCommit(wrapped)), "in the batch's next exception");
  }

  @Test
  void anyOtherFailureIsNotAConcurrentRequestWithTheSameKey() {
    assertFalse(
        PaymentsResource.uniqueViolation(
            atCommit(new SQLException("connection refused", "08001"))));
    assertFalse(
        PaymentsResource.uniqueViolation(
            atCommit(new SQLException("could not serialize access", "40001"))));
    assertFalse(PaymentsResource.uniqueViolation(new EJBException("no cause at all")));
    assertFalse(
        PaymentsResource.uniqueViolation(new PersistenceException(new IllegalStateException())));
  }
}
