package com.wbassist.adapter.persistence;

import com.wbassist.application.port.out.ShopFigures;
import com.wbassist.domain.cabinet.CabinetId;
import com.wbassist.domain.detection.DetectionPolicy;
import com.wbassist.domain.event.MarketEvent;
import com.wbassist.domain.event.NegativeReviewPosted;
import com.wbassist.domain.event.OrderCancelled;
import com.wbassist.domain.event.OrderPlaced;
import com.wbassist.domain.event.ProductBoughtOut;
import com.wbassist.domain.event.ProductReturned;
import com.wbassist.domain.event.StockRanLow;
import com.wbassist.domain.figures.BuyoutRate;
import com.wbassist.domain.figures.CardSizeOfRow;
import com.wbassist.domain.figures.CountAndSum;
import com.wbassist.domain.figures.DaysOfStock;
import com.wbassist.domain.figures.EventFigures;
import com.wbassist.domain.figures.ShopSummary;
import com.wbassist.domain.figures.TodaySoFar;
import com.wbassist.domain.market.CardSize;
import com.wbassist.domain.market.Period;
import com.wbassist.domain.market.ProductCard;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;

/**
 * The shop's figures from the stored rows, in SQL: counts and sums over spans of instants that
 * begin and end at Moscow midnights ({@link Period}, {@code MoscowDay}), so PostgreSQL's and the
 * JVM's zones never matter. The formulas are domain-core's ({@link TodaySoFar}, {@link
 * DaysOfStock}, {@link BuyoutRate}); this adapter only supplies their raw counts (docs/domain.md,
 * "Figures").
 */
final class ShopFiguresPersistenceAdapter implements ShopFigures {
  private final Jdbc jdbc;
  private final ProductCardPersistenceAdapter cards;
  private final DetectionPolicy policy;
  private final FigureQueries queries = new FigureQueries();

  ShopFiguresPersistenceAdapter(
      Jdbc jdbc, ProductCardPersistenceAdapter cards, DetectionPolicy policy) {
    this.jdbc = jdbc;
    this.cards = cards;
    this.policy = policy;
  }

  @Override
  public EventFigures ofEvent(MarketEvent event) {
    CabinetId cabinet = event.cabinet();
    Optional<ProductCard> card = cards.card(cabinet, event.nmId());
    Optional<CardSize> size = card.flatMap(c -> CardSizeOfRow.of(event, c));
    return jdbc.once(
        "computing the figures of an event",
        connection -> {
          CountAndSum today = today(connection, event).orElse(null);
          Integer left = stockLeft(connection, event, size);
          BigDecimal days = null;
          if (left != null && size.isPresent()) {
            int recent =
                queries.recentOrders(
                    connection,
                    cabinet.sid(),
                    event.nmId(),
                    size.get(),
                    card.get(),
                    event.occurredAt().minus(DaysOfStock.WINDOW),
                    event.occurredAt());
            days = DaysOfStock.of(left, recent).orElse(null);
          }
          Instant to = event.occurredAt();
          Instant from = to.minus(BuyoutRate.WINDOW);
          BigDecimal rate =
              BuyoutRate.of(
                      queries.articleBuyouts(connection, cabinet.sid(), event.nmId(), from, to),
                      queries.articleCancellations(
                          connection, cabinet.sid(), event.nmId(), from, to))
                  .orElse(null);
          return new EventFigures(today, left, days, rate);
        });
  }

  @Override
  public ShopSummary summary(CabinetId cabinet, Period days) {
    return new ShopSummaryQuery(jdbc, policy).of(cabinet, days);
  }

  private Optional<CountAndSum> today(Connection connection, MarketEvent event)
      throws SQLException {
    Optional<TodaySoFar> today = TodaySoFar.of(event);
    if (today.isEmpty()) {
      return Optional.empty();
    }
    String sid = event.cabinet().sid();
    TodaySoFar so = today.get();
    if (event instanceof OrderPlaced) {
      return Optional.of(queries.ordersSoFar(connection, sid, so));
    } else if (event instanceof OrderCancelled) {
      return Optional.of(queries.cancellationsSoFar(connection, sid, so));
    } else if (event instanceof ProductBoughtOut) {
      return Optional.of(queries.salesSoFar(connection, sid, "S", so));
    } else if (event instanceof ProductReturned) {
      return Optional.of(queries.salesSoFar(connection, sid, "R", so));
    } else if (event instanceof NegativeReviewPosted) {
      return Optional.of(queries.negativeReviewsSoFar(connection, sid, policy.negativeMax(), so));
    }
    return Optional.empty();
  }

  /** The stock event says what is left; the others ask what the last snapshot left of the size. */
  private Integer stockLeft(Connection connection, MarketEvent event, Optional<CardSize> size)
      throws SQLException {
    if (event instanceof StockRanLow low) {
      return low.totalLeft();
    }
    if (size.isEmpty()) {
      return null;
    }
    return queries.sizeTotal(connection, event.cabinet().sid(), event.nmId(), size.get().chrtId());
  }
}
