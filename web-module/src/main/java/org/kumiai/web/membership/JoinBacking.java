package org.kumiai.web.membership;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kumiai.domain.identity.ResendTooSoonException;
import org.kumiai.domain.membership.AffiliationKind;
import org.kumiai.domain.membership.EnrollmentClosedException;
import org.kumiai.domain.membership.PostalAddress;
import org.kumiai.domain.membership.ProductKind;
import org.kumiai.domain.shared.InvalidValueException;
import org.kumiai.domain.shared.InvalidValuesException;
import org.kumiai.service.coop.CoopView;
import org.kumiai.service.coop.StoreDirectory;
import org.kumiai.service.membership.ApplicationForm;
import org.kumiai.service.membership.EnrollmentView;
import org.kumiai.service.membership.Enrollments;
import org.kumiai.service.membership.PaymentOutcome;
import org.kumiai.service.membership.ProductView;
import org.kumiai.web.payment.CardEntry;
import org.kumiai.web.shell.DisplayFormat;
import org.kumiai.web.shell.Feedback;
import org.kumiai.web.shell.Visitor;

/**
 * {@code /join}: co-op, the applicant's data, the items, the review with the total, then payment by
 * card; paying issues the membership number and sends the welcome mail. Each step is checked by the
 * server before the next opens, and nothing is stored before the applicant confirms the review.
 */
@Named
@ViewScoped
public class JoinBacking implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final String FORM = "join";

  /** The panels of this page, in the order of the step indicator. */
  public enum Panel {
    COOP,
    APPLICANT,
    ITEMS,
    REVIEW,
    PAYMENT,
    DONE
  }

  @Inject protected Enrollments enrollments;
  @Inject private StoreDirectory directory;
  @Inject private DisplayFormat format;

  private Panel panel = Panel.COOP;
  private List<CoopView> coops;
  private String coopCode;
  private List<ProductView> catalogue = List.of();
  private final Map<String, String> applicant = new HashMap<>();
  private final Map<String, String> units = new HashMap<>();
  private final Map<String, Boolean> chosen = new HashMap<>();
  private EnrollmentView quote;
  private EnrollmentView applied;
  private final CardEntry card = new CardEntry();

  @PostConstruct
  void load() {
    coops = coopChoices();
  }

  /** The co-ops one may join here: every co-op of the federation. */
  protected List<CoopView> coopChoices() {
    return directory.coops();
  }

  /** Records the application as the applicant's own. */
  protected EnrollmentView record(ApplicationForm form) {
    return enrollments.apply(form, Visitor.ip());
  }

  /** Paid: the page shows the number. */
  protected void paid(EnrollmentView enrollment) {
    applied = enrollment;
    panel = Panel.DONE;
  }

  public void chooseCoop() {
    if (coopCode == null || coops.stream().noneMatch(c -> c.code().equals(coopCode))) {
      Feedback.error(FORM + ":coop", "invalid.NOT_CHOSEN", Feedback.label("field.coop"));
      return;
    }
    catalogue = enrollments.catalogue(coopCode);
    units.clear();
    chosen.clear();
    for (ProductView p : catalogue) {
      if (p.kind() == ProductKind.SHARE) {
        units.put(p.code(), Integer.toString(p.minUnits()));
      }
    }
    panel = Panel.APPLICANT;
  }

  public void checkApplicant() {
    try {
      enrollments.checkApplicant(form(Map.of()));
      panel = Panel.ITEMS;
    } catch (InvalidValuesException e) {
      Feedback.invalid(FORM, e);
    }
  }

  public void review() {
    try {
      quote = enrollments.quote(form(items()));
      panel = Panel.REVIEW;
    } catch (InvalidValueException e) {
      itemProblem(e);
    }
  }

  public void apply() {
    try {
      applied = record(form(items()));
      panel = Panel.PAYMENT;
    } catch (InvalidValuesException e) {
      panel = Panel.APPLICANT;
      Feedback.invalid(FORM, e);
    } catch (InvalidValueException e) {
      panel = Panel.ITEMS;
      itemProblem(e);
    } catch (ResendTooSoonException e) {
      Feedback.error(null, "signin.limited", format.dateTime(e.retryAt()));
    }
  }

  public void pay() {
    try {
      PaymentOutcome outcome =
          enrollments.payByCard(
              applied.id(),
              card.getNumber(),
              card.getExpiry(),
              card.getCode(),
              card.getBirthday(),
              Visitor.locale(),
              Visitor.ip());
      switch (outcome.result()) {
        case PAID -> paid(outcome.enrollment());
        case DECLINED -> CardEntry.declined(outcome.declineReason());
        case TIMEOUT -> Feedback.error(null, "join.timeout");
      }
    } catch (InvalidValuesException e) {
      Feedback.invalid(FORM, e);
    } catch (EnrollmentClosedException e) {
      Feedback.error(null, "join.closed." + e.status());
    } catch (ResendTooSoonException e) {
      Feedback.error(null, "signin.limited", format.dateTime(e.retryAt()));
    } finally {
      card.forgetSecrets();
    }
  }

  public void back() {
    panel = Panel.values()[Math.max(0, panel.ordinal() - 1)];
  }

  private void itemProblem(InvalidValueException e) {
    String code = e.field().startsWith("item_") ? e.field().substring(5) : e.field();
    String name =
        catalogue.stream()
            .filter(p -> p.code().equals(code))
            .map(p -> p.name().in(Visitor.locale()))
            .findFirst()
            .orElse(code);
    Feedback.error(null, "join.item." + e.reason(), name);
  }

  /** Units per product; a typed count that is not a number is named, not guessed. */
  private Map<String, Integer> items() {
    Map<String, Integer> items = new LinkedHashMap<>();
    for (ProductView p : catalogue) {
      if (p.kind() == ProductKind.SHARE || p.kind() == ProductKind.DEPOSIT) {
        String typed = units.get(p.code());
        String digits =
            typed == null
                ? ""
                : Normalizer.normalize(typed, Normalizer.Form.NFKC).replaceAll("[\\s,¥円]", "");
        if (digits.isEmpty()) {
          items.put(p.code(), 0);
        } else if (!digits.matches("\\d{1,7}")) {
          throw new InvalidValueException("item_" + p.code(), "NOT_DIGITS");
        } else {
          items.put(p.code(), Integer.parseInt(digits));
        }
      } else if (Boolean.TRUE.equals(chosen.get(p.code()))) {
        items.put(p.code(), 1);
      }
    }
    return items;
  }

  private ApplicationForm form(Map<String, Integer> items) {
    return new ApplicationForm(
        coopCode,
        applicant.get("familyName"),
        applicant.get("givenName"),
        applicant.get("familyKana"),
        applicant.get("givenKana"),
        applicant.get("dateOfBirth"),
        applicant.get("email"),
        applicant.get("phone"),
        applicant.get("postalCode"),
        applicant.get("prefecture"),
        applicant.get("city"),
        applicant.get("addressLine1"),
        applicant.get("addressLine2"),
        applicant.get("affiliation"),
        applicant.get("department"),
        applicant.get("studentNumber"),
        items);
  }

  /** Whether staff type this in at the counter, where cash is taken too. */
  public boolean isAtCounter() {
    return false;
  }

  public int getStepIndex() {
    return panel.ordinal();
  }

  public Panel getPanel() {
    return panel;
  }

  public List<CoopView> getCoops() {
    return coops;
  }

  public String getCoopCode() {
    return coopCode;
  }

  public void setCoopCode(String coopCode) {
    this.coopCode = coopCode;
  }

  public List<ProductView> getCatalogue() {
    return catalogue;
  }

  public Map<String, String> getApplicant() {
    return applicant;
  }

  public Map<String, String> getUnits() {
    return units;
  }

  public Map<String, Boolean> getChosen() {
    return chosen;
  }

  public List<String> getPrefectures() {
    return PostalAddress.PREFECTURES;
  }

  public AffiliationKind[] getAffiliations() {
    return AffiliationKind.values();
  }

  public EnrollmentView getQuote() {
    return quote;
  }

  public EnrollmentView getApplied() {
    return applied;
  }

  public CardEntry getCard() {
    return card;
  }
}
