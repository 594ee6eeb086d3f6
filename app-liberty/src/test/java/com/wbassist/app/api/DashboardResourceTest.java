package com.wbassist.app.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.wbassist.application.port.in.Dashboard;
import com.wbassist.domain.apikey.ApiCaller;
import com.wbassist.domain.cabinet.CabinetId;
import com.wbassist.domain.figures.CountAndSum;
import com.wbassist.domain.figures.DashboardPeriod;
import com.wbassist.domain.figures.ShopSummary;
import com.wbassist.domain.figures.SizeRunningOut;
import com.wbassist.domain.figures.TopProduct;
import com.wbassist.domain.market.Period;
import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class DashboardResourceTest {
  private static final ApiCaller KEY = new ApiCaller("k1", new CabinetId("shop-a"));
  private static final Instant NOW = Instant.parse("2026-12-02T09:00:00Z");

  private final List<String> asked = new ArrayList<>();
  private final DashboardResource resource = new DashboardResource();

  DashboardResourceTest() {
    resource.dashboard =
        (caller, period) -> {
          asked.add(caller.keyId() + ":" + period.text());
          return new Dashboard(period, NOW, summary(period.asOf(NOW)));
        };
    resource.request = requestOf(KEY);
  }

  /** A request that carries only what the authentication mechanism left on it: the caller. */
  private static HttpServletRequest requestOf(ApiCaller caller) {
    return (HttpServletRequest)
        Proxy.newProxyInstance(
            DashboardResourceTest.class.getClassLoader(),
            new Class<?>[] {HttpServletRequest.class},
            (proxy, method, args) ->
                method.getName().equals("getAttribute") && SellerApiCaller.ATTRIBUTE.equals(args[0])
                    ? caller
                    : null);
  }

  private static ShopSummary summary(Period days) {
    return new ShopSummary(
        days,
        new CountAndSum(14, new BigDecimal("23560")),
        new CountAndSum(9, new BigDecimal("15120.5")),
        CountAndSum.NONE,
        CountAndSum.NONE,
        new BigDecimal("100"),
        List.of(new TopProduct(101001, "Платье", "DRESS-01", 5, new BigDecimal("7500"))),
        List.of(new SizeRunningOut(101001, "Платье", "44", 2, null)));
  }

  @Test
  @DisplayName("no period is today; the key's caller is asked for, never a cabinet a client names")
  void todayByDefault() {
    DashboardJson today = resource.dashboard(null);
    assertEquals("today", today.period());
    assertEquals(LocalDate.parse("2026-12-02"), today.from());
    assertEquals(LocalDate.parse("2026-12-02"), today.to());
    assertEquals(OffsetDateTime.parse("2026-12-02T12:00:00+03:00"), today.asOf());
    resource.dashboard("30d");
    assertEquals(List.of("k1:today", "k1:30d"), asked);
  }

  @Test
  @DisplayName("a period other than today, yesterday, 7d or 30d is a bad-parameter problem")
  void badPeriod() {
    ApiProblemException wrong =
        assertThrows(ApiProblemException.class, () -> resource.dashboard("week"));
    assertEquals(400, wrong.status());
    assertEquals("bad-parameter", wrong.kind());
    assertEquals(List.of(), asked);
  }

  @Test
  @DisplayName("money in roubles with kopecks; a size with no recent order has no days of stock")
  void json() {
    DashboardJson week =
        DashboardJson.of(resource.dashboard.dashboard(KEY, DashboardPeriod.LAST_7_DAYS));
    assertEquals(LocalDate.parse("2026-11-26"), week.from());
    assertEquals(new BigDecimal("23560.00"), week.orders().sum());
    assertEquals(new BigDecimal("15120.50"), week.buyouts().sum());
    assertEquals(new BigDecimal("0.00"), week.returns().sum());
    assertEquals(new BigDecimal("7500.00"), week.topProducts().get(0).sum());
    assertEquals("DRESS-01", week.topProducts().get(0).supplierArticle());
    assertEquals(2, week.sizesRunningOut().get(0).stock());
    assertNull(week.sizesRunningOut().get(0).daysOfStock());
  }
}
