package com.wbassist.application.port.in;

import com.wbassist.application.port.out.ErasedRows;
import java.util.List;

/** How an operator's "forget this cabinet" ended. */
public sealed interface ForgetOutcome {
  /** No such cabinet. */
  record Unknown() implements ForgetOutcome {}

  /** Sellers still watch it, and the operator did not say to forget them too; nothing erased. */
  record SellersStillLinked(List<Long> telegramIds) implements ForgetOutcome {
    public SellersStillLinked {
      telegramIds = List.copyOf(telegramIds);
    }
  }

  /** A sync pass holds the cabinet; nothing erased (stop it, or wait for it to end). */
  record Syncing() implements ForgetOutcome {}

  /** Erased: what went. */
  record Erased(ErasedRows rows) implements ForgetOutcome {}
}
