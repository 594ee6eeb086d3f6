package com.wbassist.application.port.in;

import com.wbassist.application.port.out.NotifiedEvent;
import com.wbassist.application.port.out.RecordCursor;
import com.wbassist.application.port.out.RecordPage;
import com.wbassist.domain.apikey.ApiCaller;
import com.wbassist.domain.cabinet.Cabinet;
import com.wbassist.domain.market.Feedback;
import com.wbassist.domain.market.Order;
import com.wbassist.domain.market.Period;
import com.wbassist.domain.market.Sale;
import com.wbassist.domain.market.StockLevel;
import java.util.List;
import java.util.Optional;

/**
 * What a seller's own system reads of its shop. Every question is asked as a caller, never of a
 * cabinet by name: the caller's key decides the cabinet, so no parameter can reach another's.
 */
public interface ReadShopData {
  /** Rows a page holds when the caller does not say. */
  int DEFAULT_PAGE = 100;

  /** Rows a page holds at most, whatever the caller asks for. */
  int LONGEST_PAGE = 500;

  Optional<Cabinet> cabinet(ApiCaller caller);

  RecordPage<Order> orders(
      ApiCaller caller, Period period, Optional<RecordCursor> after, int limit);

  RecordPage<Sale> sales(ApiCaller caller, Period period, Optional<RecordCursor> after, int limit);

  RecordPage<Feedback> feedbacks(
      ApiCaller caller, Period period, Optional<RecordCursor> after, int limit);

  List<StockLevel> stocks(ApiCaller caller);

  RecordPage<NotifiedEvent> notified(
      ApiCaller caller, Period period, Optional<RecordCursor> after, int limit);
}
