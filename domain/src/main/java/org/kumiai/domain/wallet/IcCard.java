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
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.kumiai.domain.shared.InvalidValueException;

/** A student or staff ID card (its chip's UID) linked to a wallet, until unlinked. */
@Entity
@Table(name = "ic_card")
public class IcCard {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ic_card_seq")
  @SequenceGenerator(name = "ic_card_seq", sequenceName = "ic_card_seq", allocationSize = 50)
  private Long id;

  @Column(nullable = false, length = 32)
  private String uid;

  @Column(name = "wallet_id", nullable = false)
  private long walletId;

  @Column(name = "linked_at", nullable = false)
  private Instant linkedAt;

  @Column(name = "linked_by", nullable = false, length = 254)
  private String linkedBy;

  @Column(name = "unlinked_at")
  private Instant unlinkedAt;

  /** The UID while the card is linked, unique among live cards; null once unlinked (V26). */
  @Column(name = "live_uid", length = 32)
  private String liveUid;

  protected IcCard() {}

  public IcCard(String uid, long walletId, String linkedBy, Instant now) {
    this.uid = normalised(uid);
    this.liveUid = this.uid;
    this.walletId = walletId;
    this.linkedBy = Objects.requireNonNull(linkedBy, "linkedBy");
    this.linkedAt = now.truncatedTo(ChronoUnit.MICROS);
  }

  /** A chip UID as readers print it: 8 to 32 hexadecimal digits, any case, colons ignored. */
  public static String normalised(String uid) {
    String hex = uid == null ? "" : uid.replaceAll("[\\s:\\-]", "").toUpperCase(Locale.ROOT);
    if (!hex.matches("[0-9A-F]{8,32}")) {
      throw new InvalidValueException("cardUid", "MALFORMED");
    }
    return hex;
  }

  public void unlink(Instant now) {
    if (unlinkedAt == null) {
      unlinkedAt = now.truncatedTo(ChronoUnit.MICROS);
      liveUid = null;
    }
  }

  public String uid() {
    return uid;
  }

  public long walletId() {
    return walletId;
  }

  public Instant linkedAt() {
    return linkedAt;
  }

  public Optional<Instant> unlinkedAt() {
    return Optional.ofNullable(unlinkedAt);
  }
}
