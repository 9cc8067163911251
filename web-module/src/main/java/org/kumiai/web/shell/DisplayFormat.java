package org.kumiai.web.shell;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ResourceBundle;
import org.kumiai.domain.shared.CoopTime;
import org.kumiai.domain.shared.LocalizedText;
import org.kumiai.domain.shared.Yen;

/** Dates, times and texts in the page's language, always in Japan time. */
@Named("fmt")
@RequestScoped
public class DisplayFormat {

  @Inject private Language language;

  private ResourceBundle bundle;

  public String date(LocalDate date) {
    return date == null ? "" : pattern("format.date").format(date);
  }

  public String dateTime(Instant instant) {
    return instant == null ? "" : pattern("format.dateTime").format(instant.atZone(CoopTime.ZONE));
  }

  public String time(LocalTime time) {
    return time == null ? "" : pattern("format.time").format(time);
  }

  /** Whole yen as ¥1,000. */
  public String yen(long value) {
    return Yen.of(value).formatted();
  }

  /** A change in whole yen as +¥1,000 or −¥1,000 (a minus sign, not a hyphen), and ¥0. */
  public String signedYen(long value) {
    return (value > 0 ? "+" : value < 0 ? "\u2212" : "") + yen(Math.abs(value));
  }

  /** A whole number with thousands grouped, as 2,650 (kcal and other counts). */
  public String count(long value) {
    return NumberFormat.getIntegerInstance(language.getLocale()).format(value);
  }

  public String text(LocalizedText text) {
    return text == null ? "" : text.in(language.getLocale());
  }

  /** A bundle message with its {0}, {1} … filled in. */
  public String message(String key, Object... args) {
    return new MessageFormat(bundle().getString(key), language.getLocale()).format(args);
  }

  public String label(String key) {
    return bundle().getString(key);
  }

  private DateTimeFormatter pattern(String key) {
    return DateTimeFormatter.ofPattern(bundle().getString(key), language.getLocale());
  }

  private ResourceBundle bundle() {
    if (bundle == null) {
      bundle = ResourceBundle.getBundle("org.kumiai.web.messages", language.getLocale());
    }
    return bundle;
  }
}
