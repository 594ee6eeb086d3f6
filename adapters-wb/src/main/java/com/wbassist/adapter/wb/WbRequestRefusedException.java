package com.wbassist.adapter.wb;

import com.wbassist.application.port.out.WbUnavailableException;

/**
 * WB refused the request itself (400, 404, 422…, or a feedbacks envelope with {@code "error":
 * true}): asking again unchanged would only cost rate limit (a 4xx counts as ten requests in
 * places), so it is not retried.
 */
final class WbRequestRefusedException extends WbUnavailableException {
  WbRequestRefusedException(WbEndpoint endpoint, int status, String detail) {
    super(endpoint.label() + ": WB refused the request (" + status + "): " + detail);
  }
}
