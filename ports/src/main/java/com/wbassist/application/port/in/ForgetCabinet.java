package com.wbassist.application.port.in;

import com.wbassist.domain.cabinet.CabinetId;

/**
 * An operator erases a cabinet for good: one whose sellers all left, or one they were asked to
 * forget. A cabinet a seller still watches is erased only when the operator says so (its sellers
 * are forgotten with it), and none while a sync pass holds it.
 */
public interface ForgetCabinet {
  ForgetOutcome forget(CabinetId cabinet, boolean evenWithSellers);
}
