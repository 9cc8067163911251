package org.kumiai.domain.shared;

import jakarta.ejb.ApplicationException;
import java.util.ArrayList;
import java.util.List;

/** Several fields of one form were invalid; each is named, so the page can mark them all. */
@ApplicationException(rollback = true)
public class InvalidValuesException extends RuntimeException {

  private final List<InvalidValueException> problems;

  public InvalidValuesException(List<InvalidValueException> problems) {
    super(problems.stream().map(Throwable::getMessage).toList().toString());
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("At least one problem");
    }
    this.problems = List.copyOf(problems);
  }

  /** Runs every check of a form and throws once, naming each field that failed. */
  public static void check(Runnable... checks) {
    List<InvalidValueException> found = new ArrayList<>();
    for (Runnable check : checks) {
      try {
        check.run();
      } catch (InvalidValueException e) {
        found.add(e);
      } catch (InvalidValuesException e) {
        found.addAll(e.problems());
      }
    }
    if (!found.isEmpty()) {
      throw new InvalidValuesException(found);
    }
  }

  public List<InvalidValueException> problems() {
    return problems;
  }
}
