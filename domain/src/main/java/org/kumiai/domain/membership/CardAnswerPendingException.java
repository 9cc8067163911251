package org.kumiai.domain.membership;

import jakarta.ejb.ApplicationException;

/**
 * The application's card charge still awaits the acquirer's answer: it may have been made, so the
 * application is not paid another way until the acquirer tells.
 */
@ApplicationException(rollback = true)
public class CardAnswerPendingException extends RuntimeException {

  public CardAnswerPendingException() {
    super("The card charge of the application awaits the acquirer's answer");
  }
}
