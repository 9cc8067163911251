package org.kumiai.service.identity;

import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kumiai.domain.messaging.Channel;
import org.kumiai.domain.shared.PhoneNumber;
import org.kumiai.service.messaging.MessageView;
import org.kumiai.service.messaging.Outbox;

/** Accounts made through the real sign-up, reading every code from the real outbox. */
@Dependent
class IdentityFixture {

  static final String GOOD_PASSWORD = "Kumiai-Coop 2026!";
  static final Pattern MAIL_CODE = Pattern.compile("(?:確認コード|code):? (\\d{6})");
  private static final Pattern SMS_CODE = Pattern.compile("(\\d{6})");

  @Inject SignUp signUp;
  @Inject Outbox outbox;

  MessageView lastTo(String recipient, Channel channel) {
    return outbox.latest(200).stream()
        .filter(m -> m.recipient().equals(recipient) && m.channel() == channel)
        .findFirst()
        .orElseThrow(() -> new AssertionError("nothing sent to " + recipient));
  }

  String mailedCode(String email) {
    Matcher m = MAIL_CODE.matcher(lastTo(email, Channel.MAIL).body());
    assertTrue(m.find(), "a code in the mail");
    return m.group(1);
  }

  String textedCode(String e164) {
    Matcher m = SMS_CODE.matcher(lastTo(e164, Channel.SMS).body());
    assertTrue(m.find(), "a code in the text");
    return m.group(1);
  }

  /** A finished sign-up up to the phone (the profile still to come); returns its address. */
  String signedUp(String phone) {
    String email = "signin-" + UUID.randomUUID() + "@example.jp";
    signUp.startWithEmail(email, Locale.JAPANESE, ip());
    signUp.confirmEmail(email, mailedCode(email));
    signUp.choosePassword(email, GOOD_PASSWORD, GOOD_PASSWORD, "山田", "花子");
    signUp.sendPhoneCode(email, phone, false, Locale.JAPANESE, ip());
    signUp.confirmPhone(email, phone, textedCode(PhoneNumber.parse(phone).value()));
    return email;
  }

  /** A documentation address (RFC 5737), different per call so no IP limit is shared. */
  static String ip() {
    return "198.51.100." + (int) (Math.random() * 250 + 1);
  }
}
