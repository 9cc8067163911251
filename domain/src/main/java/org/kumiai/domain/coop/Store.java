package org.kumiai.domain.coop;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.kumiai.domain.shared.CoopTime;
import org.kumiai.domain.shared.LocalizedText;

/** A co-op store: a shop, a bookstore or a cafeteria, with its weekly hours and closures. */
@Entity
@Table(name = "store")
public class Store {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "coop_seq")
  private Long id;

  @Column(nullable = false, unique = true, length = 16)
  private String code;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "coop_id")
  private Coop coop;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private StoreKind kind;

  @Embedded
  @AttributeOverrides({
    @AttributeOverride(name = "ja", column = @Column(name = "name_ja", nullable = false)),
    @AttributeOverride(name = "en", column = @Column(name = "name_en"))
  })
  private LocalizedText name;

  @Embedded
  @AttributeOverrides({
    @AttributeOverride(name = "ja", column = @Column(name = "location_ja", nullable = false)),
    @AttributeOverride(name = "en", column = @Column(name = "location_en"))
  })
  private LocalizedText location;

  @Column(length = 20)
  private String phone;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "store_opening_period", joinColumns = @JoinColumn(name = "store_id"))
  private List<OpeningPeriod> periods = new ArrayList<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "store_closure", joinColumns = @JoinColumn(name = "store_id"))
  private List<Closure> closures = new ArrayList<>();

  protected Store() {}

  public Store(
      String code,
      Coop coop,
      StoreKind kind,
      LocalizedText name,
      LocalizedText location,
      String phone) {
    this.code = CoopCodes.require(code);
    this.coop = Objects.requireNonNull(coop, "coop");
    this.kind = Objects.requireNonNull(kind, "kind");
    this.name = Objects.requireNonNull(name, "name");
    this.location = Objects.requireNonNull(location, "location");
    this.phone = phone;
  }

  public void openOn(OpeningPeriod period) {
    if (!periods.contains(period)) {
      periods.add(period);
    }
  }

  public void closeFor(Closure closure) {
    if (!closures.contains(closure)) {
      closures.add(closure);
    }
  }

  public OpeningHours hours() {
    return new OpeningHours(periods, closures, CoopTime.ZONE);
  }

  /** The weekly periods, Monday first, earliest first within a day. */
  public List<OpeningPeriod> weeklyPeriods() {
    return periods.stream()
        .sorted(Comparator.comparing(OpeningPeriod::day).thenComparing(OpeningPeriod::opens))
        .toList();
  }

  public String code() {
    return code;
  }

  public Coop coop() {
    return coop;
  }

  public StoreKind kind() {
    return kind;
  }

  public LocalizedText name() {
    return name;
  }

  public LocalizedText location() {
    return location;
  }

  public String phone() {
    return phone;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Store other && code.equals(other.code);
  }

  @Override
  public int hashCode() {
    return code.hashCode();
  }
}
