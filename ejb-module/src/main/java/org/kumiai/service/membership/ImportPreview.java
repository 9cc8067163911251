package org.kumiai.service.membership;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * What a members file would do, row by row: who becomes a member, who is one already, and every bad
 * row with each reason. {@code importedBefore} is when the same file was last committed.
 */
public record ImportPreview(
    String fileName, String charset, List<ImportRowView> rows, Instant importedBefore)
    implements Serializable {

  /** What happens to one row. */
  public enum Outcome {
    NEW,
    PRESENT,
    BAD
  }

  /** A field the row got wrong, why, and for a duplicate the line it repeats. */
  public record Problem(String field, String reason, Integer otherLine) implements Serializable {}

  /** One row as typed, and its outcome; the number once committed. */
  public record ImportRowView(
      int line,
      String name,
      String kana,
      String email,
      Outcome outcome,
      List<Problem> problems,
      String number)
      implements Serializable {}

  public long count(Outcome outcome) {
    return rows.stream().filter(r -> r.outcome() == outcome).count();
  }

  /** Whether committing would be refused: one bad row stops the whole file. */
  public boolean hasBadRows() {
    return count(Outcome.BAD) > 0;
  }
}
