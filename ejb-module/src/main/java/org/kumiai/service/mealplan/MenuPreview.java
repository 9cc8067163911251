package org.kumiai.service.mealplan;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * What importing a sheet would do, row by row: a new item, a change, no change, or a bad row with
 * its problems by column. Nothing is imported while any row is bad.
 */
public record MenuPreview(List<Line> lines) implements Serializable {

  /** How a row would land. */
  public enum Outcome {
    NEW,
    CHANGED,
    UNCHANGED,
    BAD
  }

  /** One row of the sheet; {@code problems} maps a column to its reason. */
  public record Line(
      int line, String code, String name, Outcome outcome, Map<String, String> problems)
      implements Serializable {}

  public long count(Outcome outcome) {
    return lines.stream().filter(l -> l.outcome() == outcome).count();
  }

  public List<Line> bad() {
    return lines.stream().filter(l -> l.outcome() == Outcome.BAD).toList();
  }

  public boolean importable() {
    return bad().isEmpty();
  }
}
