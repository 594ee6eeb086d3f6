package com.wbassist.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.wbassist.sandbox.SandboxConfigSource;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.File;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Base of every *IT: the WAR this build produced, deployed on the managed Liberty test server with
 * its own embedded PostgreSQL (ItServer runs first, then Arquillian). Tests talk HTTP to it.
 */
@ExtendWith(ItServer.class)
@ExtendWith(ArquillianExtension.class)
abstract class OnTheBuiltWar {

  @Deployment(testable = false)
  static WebArchive theBuiltWar() {
    return ShrinkWrap.createFromZipFile(
        WebArchive.class, new File(System.getProperty("wbassist.it.war")));
  }

  /** An address on the test server, e.g. {@code at("/health/ready")}. */
  static URI at(String path) {
    return URI.create("http://localhost:" + ItServer.httpPort() + path);
  }

  private static final HttpClient HTTP = HttpClient.newHttpClient();

  /**
   * An admin API address with the sandbox's operator login (the admin API needs credentials in
   * every mode).
   */
  static HttpRequest.Builder asAdmin(String path) {
    return HttpRequest.newBuilder(at(path))
        .header(
            "Authorization",
            "Basic "
                + java.util.Base64.getEncoder()
                    .encodeToString(
                        (SandboxConfigSource.SANDBOX_ADMIN_USER
                                + ":"
                                + SandboxConfigSource.SANDBOX_ADMIN_PASSWORD)
                            .getBytes(java.nio.charset.StandardCharsets.UTF_8)));
  }

  /** Sends a request to the test server and answers the response, whatever its status. */
  static HttpResponse<String> call(HttpRequest.Builder request)
      throws IOException, InterruptedException {
    return HTTP.send(
        request.timeout(Duration.ofMinutes(2)).build(), HttpResponse.BodyHandlers.ofString());
  }

  /** GET that must answer 200 with a JSON object. */
  static JsonObject getJson(String path) throws IOException, InterruptedException {
    return ok(call(HttpRequest.newBuilder(at(path)).GET()));
  }

  /** POST of JSON that must answer 200 with a JSON object. */
  static JsonObject postJson(String path, String json) throws IOException, InterruptedException {
    return ok(
        call(
            HttpRequest.newBuilder(at(path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json))));
  }

  /** PUT of JSON that must answer 204. */
  static void putJson(String path, String json) throws IOException, InterruptedException {
    HttpResponse<String> response =
        call(
            HttpRequest.newBuilder(at(path))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    assertEquals(204, response.statusCode(), response.body());
  }

  /** A sandbox chat writes to the bot; answers the chat as Telegram would show it. */
  static List<JsonObject> write(long chat, String text) throws IOException, InterruptedException {
    return messages(
        postJson(
            "/api/sandbox/chats/" + chat + "/messages",
            Json.createObjectBuilder().add("text", text).build().toString()));
  }

  /** A sandbox chat presses a button under a bot message; answers the chat. */
  static List<JsonObject> press(long chat, long messageId, String data)
      throws IOException, InterruptedException {
    return messages(
        postJson(
            "/api/sandbox/chats/" + chat + "/buttons",
            Json.createObjectBuilder()
                .add("messageId", messageId)
                .add("data", data)
                .build()
                .toString()));
  }

  /** Every message of a sandbox chat, as one text to search. */
  static String chatText(long chat) throws IOException, InterruptedException {
    return messages(getJson("/api/sandbox/chats/" + chat)).toString();
  }

  static List<JsonObject> messages(JsonObject chat) {
    return chat.getJsonArray("messages").getValuesAs(JsonObject.class);
  }

  private static JsonObject ok(HttpResponse<String> response) {
    assertEquals(200, response.statusCode(), response.body());
    return Json.createReader(new StringReader(response.body())).readObject();
  }
}
