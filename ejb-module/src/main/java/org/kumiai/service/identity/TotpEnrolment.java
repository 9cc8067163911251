package org.kumiai.service.identity;

import java.io.Serializable;

/**
 * A new authenticator-app key before its first code proves the app has it: shown as a QR code of
 * {@code uri} and, for typing, as {@code secret} in Base32. Nothing is stored until then.
 */
public record TotpEnrolment(String secret, String uri) implements Serializable {}
