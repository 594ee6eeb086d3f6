package com.wbassist.adapter.wb;

import com.wbassist.application.port.out.WbUnavailableException;

/**
 * WB answered 2xx with a body this adapter cannot read: not JSON, the wrong shape, or a row without
 * a field the model needs. The whole page is refused, so nothing of it is stored; retrying the same
 * request would read the same body.
 */
final class WbMalformedResponseException extends WbUnavailableException {
  WbMalformedResponseException(WbEndpoint endpoint, String problem, Throwable cause) {
    super(endpoint.label() + ": WB sent a response that cannot be read: " + problem, cause);
  }
}
