package org.kumiai.domain.wallet;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * The first answer a register got for one Idempotency-Key, with a hash of the request it answered:
 * the same key again replays it; the same key with another request is a conflict.
 */
@Entity
@Table(name = "idempotency_record")
@IdClass(IdempotencyRecord.Key.class)
public class IdempotencyRecord {

  /** Register and key. */
  public record Key(long registerId, String idemKey) implements Serializable {
    public Key() {
      this(0, null);
    }
  }

  @Id
  @Column(name = "register_id")
  private long registerId;

  @Id
  @Column(name = "idem_key", length = 64)
  private String idemKey;

  @Column(name = "request_hash", nullable = false, length = 64)
  private String requestHash;

  @Column(nullable = false)
  private int status;

  @Column(nullable = false, length = 4000)
  private String body;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected IdempotencyRecord() {}

  public IdempotencyRecord(
      long registerId, String idemKey, String requestHash, int status, String body, Instant now) {
    this.registerId = registerId;
    this.idemKey = Objects.requireNonNull(idemKey, "idemKey");
    this.requestHash = Objects.requireNonNull(requestHash, "requestHash");
    this.status = status;
    this.body = Objects.requireNonNull(body, "body");
    this.createdAt = now.truncatedTo(ChronoUnit.MICROS);
  }

  public boolean sameRequest(String hash) {
    return requestHash.equals(hash);
  }

  public int status() {
    return status;
  }

  public String body() {
    return body;
  }

  public Instant createdAt() {
    return createdAt;
  }
}
