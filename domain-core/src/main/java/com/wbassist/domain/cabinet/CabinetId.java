package com.wbassist.domain.cabinet;

import java.util.Objects;

/** A WB seller account, named by the {@code sid} WB puts in every token of that account. */
public record CabinetId(String sid) {
  public CabinetId {
    Objects.requireNonNull(sid, "sid");
    if (sid.isBlank()) {
      throw new IllegalArgumentException("a cabinet id (WB sid) must not be blank");
    }
  }

  @Override
  public String toString() {
    return sid;
  }
}
