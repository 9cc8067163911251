package org.kumiai.service.identity;

import java.time.Instant;

/** A code just made, for the caller to send; it exists in clear only here. */
public record IssuedCode(String code, Instant expiresAt, Instant resendAt) {}
