package com.wbassist.adapter.wb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.wbassist.application.contract.WbMarketDataContract;
import com.wbassist.application.fakes.FakeTokens;
import com.wbassist.application.port.out.WbAccess;
import com.wbassist.application.port.out.WbMarketData;
import com.wbassist.application.port.out.WbTokenRejectedException;
import com.wbassist.domain.cabinet.ApiToken;
import com.wbassist.domain.cabinet.CabinetId;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The real adapter, over HTTP, keeps the contract the in-memory WB keeps: same WB data, same
 * answers.
 */
class WbAdapterContractTest extends WbMarketDataContract {
  private static final Instant EXPIRES = Instant.parse("2027-05-01T00:00:00Z");
  private WbStateServer server;
  private WbGateway gateway;

  @Override
  protected WbMarketData serving(CabinetId cabinet, String wbStateJson, int pageLimit) {
    server = new WbStateServer(wbStateJson, pageLimit, tokenFor(cabinet).reveal(), cabinet.sid());
    FakeTime time = new FakeTime();
    gateway = new WbGateway(TestSettings.of(server.urls()), new WbHosts(), time, time);
    return new WbMarketDataAdapter(gateway);
  }

  @Override
  protected ApiToken tokenFor(CabinetId cabinet) {
    return new ApiToken(FakeTokens.personal(cabinet.sid(), EXPIRES));
  }

  @AfterEach
  void stop() {
    gateway.close();
    server.close();
  }

  @Test
  @DisplayName("the same WB refuses another cabinet's token: token rejected, nothing read")
  void otherToken() {
    CabinetId other = new CabinetId("00000000-0000-4000-8000-000000000002");
    WbAccess stranger =
        new WbAccess(other, new ApiToken(FakeTokens.personal(other.sid(), EXPIRES)));
    assertThrows(
        WbTokenRejectedException.class, () -> new WbMarketDataAdapter(gateway).stocks(stranger));
  }

  @Test
  @DisplayName("the account check names the cabinet the token opens")
  void accountCheck() {
    assertEquals(SHOP.sid(), new WbAccountCheckAdapter(gateway).verify(tokenFor(SHOP)).sid());
  }
}
