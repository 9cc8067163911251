package org.kumiai.web.shell;

import jakarta.faces.context.FacesContext;
import java.io.Serializable;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The key that makes one money form's submission one movement of money. The page carries it in a
 * plain hidden field, and the action takes the key the submitted page was shown with: a page posted
 * again (a second press after the first went through, the browser's resend, back and submit) brings
 * the key of the movement already made, and the service finds it instead of making another. The
 * bean renews its key after each movement, so the re-rendered form is a new one. The field is read
 * only by the money action, never bound: another button on an old page (find a card) does not turn
 * the bean back to that page's key. A posted value that is not a key the server could have made is
 * ignored.
 */
public final class FormKey implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final Pattern UUID_TEXT =
      Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

  private String value = UUID.randomUUID().toString();

  /** For the page's hidden field. */
  public String getValue() {
    return value;
  }

  /** The key posted in the hidden field named {@code field}, else the bean's own. */
  public String submitted(String field) {
    String posted =
        FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get(field);
    return posted != null && UUID_TEXT.matcher(posted).matches() ? posted : value;
  }

  public void renew() {
    value = UUID.randomUUID().toString();
  }
}
