package org.kumiai.service.membership;

import java.io.Serializable;

/** The withdrawal form as typed: reason, note, refund method and, for a transfer, the account. */
public record WithdrawalForm(
    String reason,
    String note,
    String method,
    String bankCode,
    String branchCode,
    String accountType,
    String accountNumber,
    String accountHolder)
    implements Serializable {}
