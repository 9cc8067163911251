package org.kumiai.service.wallet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.SequenceGenerator;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.kumiai.domain.wallet.LedgerTransaction;

/**
 * The register payment numbers its transactions from blocks of the sequence JPA numbers the others
 * from: the two must read a value of the sequence the same way, or they hand out one id twice.
 */
class PaymentStatementsTest {

  @Test
  void theIdBlockIsTheOneJpaTakesFromTheSameSequence() throws Exception {
    SequenceGenerator jpa =
        LedgerTransaction.class.getDeclaredField("id").getAnnotation(SequenceGenerator.class);
    assertEquals("ledger_transaction_seq", jpa.sequenceName());
    assertEquals(jpa.allocationSize(), PaymentStatements.ID_BLOCK, "the JPA mapping's block");

    String migration = resource("db/migration/V15__wallet_ledger.sql");
    Matcher seq =
        Pattern.compile(
                "CREATE SEQUENCE ledger_transaction_seq START WITH (\\d+) INCREMENT BY (\\d+)")
            .matcher(migration);
    assertTrue(seq.find(), "the sequence is made by V15");
    assertEquals(PaymentStatements.ID_BLOCK, Integer.parseInt(seq.group(2)), "one value a block");

    // EclipseLink reads a value N as the block N-49..N unless told to start at the value itself.
    assertFalse(
        resource("META-INF/persistence.xml").contains("start-sequence-at-nextval"),
        "EclipseLink's blocks end at the sequence's value, as PaymentStatements takes them");
  }

  private static String resource(String path) throws IOException {
    try (InputStream in = PaymentStatementsTest.class.getClassLoader().getResourceAsStream(path)) {
      if (in == null) {
        throw new AssertionError(path + " is not on the class path");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
