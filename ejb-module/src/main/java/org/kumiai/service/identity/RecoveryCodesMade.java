package org.kumiai.service.identity;

import java.util.List;
import org.kumiai.domain.identity.CodeCheck;

/** The proof's check and, when it was accepted, the new recovery codes (shown once). */
public record RecoveryCodesMade(CodeCheck check, List<String> codes) {}
