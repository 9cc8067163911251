package org.kumiai.domain.identity;

/**
 * The ways to prove the second factor at sign-in. A member picks the one offered first; recovery
 * codes are a fallback and never the default.
 */
public enum SecondFactor {
  SMS,
  VOICE,
  TOTP
}
