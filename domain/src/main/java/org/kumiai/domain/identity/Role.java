package org.kumiai.domain.identity;

/** What an account may do; a person can hold more than one (a parent who is also a member). */
public enum Role {
  MEMBER,
  GUARDIAN,
  STAFF,
  ADMIN
}
