package com.wbassist.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The whole chain on a real server: the WAR this build produced, Open Liberty with the product's
 * server.xml, and a real PostgreSQL migrated by Liquibase at application start.
 */
class ReadinessIT extends OnTheBuiltWar {
  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  @DisplayName("the server is ready once the database answers and the schema is migrated")
  void ready() throws IOException, InterruptedException {
    HttpResponse<String> ready = get("/health/ready");
    assertEquals(200, ready.statusCode(), ready.body());
    assertTrue(ready.body().contains("\"database\""), ready.body());
    assertTrue(ready.body().contains("up to date"), ready.body());
  }

  @Test
  @DisplayName("the server reports itself alive")
  void live() throws IOException, InterruptedException {
    HttpResponse<String> live = get("/health/live");
    assertEquals(200, live.statusCode(), live.body());
  }

  private HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return http.send(
        HttpRequest.newBuilder(at(path)).build(), HttpResponse.BodyHandlers.ofString());
  }
}
