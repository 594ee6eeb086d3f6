package com.wbassist.application.port.out;

import com.wbassist.domain.cabinet.CabinetId;
import com.wbassist.domain.market.Feedback;
import com.wbassist.domain.market.Order;
import com.wbassist.domain.market.Period;
import com.wbassist.domain.market.Sale;
import com.wbassist.domain.market.StockLevel;
import java.util.List;
import java.util.Optional;

/**
 * What a cabinet's stored rows say, read for the seller's own systems: always of one cabinet, a
 * period of its rows' own dates, in pages ordered by that date and the row's key.
 */
public interface ShopRecords {
  RecordPage<Order> orders(
      CabinetId cabinet, Period period, Optional<RecordCursor> after, int limit);

  /** Buyouts, returns and WB's other sale rows. */
  RecordPage<Sale> sales(CabinetId cabinet, Period period, Optional<RecordCursor> after, int limit);

  RecordPage<Feedback> feedbacks(
      CabinetId cabinet, Period period, Optional<RecordCursor> after, int limit);

  /** The last complete stock snapshot, one row per size and warehouse. */
  List<StockLevel> stocks(CabinetId cabinet);

  /** Events detected in the period (by detection time), with how their messages went. */
  RecordPage<NotifiedEvent> notified(
      CabinetId cabinet, Period period, Optional<RecordCursor> after, int limit);
}
