package com.wbassist.domain.notification;

import static com.wbassist.domain.testdata.MarketRows.CABINET;
import static com.wbassist.domain.testdata.MarketRows.moscow;
import static com.wbassist.domain.testdata.MarketRows.order;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.wbassist.domain.chat.Button;
import com.wbassist.domain.event.OrderPlaced;
import com.wbassist.domain.event.StockRanLow;
import com.wbassist.domain.event.WarehouseStock;
import com.wbassist.domain.market.SizeKey;
import com.wbassist.domain.onboarding.ButtonActions;
import com.wbassist.domain.seller.Seller;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class QuietProductTest {
  private final Instant detected = moscow("2026-11-18T09:30:00");
  private final StockRanLow dressRanLow =
      new StockRanLow(
          CABINET,
          new SizeKey(101001, 302),
          1,
          1,
          List.of(new WarehouseStock("Коледино", 1)),
          detected);

  private Seller ready(long id, NotificationSettings settings) {
    return Seller.newcomer(id, id, "")
        .linkedTo(CABINET, true, detected.minusSeconds(60))
        .withSettings(settings);
  }

  @Test
  @DisplayName("only a critical-stock notification carries the silencing button, below the link")
  void onlyUnderCriticalStock() {
    var stock = new NotificationRenderer().render(dressRanLow, Optional.empty()).message();
    assertEquals(2, stock.keyboard().rows().size());
    Button quiet = stock.keyboard().rows().get(1).get(0);
    assertEquals("🔕 Не сообщать об остатках", quiet.text());
    assertEquals("quiet:101001", quiet.callbackData());
    var order =
        new NotificationRenderer()
            .render(new OrderPlaced(CABINET, order("A").build()), Optional.empty())
            .message();
    assertEquals(1, order.keyboard().rows().size());
  }

  @Test
  @DisplayName("a seller who silenced the product is not told of its stock; of its orders still")
  void audienceSkipsSilenced() {
    Audience audience = new Audience();
    Seller quiet = ready(1, NotificationSettings.allOn().quiet(101001));
    Seller other = ready(2, NotificationSettings.allOn().quiet(55));
    assertEquals(
        List.of(2L),
        audience.of(dressRanLow, detected, List.of(quiet, other)).stream()
            .map(Seller::telegramId)
            .toList());
    OrderPlaced order = new OrderPlaced(CABINET, order("A").nmId(101001).build());
    assertEquals(2, audience.of(order, detected, List.of(quiet, other)).size());
  }

  @Test
  @DisplayName("silencing and bringing back keep the other switches; the data parse strictly")
  void settingsAndData() {
    NotificationSettings settings = NotificationSettings.allOn().toggleAll().quiet(7).quiet(3);
    assertEquals(List.of(3L, 7L), settings.quietProductsInOrder());
    assertTrue(!settings.enabled());
    assertEquals(List.of(7L), settings.loud(3).quietProductsInOrder());
    assertTrue(!settings.loud(3).enabled());
    assertEquals(OptionalLong.of(42), ButtonActions.quietedProduct("quiet:42"));
    assertEquals(OptionalLong.of(42), ButtonActions.loudProduct("loud:42"));
    assertEquals(OptionalLong.empty(), ButtonActions.quietedProduct("quiet:x"));
    assertEquals(OptionalLong.empty(), ButtonActions.quietedProduct("quiet"));
    assertEquals(OptionalLong.empty(), ButtonActions.loudProduct("loud:0"));
  }
}
