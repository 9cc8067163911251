package org.kumiai.domain.identity;

import java.util.List;
import java.util.Optional;

/** Stored one-time codes. */
public interface VerificationCodeRepository {

  void store(VerificationCode code);

  /** Codes for this purpose and destination still LIVE, locked until the transaction ends. */
  List<VerificationCode> liveCodes(CodePurpose purpose, String destination);

  /** The newest code for this purpose and destination, locked until the transaction ends. */
  Optional<VerificationCode> latest(CodePurpose purpose, String destination);
}
