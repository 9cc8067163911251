package org.kumiai.service.identity;

import java.util.List;
import org.kumiai.domain.identity.OnboardingStep;

/**
 * Where a sign-up stands: the next step, and whether the address matched memberships (the co-ops
 * linked) or made a prospective-student account, which the page explains.
 */
public record SignUpProgress(OnboardingStep next, boolean prospective, List<String> coops) {}
