package org.kumiai.service.wallet;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Statements sent to the database together: on PostgreSQL as one multi-statement query, whose parts
 * its driver sends with a single sync, so they cost one round trip; elsewhere (H2, in the same JVM,
 * has no trip to save) one after another. They run in order, each in a snapshot of its own under
 * READ COMMITTED, and the first failure stops the rest.
 */
final class RoundTrip {

  /** One statement's outcome: its rows when it is a query, else how many rows it changed. */
  record Result(List<Object[]> rows, int updated) {}

  private final List<String> statements = new ArrayList<>();
  private final List<Object[]> parameters = new ArrayList<>();

  /** Adds a statement; an {@link Instant} is bound as a UTC {@code TIMESTAMP WITH TIME ZONE}. */
  RoundTrip add(String sql, Object... params) {
    statements.add(sql);
    parameters.add(params);
    return this;
  }

  /** How many statements have been added: the index the next one's result will have. */
  int size() {
    return statements.size();
  }

  List<Result> run(Connection c, boolean oneQuery) throws SQLException {
    List<Result> results = new ArrayList<>(statements.size());
    if (!oneQuery) {
      for (int i = 0; i < statements.size(); i++) {
        try (PreparedStatement ps = c.prepareStatement(statements.get(i))) {
          bind(ps, 1, parameters.get(i));
          results.add(next(ps, ps.execute()));
        }
      }
      return results;
    }
    try (PreparedStatement ps = c.prepareStatement(String.join(";\n", statements))) {
      int index = 1;
      for (Object[] params : parameters) {
        index = bind(ps, index, params);
      }
      boolean rows = ps.execute();
      for (int i = 0; i < statements.size(); i++) {
        results.add(next(ps, rows));
        rows = ps.getMoreResults();
      }
    }
    return results;
  }

  private static int bind(PreparedStatement ps, int first, Object[] params) throws SQLException {
    int index = first;
    for (Object p : params) {
      ps.setObject(
          index++,
          p instanceof Instant t
              ? t.atOffset(ZoneOffset.UTC)
              : p instanceof Enum<?> e ? e.name() : p);
    }
    return index;
  }

  private static Result next(PreparedStatement ps, boolean rows) throws SQLException {
    if (!rows) {
      return new Result(List.of(), ps.getUpdateCount());
    }
    List<Object[]> read = new ArrayList<>();
    try (ResultSet rs = ps.getResultSet()) {
      int columns = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        Object[] row = new Object[columns];
        for (int i = 0; i < columns; i++) {
          row[i] = rs.getObject(i + 1);
        }
        read.add(row);
      }
    }
    return new Result(read, -1);
  }
}
