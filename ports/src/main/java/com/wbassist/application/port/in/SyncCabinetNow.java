package com.wbassist.application.port.in;

import com.wbassist.domain.cabinet.CabinetId;
import java.util.Optional;

/** Sync one cabinet at once ("sync now", a new cabinet's primary sync). */
public interface SyncCabinetNow {
  /**
   * The pass's report, or empty when another pass of that cabinet holds its lease or it is unknown.
   */
  Optional<SyncReport> syncNow(CabinetId cabinet);
}
