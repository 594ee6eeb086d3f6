package com.wbassist.adapter.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.wbassist.application.contract.TokenCareContract;
import com.wbassist.application.port.out.CabinetStore;
import com.wbassist.application.port.out.TokenCareStore;
import com.wbassist.domain.cabinet.ApiToken;
import com.wbassist.domain.cabinet.Cabinet;
import com.wbassist.domain.cabinet.CabinetId;
import com.wbassist.domain.token.TokenCategory;
import com.wbassist.domain.token.TokenExpiryWarning;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The token care columns of {@code cabinets} keep the contract's conditions, also under a race. */
class PostgresTokenCareContractTest extends TokenCareContract {
  private PersistenceAdapters adapters;

  @Override
  protected TokenCareStore emptyTokenCare() {
    adapters = ContractAdapters.emptied();
    return adapters.tokenCare();
  }

  @Override
  protected CabinetStore cabinets() {
    return adapters.cabinets();
  }

  @Test
  @DisplayName("eight servers warning, refusing and catching up at once: each is recorded by one")
  void oneOfManyAtOnce() throws Exception {
    Instant now = Instant.parse("2026-11-18T07:00:00Z");
    Instant exp = now.plus(Duration.ofDays(5));
    CabinetId shop = new CabinetId("7b0c6a52-3a3e-4a55-9d41-0000000race1");
    adapters.cabinets().save(Cabinet.connect(shop, "Лето", new ApiToken("eyJ.race.sig"), exp, now));
    TokenCareStore care = adapters.tokenCare();
    care.tokenDied(shop, now);

    assertEquals(1, count(race(() -> care.expiryWarned(shop, exp, TokenExpiryWarning.WEEK))));
    assertEquals(1, count(race(() -> care.expiryWarned(shop, exp, TokenExpiryWarning.DAY))));
    assertEquals(1, count(race(() -> care.categoryRefused(shop, exp, TokenCategory.FEEDBACKS))));
    assertEquals(1, count(race(() -> care.caughtUp(shop, now))));
  }

  private static List<Boolean> race(Callable<Boolean> call) throws Exception {
    ExecutorService servers = Executors.newFixedThreadPool(8);
    try {
      List<Future<Boolean>> answers = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        answers.add(servers.submit(call));
      }
      List<Boolean> results = new ArrayList<>();
      for (Future<Boolean> answer : answers) {
        results.add(answer.get());
      }
      return results;
    } finally {
      servers.shutdownNow();
    }
  }

  private static long count(List<Boolean> results) {
    return results.stream().filter(Boolean::booleanValue).count();
  }
}
