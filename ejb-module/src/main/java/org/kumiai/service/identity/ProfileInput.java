package org.kumiai.service.identity;

import java.io.Serializable;

/** The profile form as typed; every field is checked by {@link Profiles#save}. */
public record ProfileInput(
    String familyKana,
    String givenKana,
    String postalCode,
    String prefecture,
    String city,
    String addressLine1,
    String addressLine2,
    String phone)
    implements Serializable {}
