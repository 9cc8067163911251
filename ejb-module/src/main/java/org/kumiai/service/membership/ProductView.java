package org.kumiai.service.membership;

import java.io.Serializable;
import org.kumiai.domain.membership.Product;
import org.kumiai.domain.membership.ProductKind;
import org.kumiai.domain.shared.LocalizedText;
import org.kumiai.domain.shared.Yen;

/** One item of a co-op's enrollment catalogue, as the form lists it. */
public record ProductView(
    String code,
    ProductKind kind,
    LocalizedText name,
    String term,
    Yen unitPrice,
    int minUnits,
    int maxUnits,
    boolean required)
    implements Serializable {

  static ProductView of(Product p) {
    return new ProductView(
        p.code(),
        p.kind(),
        p.name(),
        p.term(),
        p.unitPrice(),
        p.minUnits(),
        p.maxUnits(),
        p.required());
  }
}
