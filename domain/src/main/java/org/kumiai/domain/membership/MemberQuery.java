package org.kumiai.domain.membership;

import java.io.Serializable;

/**
 * A staff search: one typed term, optionally one co-op (by code) and one status. Which co-ops a
 * staff member may search at all is decided by the service, never by the query.
 */
public record MemberQuery(String term, String coop, MemberStatus status) implements Serializable {

  public static final MemberQuery EVERYONE = new MemberQuery(null, null, null);

  public MemberSearchTerm searchTerm() {
    return MemberSearchTerm.of(term);
  }

  public boolean hasCoop() {
    return coop != null && !coop.isBlank();
  }
}
