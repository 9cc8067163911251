package org.kumiai.domain.wallet;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;

/**
 * A register in a store, known to the API by its key. Only the key's prefix (to find the row) and
 * the SHA-256 of the whole key are kept; the key itself is shown once, when staff issue it.
 */
@Entity
@Table(name = "register")
public class Register {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "register_seq")
  @SequenceGenerator(name = "register_seq", sequenceName = "register_seq", allocationSize = 50)
  private Long id;

  @Column(name = "store_code", nullable = false, length = 16)
  private String storeCode;

  @Column(name = "register_code", nullable = false, length = 32)
  private String registerCode;

  @Column(name = "key_prefix", nullable = false, unique = true, length = 16)
  private String keyPrefix;

  @Column(name = "key_hash", nullable = false, length = 64)
  private String keyHash;

  @Column(name = "issued_at", nullable = false)
  private Instant issuedAt;

  @Column(name = "issued_by", nullable = false, length = 254)
  private String issuedBy;

  @Column(name = "revoked_at")
  private Instant revokedAt;

  protected Register() {}

  public Register(
      String storeCode,
      String registerCode,
      String keyPrefix,
      String keyHash,
      String issuedBy,
      Instant now) {
    this.storeCode = Objects.requireNonNull(storeCode, "storeCode");
    this.registerCode = Objects.requireNonNull(registerCode, "registerCode");
    this.keyPrefix = Objects.requireNonNull(keyPrefix, "keyPrefix");
    this.keyHash = Objects.requireNonNull(keyHash, "keyHash");
    this.issuedBy = Objects.requireNonNull(issuedBy, "issuedBy");
    this.issuedAt = now.truncatedTo(ChronoUnit.MICROS);
  }

  public void revoke(Instant now) {
    if (revokedAt == null) {
      revokedAt = now.truncatedTo(ChronoUnit.MICROS);
    }
  }

  public boolean live() {
    return revokedAt == null;
  }

  /**
   * A new key for a register whose key was revoked (leaked, or the machine replaced): the same
   * register, so its payments stay its own; the old key stays refused.
   */
  public void rekey(String keyPrefix, String keyHash, String issuedBy, Instant now) {
    if (live()) {
      throw new IllegalStateException("Revoke the register's key before giving it another");
    }
    this.keyPrefix = Objects.requireNonNull(keyPrefix, "keyPrefix");
    this.keyHash = Objects.requireNonNull(keyHash, "keyHash");
    this.issuedBy = Objects.requireNonNull(issuedBy, "issuedBy");
    this.issuedAt = now.truncatedTo(ChronoUnit.MICROS);
    this.revokedAt = null;
  }

  public Long id() {
    return id;
  }

  public String storeCode() {
    return storeCode;
  }

  public String registerCode() {
    return registerCode;
  }

  public String keyPrefix() {
    return keyPrefix;
  }

  public String keyHash() {
    return keyHash;
  }

  public Instant issuedAt() {
    return issuedAt;
  }

  public Optional<Instant> revokedAt() {
    return Optional.ofNullable(revokedAt);
  }
}
