package org.kumiai.service.membership;

import java.io.Serializable;
import java.util.Map;

/** The enrollment form as typed, items as units per product code (yen for a deposit). */
public record ApplicationForm(
    String coopCode,
    String familyName,
    String givenName,
    String familyKana,
    String givenKana,
    String dateOfBirth,
    String email,
    String phone,
    String postalCode,
    String prefecture,
    String city,
    String addressLine1,
    String addressLine2,
    String affiliation,
    String department,
    String studentNumber,
    Map<String, Integer> items)
    implements Serializable {}
