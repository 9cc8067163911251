package org.kumiai.service.membership;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.kumiai.domain.coop.Coop;
import org.kumiai.domain.coop.CoopRepository;
import org.kumiai.domain.membership.EnrollmentRepository;
import org.kumiai.domain.membership.Product;
import org.kumiai.domain.membership.ProductKind;
import org.kumiai.domain.shared.LocalizedText;
import org.kumiai.domain.shared.Yen;
import org.kumiai.service.platform.DemoMode;

/**
 * The enrollment catalogue of the demo co-ops (demo mode only, written once): the items and prices
 * of the welcome mail in seed 002 §1, with each co-op's own share price and minimum.
 */
@Singleton
@Startup
@DependsOn("CoopDemoData")
public class EnrollmentDemoData {

  private static final Logger LOG = Logger.getLogger(EnrollmentDemoData.class.getName());

  /** Share unit price and minimum units per demo co-op. */
  private static final Map<String, long[]> SHARES =
      Map.of(
          "HOKUTO",
          new long[] {2_000, 10},
          "WAKABA",
          new long[] {1_000, 20},
          "SETOUCHI",
          new long[] {5_000, 4});

  @Inject private DemoMode demo;
  @Inject private CoopRepository coops;
  @Inject private EnrollmentRepository enrollments;

  @PostConstruct
  void onStart() {
    seedIfAbsent();
  }

  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  public boolean seedIfAbsent() {
    if (!demo.isOn()) {
      return false;
    }
    boolean wrote = false;
    for (Map.Entry<String, long[]> share : SHARES.entrySet()) {
      Coop coop = coops.findCoop(share.getKey()).orElse(null);
      if (coop == null || !enrollments.catalogue(coop).isEmpty()) {
        continue;
      }
      for (Product p : catalogue(coop, share.getValue()[0], (int) share.getValue()[1])) {
        enrollments.store(p);
      }
      wrote = true;
    }
    if (wrote) {
      LOG.info("Demo enrollment catalogue created");
    }
    return wrote;
  }

  private static List<Product> catalogue(Coop coop, long sharePrice, int minShares) {
    return List.of(
        new Product(
            coop,
            "SHARE",
            ProductKind.SHARE,
            new LocalizedText("生協加入（出資金）", "Membership shares"),
            null,
            Yen.of(sharePrice),
            minShares,
            minShares * 5,
            true,
            null),
        new Product(
            coop,
            "G1200",
            ProductKind.INSURANCE,
            new LocalizedText("学生総合共済", "Student mutual aid"),
            "G1200 1年間",
            Yen.of(14_400),
            1,
            1,
            false,
            12),
        new Product(
            coop,
            "19HL",
            ProductKind.INSURANCE,
            new LocalizedText("学生賠償責任保険", "Student liability insurance"),
            "19HL 1年間",
            Yen.of(8_500),
            1,
            1,
            false,
            12),
        new Product(
            coop,
            "19W",
            ProductKind.INSURANCE,
            new LocalizedText("就学費用保障保険", "Tuition protection insurance"),
            "19W 1口 1年間",
            Yen.of(2_600),
            1,
            1,
            false,
            12),
        new Product(
            coop,
            "110",
            ProductKind.SUPPORT,
            new LocalizedText("学生生活110番", "Student life helpline 110"),
            "4年間",
            Yen.of(9_450),
            1,
            1,
            false,
            48),
        new Product(
            coop,
            "EMONEY",
            ProductKind.DEPOSIT,
            new LocalizedText("電子マネー", "E-money deposit"),
            null,
            Yen.of(1_000),
            1,
            1,
            false,
            null),
        new Product(
            coop,
            "MEAL",
            ProductKind.MEAL_PLAN,
            new LocalizedText("ミール", "Meal plan"),
            "年間 1日1,000円まで",
            Yen.of(96_000),
            1,
            1,
            false,
            12));
  }
}
