package com.wbassist.adapter.persistence;

import static com.wbassist.domain.testdata.MarketRows.CABINET;
import static com.wbassist.domain.testdata.MarketRows.feedback;
import static com.wbassist.domain.testdata.MarketRows.order;
import static com.wbassist.domain.testdata.MarketRows.sale;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.wbassist.domain.event.MarketEvent;
import com.wbassist.domain.event.NegativeReviewPosted;
import com.wbassist.domain.event.OrderCancelled;
import com.wbassist.domain.event.OrderPlaced;
import com.wbassist.domain.event.ProductBoughtOut;
import com.wbassist.domain.event.ProductReturned;
import com.wbassist.domain.event.StockRanLow;
import com.wbassist.domain.event.WarehouseStock;
import com.wbassist.domain.market.Order;
import com.wbassist.domain.market.Prices;
import com.wbassist.domain.market.SizeKey;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class EventJsonTest {
  private final EventJson json = new EventJson();

  @Test
  @DisplayName("every event type reads back equal: BigDecimal scales, nanoseconds and nulls kept")
  void exactRoundTrip() {
    Order base = order("srid-1").cancelled(null).build();
    Order odd =
        new Order(
            base.srid(),
            base.gNumber(),
            Instant.parse("2026-11-18T06:05:00.123456789Z"),
            base.lastChangeDate(),
            base.product(),
            base.place(),
            new Prices(
                new BigDecimal("1E+3"),
                0,
                new BigDecimal("0.00"),
                new BigDecimal("-12.340"),
                new BigDecimal("1547.50"),
                new BigDecimal("1284.01")),
            true,
            null);
    List<MarketEvent> events =
        List.of(
            new OrderPlaced(CABINET, odd),
            new OrderCancelled(CABINET, odd),
            new ProductBoughtOut(CABINET, sale("S1").money("1547.50", "1284.01").build()),
            new ProductReturned(CABINET, sale("R1").money("-400", "-160.00").build()),
            new NegativeReviewPosted(
                CABINET,
                feedback("F1").text("Плохо <b>", "\"кавычки\"\n", "Швы & нитки\t").build()),
            new StockRanLow(
                CABINET,
                new SizeKey(101001, 302),
                2,
                1,
                List.of(new WarehouseStock("Коледино", 1)),
                Instant.parse("2026-11-18T07:00:00.000000001Z")));
    for (MarketEvent event : events) {
      assertEquals(event, json.read(event.type().name(), json.write(event)), event.type().name());
    }
  }
}
