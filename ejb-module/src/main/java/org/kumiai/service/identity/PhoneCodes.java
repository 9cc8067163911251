package org.kumiai.service.identity;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.Locale;
import org.kumiai.domain.identity.CodePurpose;
import org.kumiai.service.messaging.MessageTemplates;
import org.kumiai.service.messaging.Outbox;

/**
 * Sends a one-time code to a phone, by SMS or by a call that reads it out digit by digit, through
 * the outbox in the caller's transaction.
 */
@Dependent
class PhoneCodes {

  @Inject private VerificationCodes codes;
  @Inject private Outbox outbox;
  @Inject private MessageTemplates templates;

  IssuedCode send(CodePurpose purpose, String e164, boolean voice, Locale lang) {
    IssuedCode issued = codes.issue(purpose, e164);
    String text =
        voice
            ? templates.render(
                "phone.code.voice", lang, MessageTemplates.spaced(issued.code(), lang))
            : templates.render("phone.code.sms", lang, issued.code());
    outbox.enqueuePhone(e164, voice, templates.render("phone.code.label", lang), text);
    return issued;
  }
}
