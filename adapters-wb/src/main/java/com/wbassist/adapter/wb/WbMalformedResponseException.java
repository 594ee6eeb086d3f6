package com.wbassist.adapter.wb;

import com.wbassist.application.port.out.WbUnavailableException;

/**
 * WB answered 2xx with a body this adapter cannot read at all: not JSON, cut short, or the wrong
 * shape (an object where the page's array belongs, an envelope without its parts). The whole page
 * is refused, so nothing of it is stored, and the stream's next pass asks again — a body cut short
 * in transit reads whole then. A row that cannot be read is no reason for this: it is set aside and
 * the page's other rows are returned ({@link JsonValues#rows}).
 */
final class WbMalformedResponseException extends WbUnavailableException {
  WbMalformedResponseException(WbEndpoint endpoint, String problem, Throwable cause) {
    super(endpoint.label() + ": WB sent a response that cannot be read: " + problem, cause);
  }
}
