package com.wbassist.application.port.out;

import com.wbassist.domain.cabinet.ApiToken;

/** Asks WB, once, whether a token works and whose account it opens. */
public interface WbAccountCheck {
  /**
   * @throws WbTokenRejectedException when WB refuses the token
   * @throws WbUnavailableException when WB cannot be asked now
   */
  SellerAccount verify(ApiToken token);
}
