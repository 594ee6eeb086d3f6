package com.wbassist.domain.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.wbassist.domain.market.Period;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class DaySummaryRendererTest {
  private static final LocalDate DAY = LocalDate.parse("2026-11-18");
  private final DaySummaryRenderer renderer = new DaySummaryRenderer();

  private static CountAndSum of(int count, String sum) {
    return new CountAndSum(count, new BigDecimal(sum));
  }

  @Test
  @DisplayName(
      "a busy day: counts with their nouns, money in roubles, the buyout rate, leaders and sizes running out")
  void busyDay() {
    ShopSummary day =
        new ShopSummary(
            Period.day(DAY),
            of(14, "23560"),
            of(1, "1500"),
            of(2, "3000.50"),
            of(0, "0"),
            new BigDecimal("33"),
            List.of(
                new TopProduct(101001, "Платье <летнее>", "DRESS-01", 5, new BigDecimal("7500")),
                new TopProduct(101002, "", "", 2, new BigDecimal("1000"))),
            List.of(new SizeRunningOut(101001, "Платье", "44", 2, new BigDecimal("3.5"))));
    String html = renderer.render("Лето & Ко", day).html();
    assertTrue(html.startsWith("📊 <b>Итоги дня 18.11.2026</b> — Лето &amp; Ко"), html);
    assertTrue(html.contains("🛒 14 заказов на 23 560 ₽"), html);
    assertTrue(html.contains("✅ 1 выкуп на 1 500 ₽"), html);
    assertTrue(html.contains("❌ 2 отмены на 3 000,50 ₽"), html);
    assertTrue(html.contains("↩️ 0 возвратов\n"), html);
    assertTrue(html.contains("🔄 Процент выкупа: 33%"), html);
    assertTrue(html.contains("1. Платье &lt;летнее&gt; (DRESS-01) — 5 заказов на 7 500 ₽"), html);
    assertTrue(html.contains("2. Товар 101002 — 2 заказа на 1 000 ₽"), html);
    assertTrue(html.contains("• Платье, размер 44 — 2 шт., хватит на ~3 дня"), html);
    assertFalse(html.contains("Тихий день"));
  }

  @Test
  @DisplayName("a quiet day says so, with no leaders, no rate and no empty lists")
  void quietDay() {
    ShopSummary day =
        new ShopSummary(
            Period.day(DAY),
            CountAndSum.NONE,
            CountAndSum.NONE,
            CountAndSum.NONE,
            CountAndSum.NONE,
            null,
            List.of(),
            List.of());
    String html = renderer.render("", day).html();
    assertTrue(html.contains("🛒 0 заказов\n"), html);
    assertTrue(html.contains("Тихий день"), html);
    assertFalse(html.contains("Лидеры"));
    assertFalse(html.contains("Заканчиваются"));
    assertFalse(html.contains("Процент выкупа"));
    assertFalse(html.contains(" — "), "no shop name, no dash");
  }

  @Test
  @DisplayName("a long list of sizes running out is cut to ten, the rest counted")
  void manySizes() {
    List<SizeRunningOut> sizes =
        IntStream.range(0, 13)
            .mapToObj(i -> new SizeRunningOut(100 + i, "Товар", "0", 0, null))
            .toList();
    ShopSummary day =
        new ShopSummary(
            Period.day(DAY),
            of(1, "10"),
            CountAndSum.NONE,
            CountAndSum.NONE,
            CountAndSum.NONE,
            null,
            List.of(),
            sizes);
    String html = renderer.render("Shop", day).html();
    assertEquals(10, html.lines().filter(l -> l.startsWith("• ")).count());
    assertTrue(html.contains("…и ещё 3"), html);
    assertFalse(html.contains("размер 0"), "goods without sizes name none");
  }
}
