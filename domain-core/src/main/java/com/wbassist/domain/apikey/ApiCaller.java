package com.wbassist.domain.apikey;

import com.wbassist.domain.cabinet.CabinetId;
import java.util.Objects;

/**
 * Who is calling the sellers' API: a key, and the one cabinet it opens. Every query of the API is
 * made for this cabinet and no other.
 */
public record ApiCaller(String keyId, CabinetId cabinet) {
  public ApiCaller {
    Objects.requireNonNull(keyId, "keyId");
    Objects.requireNonNull(cabinet, "cabinet");
  }
}
