package com.wbassist.application.port.out;

import com.wbassist.domain.cabinet.ApiToken;
import com.wbassist.domain.cabinet.CabinetId;
import java.util.Objects;

/** What a call to WB needs: the token, and whose it is (WB limits requests per account). */
public record WbAccess(CabinetId cabinet, ApiToken token) {
  public WbAccess {
    Objects.requireNonNull(cabinet, "cabinet");
    Objects.requireNonNull(token, "token");
  }
}
