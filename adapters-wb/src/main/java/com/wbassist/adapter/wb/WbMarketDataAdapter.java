package com.wbassist.adapter.wb;

import com.wbassist.application.port.out.CardsPage;
import com.wbassist.application.port.out.FeedbackList;
import com.wbassist.application.port.out.UnreadableRow;
import com.wbassist.application.port.out.WbAccess;
import com.wbassist.application.port.out.WbMarketData;
import com.wbassist.application.port.out.WbPage;
import com.wbassist.application.port.out.WbUnavailableException;
import com.wbassist.domain.market.CardCursor;
import com.wbassist.domain.market.Feedback;
import com.wbassist.domain.market.Order;
import com.wbassist.domain.market.Sale;
import com.wbassist.domain.market.StockLevel;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * WB's market data over the real seller API, one WB page per call. The paging loops are the core's;
 * this class makes each page's request right and reads it whole: every row, those that cannot be
 * read reported beside the others ({@link WbPage}). Only the stocks report is paged here, because
 * the port promises a complete snapshot.
 */
@ApplicationScoped
public class WbMarketDataAdapter implements WbMarketData {
  /** WB's 429 answers this process has sat out, for operations' metrics. */
  static final java.util.concurrent.atomic.AtomicLong RATE_LIMITED =
      new java.util.concurrent.atomic.AtomicLong();

  /**
   * How many times WB answered 429 to this process (every account, every endpoint) since it
   * started.
   */
  public static long rateLimitedAnswers() {
    return RATE_LIMITED.get();
  }

  /**
   * Orders and sales: rows with {@code lastChangeDate >= dateFrom}, paged by the last row's {@code
   * lastChangeDate}.
   */
  private static final int FLAG_CHANGED_SINCE = 0;

  private static final String NEWEST_FIRST = "dateDesc";
  private static final String CARD_LOCALE = "ru";
  private static final CardsPage NO_CARDS = new CardsPage(List.of(), Optional.empty(), 0);

  private final WbGateway wb;

  @Inject
  WbMarketDataAdapter(WbGateway wb) {
    this.wb = wb;
  }

  /** For the CDI proxy only. */
  protected WbMarketDataAdapter() {
    this.wb = null;
  }

  @Override
  public WbPage<Order> ordersPage(WbAccess access, Instant dateFrom) {
    return statisticsPage(
        access, WbEndpoint.ORDERS, dateFrom, WbStatisticsClient::orders, StatisticsReader::orders);
  }

  @Override
  public WbPage<Sale> salesPage(WbAccess access, Instant dateFrom) {
    return statisticsPage(
        access, WbEndpoint.SALES, dateFrom, WbStatisticsClient::sales, StatisticsReader::sales);
  }

  @Override
  public WbPage<StockLevel> stocks(WbAccess access) {
    int limit = wb.settings().stocksPageLimit();
    List<StockLevel> snapshot = new ArrayList<>();
    List<UnreadableRow> unreadable = new ArrayList<>();
    int offset = 0;
    for (int page = 0; page < wb.settings().stocksMaxPages(); page++) {
      String body = wb.requests().stocks(offset, limit);
      WbPage<StockLevel> rows =
          wb.call(
              access,
              WbEndpoint.STOCKS_REPORT,
              (clients, token) -> clients.analytics.stocksReport(token, body),
              StocksReader::page,
              WbPage.empty());
      snapshot.addAll(rows.rows());
      for (UnreadableRow row : rows.unreadable()) {
        unreadable.add(
            new UnreadableRow(
                offset + row.position(),
                row.key(),
                row.lastChangeDate(),
                row.reason(),
                row.excerpt()));
      }
      offset += rows.sent();
      if (rows.sent() < limit) {
        return new WbPage<>(snapshot, unreadable);
      }
    }
    throw new WbUnavailableException(
        WbEndpoint.STOCKS_REPORT.label()
            + ": the report did not end after "
            + wb.settings().stocksMaxPages()
            + " pages of "
            + limit
            + " rows (wb.stocks.max-pages)");
  }

  @Override
  public WbPage<Feedback> feedbacksPage(WbAccess access, FeedbackList list, int skip, int take) {
    return wb.call(
        access,
        WbEndpoint.FEEDBACKS,
        (clients, token) ->
            list == FeedbackList.UNANSWERED
                ? clients.feedbacks.feedbacks(token, false, take, skip, NEWEST_FIRST)
                : clients.feedbacks.archive(token, take, skip, NEWEST_FIRST),
        FeedbacksReader::page,
        WbPage.empty());
  }

  @Override
  public CardsPage cardsPage(WbAccess access, Optional<CardCursor> after, int limit) {
    String body = wb.requests().cards(after, limit);
    return wb.call(
        access,
        WbEndpoint.CARDS,
        (clients, token) -> clients.content.cards(token, CARD_LOCALE, body),
        CardsReader::page,
        NO_CARDS);
  }

  @FunctionalInterface
  private interface StatisticsCall {
    Response send(WbStatisticsClient client, String token, String dateFrom, int flag);
  }

  private <T> WbPage<T> statisticsPage(
      WbAccess access,
      WbEndpoint endpoint,
      Instant dateFrom,
      StatisticsCall call,
      BodyReader<WbPage<T>> reader) {
    String from = WbTimes.dateFrom(dateFrom);
    return wb.call(
        access,
        endpoint,
        (clients, token) -> call.send(clients.statistics, token, from, FLAG_CHANGED_SINCE),
        reader,
        WbPage.empty());
  }
}
