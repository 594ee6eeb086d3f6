package com.wbassist.app.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ProductionSettingsTest {
  private static final Map<String, String> COMPLETE =
      Map.of(
          "TELEGRAM_BOT_TOKEN", "123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw",
          "TELEGRAM_WEBHOOK_SECRET", "a-long-enough_secret",
          "WB_ASSIST_TOKEN_KEY", "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=",
          "WB_ASSIST_DB_URL", "jdbc:postgresql://db/wbassist");

  private static List<String> refusals(Map<String, String> settings) {
    return ProductionSettings.refusals(name -> Optional.ofNullable(settings.get(name)));
  }

  private static Map<String, String> without(String name) {
    Map<String, String> settings = new HashMap<>(COMPLETE);
    settings.remove(name);
    return settings;
  }

  private static Map<String, String> with(String name, String value) {
    Map<String, String> settings = new HashMap<>(COMPLETE);
    settings.put(name, value);
    return settings;
  }

  @Test
  @DisplayName("every setting given and well formed: production may start")
  void complete() {
    assertEquals(List.of(), refusals(COMPLETE));
  }

  @Test
  @DisplayName("each missing setting is one refusal that names it")
  void missing() {
    for (String name : COMPLETE.keySet()) {
      List<String> refusals = refusals(without(name));
      assertEquals(1, refusals.size(), refusals.toString());
      assertTrue(refusals.get(0).startsWith(name + " is not set"), refusals.get(0));
    }
  }

  @Test
  @DisplayName("an unresolved server.xml variable or a blank value counts as not set")
  void unresolved() {
    assertTrue(
        refusals(with("WB_ASSIST_DB_URL", "${WB_ASSIST_DB_URL}"))
            .contains(
                "WB_ASSIST_DB_URL is not set: give the PostgreSQL JDBC URL (jdbc:postgresql://host/db)"));
    assertEquals(1, refusals(with("TELEGRAM_BOT_TOKEN", "  ")).size());
  }

  @Test
  @DisplayName("malformed values are refused without repeating them")
  void malformed() {
    assertEquals(
        List.of("TELEGRAM_WEBHOOK_SECRET is shorter than 16 characters: anyone could guess it"),
        refusals(with("TELEGRAM_WEBHOOK_SECRET", "fifteen-chars-x")));
    assertEquals(1, refusals(with("TELEGRAM_WEBHOOK_SECRET", "sixteen chars!!!")).size());
    assertEquals(0, refusals(with("TELEGRAM_WEBHOOK_SECRET", "sixteen-chars-xx")).size());
    List<String> key = refusals(with("WB_ASSIST_TOKEN_KEY", "c2hvcnQ="));
    assertEquals(
        List.of("WB_ASSIST_TOKEN_KEY is not 32 bytes in base64 (openssl rand -base64 32)"), key);
    List<String> token = refusals(with("TELEGRAM_BOT_TOKEN", "not-a-token"));
    assertEquals(1, token.size());
    assertFalse(token.get(0).contains("not-a-token"), token.get(0));
  }
}
