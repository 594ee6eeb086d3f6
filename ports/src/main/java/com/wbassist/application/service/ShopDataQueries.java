package com.wbassist.application.service;

import com.wbassist.application.port.in.ReadShopData;
import com.wbassist.application.port.out.CabinetStore;
import com.wbassist.application.port.out.NotifiedEvent;
import com.wbassist.application.port.out.RecordCursor;
import com.wbassist.application.port.out.RecordPage;
import com.wbassist.application.port.out.ShopRecords;
import com.wbassist.domain.apikey.ApiCaller;
import com.wbassist.domain.cabinet.Cabinet;
import com.wbassist.domain.market.Feedback;
import com.wbassist.domain.market.Order;
import com.wbassist.domain.market.Period;
import com.wbassist.domain.market.Sale;
import com.wbassist.domain.market.StockLevel;
import java.util.List;
import java.util.Optional;

/** Answers a caller's questions from the stored rows of the caller's own cabinet. */
public final class ShopDataQueries implements ReadShopData {
  private final CabinetStore cabinets;
  private final ShopRecords records;

  public ShopDataQueries(CabinetStore cabinets, ShopRecords records) {
    this.cabinets = cabinets;
    this.records = records;
  }

  @Override
  public Optional<Cabinet> cabinet(ApiCaller caller) {
    return cabinets.find(caller.cabinet());
  }

  @Override
  public RecordPage<Order> orders(
      ApiCaller caller, Period period, Optional<RecordCursor> after, int limit) {
    return records.orders(caller.cabinet(), period, after, pageOf(limit));
  }

  @Override
  public RecordPage<Sale> sales(
      ApiCaller caller, Period period, Optional<RecordCursor> after, int limit) {
    return records.sales(caller.cabinet(), period, after, pageOf(limit));
  }

  @Override
  public RecordPage<Feedback> feedbacks(
      ApiCaller caller, Period period, Optional<RecordCursor> after, int limit) {
    return records.feedbacks(caller.cabinet(), period, after, pageOf(limit));
  }

  @Override
  public List<StockLevel> stocks(ApiCaller caller) {
    return records.stocks(caller.cabinet());
  }

  @Override
  public RecordPage<NotifiedEvent> notified(
      ApiCaller caller, Period period, Optional<RecordCursor> after, int limit) {
    return records.notified(caller.cabinet(), period, after, pageOf(limit));
  }

  static int pageOf(int asked) {
    if (asked <= 0) {
      return DEFAULT_PAGE;
    }
    return Math.min(asked, LONGEST_PAGE);
  }
}
