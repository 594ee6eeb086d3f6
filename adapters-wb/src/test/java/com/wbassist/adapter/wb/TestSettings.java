package com.wbassist.adapter.wb;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.util.HashMap;
import java.util.Map;

/** Settings the way the app gets them: MP Config properties read by {@link WbSettings#from}. */
final class TestSettings {
  private TestSettings() {}

  static WbSettings of(Map<String, String> properties) {
    return WbSettings.from(
        new SmallRyeConfigBuilder()
            .withSources(new PropertiesConfigSource(properties, "test", 500))
            .build());
  }

  /** Every host's base URL at one server. */
  static Map<String, String> allHostsAt(String baseUrl) {
    Map<String, String> urls = new HashMap<>();
    for (WbHost host : WbHost.values()) {
      urls.put(host.configKey(), baseUrl);
    }
    return urls;
  }
}
