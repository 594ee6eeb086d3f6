package com.wbassist.adapter.wb;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.wbassist.application.fakes.FakeTokens;
import com.wbassist.application.port.out.WbAccess;
import com.wbassist.domain.cabinet.ApiToken;
import com.wbassist.domain.cabinet.CabinetId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * WB's hosts played by one WireMock server on a local port, and the adapter pointed at it without a
 * container.
 */
abstract class WireMockWb {
  static final CabinetId CABINET = new CabinetId("7b0c6a52-3a3e-4a55-9d41-000000000001");
  static final String TOKEN =
      FakeTokens.personal(CABINET.sid(), Instant.parse("2027-05-01T00:00:00Z"));
  static final WbAccess ACCESS = new WbAccess(CABINET, new ApiToken(TOKEN));

  @RegisterExtension
  static final WireMockExtension WB =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  final FakeTime time = new FakeTime();
  private final List<WbGateway> opened = new ArrayList<>();

  @AfterEach
  void closeClients() {
    opened.forEach(WbGateway::close);
  }

  WbGateway gateway(Map<String, String> tuning) {
    Map<String, String> properties = TestSettings.allHostsAt(WB.baseUrl());
    properties.putAll(tuning);
    WbSettings settings = TestSettings.of(properties);
    WbGateway gateway = new WbGateway(settings, new WbHosts(), time, time);
    opened.add(gateway);
    return gateway;
  }

  WbMarketDataAdapter marketData(Map<String, String> tuning) {
    return new WbMarketDataAdapter(gateway(tuning));
  }

  WbMarketDataAdapter marketData() {
    return marketData(Map.of());
  }

  WbAccountCheckAdapter accountCheck() {
    return new WbAccountCheckAdapter(gateway(Map.of()));
  }
}
