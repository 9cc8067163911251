package org.kumiai.web.shell;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.kumiai.domain.shared.InvalidValueException;
import org.kumiai.domain.shared.InvalidValuesException;

/** Puts a bundle message on the page, attached to the field it names. */
public final class Feedback {

  private Feedback() {}

  public static void error(String clientId, String key, Object... args) {
    FacesContext faces = FacesContext.getCurrentInstance();
    faces.addMessage(
        clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text(faces, key, args), null));
  }

  public static void info(String key, Object... args) {
    FacesContext faces = FacesContext.getCurrentInstance();
    faces.addMessage(
        null, new FacesMessage(FacesMessage.SEVERITY_INFO, text(faces, key, args), null));
  }

  /** "error.email.MALFORMED" with the field's label, or a generic line for an unknown pair. */
  public static void invalid(String form, InvalidValueException e) {
    FacesContext faces = FacesContext.getCurrentInstance();
    String key = "invalid." + e.reason();
    String label = label(faces, "field." + e.field());
    faces.addMessage(
        form + ":" + e.field(),
        new FacesMessage(FacesMessage.SEVERITY_ERROR, text(faces, key, label), null));
  }

  /** Every field a form got wrong, each message next to its field. */
  public static void invalid(String form, InvalidValuesException e) {
    e.problems().forEach(p -> invalid(form, p));
  }

  /**
   * The message for a field's problem as text, for places that list problems rather than mark
   * fields (an import's rows): the label is {0}, {@code extra} is {1}.
   */
  public static String describe(String field, String reason, Object extra) {
    FacesContext faces = FacesContext.getCurrentInstance();
    return text(faces, "invalid." + reason, label(faces, "field." + field), extra);
  }

  /**
   * The first of these keys the bundle has, else the last: a context's own wording before the
   * shared one.
   */
  public static String firstKey(String... keys) {
    ResourceBundle bundle = bundle(FacesContext.getCurrentInstance());
    for (String key : keys) {
      if (bundle.containsKey(key)) {
        return key;
      }
    }
    return keys[keys.length - 1];
  }

  /** A bundle message as text in the page's language, for lists rather than fields. */
  public static String message(String key, Object... args) {
    return text(FacesContext.getCurrentInstance(), key, args);
  }

  /** A field's label in the page's language, for messages that name it. */
  public static String label(String key) {
    return label(FacesContext.getCurrentInstance(), key);
  }

  private static String label(FacesContext faces, String key) {
    try {
      return bundle(faces).getString(key);
    } catch (MissingResourceException e) {
      return key;
    }
  }

  private static String text(FacesContext faces, String key, Object... args) {
    ResourceBundle bundle = bundle(faces);
    String pattern =
        bundle.containsKey(key) ? bundle.getString(key) : bundle.getString("invalid.OTHER");
    return new MessageFormat(pattern, locale(faces)).format(args);
  }

  private static ResourceBundle bundle(FacesContext faces) {
    return ResourceBundle.getBundle("org.kumiai.web.messages", locale(faces));
  }

  private static Locale locale(FacesContext faces) {
    return faces.getViewRoot() == null ? Locale.JAPANESE : faces.getViewRoot().getLocale();
  }
}
