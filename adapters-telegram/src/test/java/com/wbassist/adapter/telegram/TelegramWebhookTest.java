package com.wbassist.adapter.telegram;

import static com.wbassist.adapter.telegram.TelegramWebhook.Outcome.ACCEPTED;
import static com.wbassist.adapter.telegram.TelegramWebhook.Outcome.DUPLICATE;
import static com.wbassist.adapter.telegram.TelegramWebhook.Outcome.IGNORED;
import static com.wbassist.adapter.telegram.TelegramWebhook.Outcome.NOT_STORED;
import static com.wbassist.adapter.telegram.TelegramWebhook.Outcome.UNAUTHORIZED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.wbassist.application.fakes.InMemoryUpdateInbox;
import com.wbassist.application.fakes.MutableClock;
import com.wbassist.application.port.in.BotBlocked;
import com.wbassist.application.port.in.ButtonPressed;
import com.wbassist.application.port.in.ChatUpdate;
import com.wbassist.application.port.in.TextReceived;
import com.wbassist.application.service.ChatUpdateIntake;
import com.wbassist.application.service.UpdateInboxPolicy;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class TelegramWebhookTest {
  private static final String SECRET = "webhook_Secret-42";
  private final List<ChatUpdate> handled = new ArrayList<>();
  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-18T07:00:00Z"));
  private final InMemoryUpdateInbox inbox = new InMemoryUpdateInbox();
  private final ChatUpdateIntake intake = InboxedUpdates.around(handled::add, inbox, clock);
  private boolean executorFull;
  private final Executor executor =
      task -> {
        if (executorFull) {
          throw new RejectedExecutionException("full");
        }
        task.run();
      };
  private final TelegramWebhook webhook = new TelegramWebhook(SECRET, intake, executor);

  private static TelegramWebhook.Outcome receive(
      TelegramWebhook webhook, String secret, String body) {
    return webhook.receive(secret, OptionalLong.empty(), RecordingBody.of(body));
  }

  /** Through the JAX-RS resource, as Telegram's POST arrives: no Content-Length given. */
  private static Response post(TelegramWebhook webhook, String secret, String body) {
    return new TelegramWebhookResource(webhook).receive(secret, null, RecordingBody.of(body));
  }

  @Test
  @DisplayName("a wrong or missing secret: 401, nothing read, nothing handled")
  void secret() {
    String update = TelegramUpdates.text(1, 111, 42, "/start");
    assertEquals(UNAUTHORIZED, receive(webhook, null, update));
    assertEquals(UNAUTHORIZED, receive(webhook, "", update));
    assertEquals(UNAUTHORIZED, receive(webhook, "webhook_Secret-43", update));
    assertEquals(UNAUTHORIZED, receive(webhook, SECRET + "x", update));
    assertTrue(handled.isEmpty());
    assertEquals(401, post(webhook, "nope", update).getStatus());
  }

  @Test
  @DisplayName("the secret is checked before the body is touched: a refused call reads nothing")
  void secretBeforeBody() {
    for (String wrong : new String[] {null, "", "webhook_Secret-43"}) {
      RecordingBody body = RecordingBody.of(TelegramUpdates.text(1, 111, 42, "/start"));
      Response response = new TelegramWebhookResource(webhook).receive(wrong, "64", body);
      assertEquals(401, response.getStatus());
      assertFalse(body.touched(), "read with secret " + wrong);
    }
    RecordingBody endless = RecordingBody.endless();
    assertEquals(
        401, new TelegramWebhookResource(webhook).receive("nope", null, endless).getStatus());
    assertFalse(endless.touched());
  }

  @Test
  @DisplayName("no secret configured: every call is refused")
  void noSecretConfigured() {
    TelegramWebhook open = new TelegramWebhook("", intake, executor);
    assertEquals(UNAUTHORIZED, receive(open, "", TelegramUpdates.text(1, 111, 42, "/start")));
    assertEquals(UNAUTHORIZED, receive(open, null, TelegramUpdates.text(1, 111, 42, "/start")));
    assertTrue(handled.isEmpty());
  }

  @Test
  @DisplayName(
      "a private message becomes TextReceived with the author, chat, message id, text and name")
  void message() {
    assertEquals(
        ACCEPTED,
        receive(webhook, SECRET, TelegramUpdates.text(7, 7_000_000_001L, 42, "/start payload")));
    assertEquals(
        List.of(
            new TextReceived(
                7, 7_000_000_001L, 7_000_000_001L, 42, "/start payload", "Иван Петров")),
        handled);
  }

  @Test
  @DisplayName("a button press becomes ButtonPressed for the person who pressed it")
  void press() {
    receive(webhook, SECRET, TelegramUpdates.press(8, 111, 111, 43, "set:NEW_ORDER"));
    assertEquals(List.of(new ButtonPressed(8, 111, 111, 43, "cb-8", "set:NEW_ORDER")), handled);
  }

  @Test
  @DisplayName("my_chat_member: kicked is a block, member an unblock, anything else ignored")
  void membership() {
    receive(webhook, SECRET, TelegramUpdates.membership(9, 111, "kicked"));
    receive(webhook, SECRET, TelegramUpdates.membership(10, 111, "member"));
    assertEquals(
        IGNORED, receive(webhook, SECRET, TelegramUpdates.membership(11, 111, "administrator")));
    assertEquals(List.of(new BotBlocked(9, 111, true), new BotBlocked(10, 111, false)), handled);
  }

  @Test
  @DisplayName("an update already taken is acknowledged and not handled again")
  void duplicate() {
    String update = TelegramUpdates.text(12, 111, 42, "/menu");
    assertEquals(ACCEPTED, receive(webhook, SECRET, update));
    assertEquals(DUPLICATE, receive(webhook, SECRET, update));
    assertEquals(1, handled.size());
  }

  @Test
  @DisplayName(
      "Telegram's retry reaching another server while the first still holds the update: stored once, 200, handled once")
  void duplicateAcrossServers() {
    Executor neverRuns = task -> {};
    TelegramWebhook first = new TelegramWebhook(SECRET, intake, neverRuns);
    TelegramWebhook second = new TelegramWebhook(SECRET, intake, executor);
    String update = TelegramUpdates.text(22, 111, 42, "/menu");
    assertEquals(200, post(first, SECRET, update).getStatus());
    assertEquals(DUPLICATE, receive(second, SECRET, update));
    assertEquals(200, post(second, SECRET, update).getStatus());
    assertEquals(List.of(22L), inbox.pending(), "stored once");
    assertTrue(handled.isEmpty(), "the second server leaves it to the first");
  }

  @Test
  @DisplayName(
      "an update that cannot be stored: 503, nothing handled, and Telegram's retry is stored and handled")
  void notStored() {
    String update = TelegramUpdates.text(23, 111, 42, "/menu");
    inbox.failNextWrite(new IllegalStateException("database down"));
    assertEquals(NOT_STORED, receive(webhook, SECRET, update));
    inbox.failNextWrite(new IllegalStateException("database down"));
    Response refused = post(webhook, SECRET, update);
    assertEquals(503, refused.getStatus(), "never 200 for an update that is not stored");
    assertEquals("5", refused.getHeaderString("Retry-After"));
    assertTrue(handled.isEmpty());
    assertTrue(inbox.pending().isEmpty());

    assertEquals(200, post(webhook, SECRET, update).getStatus());
    assertEquals(List.of(new TextReceived(23, 111, 111, 42, "/menu", "Иван Петров")), handled);
    assertTrue(inbox.pending().isEmpty(), "handled, so erased");
  }

  @Test
  @DisplayName(
      "acknowledged, then the server dies before handling it: the update is handled from the store, once")
  void survivesTheCrash() {
    TelegramWebhook dying = new TelegramWebhook(SECRET, intake, task -> {});
    assertEquals(
        200, post(dying, SECRET, TelegramUpdates.text(24, 111, 42, "eyJ.token")).getStatus());
    assertTrue(handled.isEmpty(), "its queue died with it");

    ChatUpdateIntake anotherServer = InboxedUpdates.around(handled::add, inbox, clock);
    clock.advance(UpdateInboxPolicy.defaults().hold());
    assertEquals(1, anotherServer.handlePending());
    assertEquals(0, anotherServer.handlePending());
    assertEquals(List.of(24L), handled.stream().map(ChatUpdate::updateId).toList());
    assertTrue(inbox.pending().isEmpty());
  }

  @Test
  @DisplayName(
      "malformed bodies and updates that are not ours are acknowledged (200), never an error")
  void malformedAndForeign() {
    List<String> bodies =
        List.of(
            "",
            "not json",
            "[1,2]",
            "{}",
            "{\"update_id\":\"x\"}",
            "{\"update_id\":13}",
            "{\"update_id\":14,\"edited_message\":{\"message_id\":1}}",
            "{\"update_id\":15,\"message\":{\"message_id\":1,\"chat\":{\"id\":1,\"type\":\"private\"}}}",
            "{\"update_id\":16,\"message\":{\"message_id\":1,\"from\":{\"id\":0},\"chat\":{\"id\":0,\"type\":\"private\"},\"text\":\"x\"}}",
            "{\"update_id\":17,\"callback_query\":{\"id\":\"c\",\"from\":{\"id\":5},\"data\":\"x\"}}",
            TelegramUpdates.groupText(18, 111, -100200300, "/start"));
    for (String body : bodies) {
      assertEquals(IGNORED, receive(webhook, SECRET, body), body);
      assertEquals(200, post(webhook, SECRET, body).getStatus(), body);
    }
    assertTrue(handled.isEmpty());
  }

  @Test
  @DisplayName(
      "bodies beyond the JSON provider's limits — nested 100,000 deep, a 2,000-digit id — are"
          + " acknowledged (200), never a 500")
  void beyondTheProvidersLimits() {
    String deep = "{\"update_id\":30,\"x\":" + "[".repeat(100_000) + "]".repeat(100_000) + "}";
    String hugeId = "{\"update_id\":" + "9".repeat(2_000) + ",\"message\":{}}";
    String hugeFlag =
        TelegramUpdates.text(31, 111, 42, "/start")
            .replace("\"is_bot\":false", "\"is_bot\":-" + "9".repeat(2_000));
    for (String body : List.of(deep, hugeId, hugeFlag, "{\"update_id\":1e999999999}")) {
      assertEquals(200, post(webhook, SECRET, body).getStatus(), body.substring(0, 25));
    }
    assertTrue(inbox.pending().isEmpty());
  }

  @Test
  @DisplayName(
      "NUL and lone surrogates in a name or a text never reach the conversation: dropped, or"
          + " replaced by U+FFFD")
  void unstorableTextCleaned() {
    String body =
        TelegramUpdates.text(32, 111, 42, "/st\u0000art")
            .replace("\"Иван\"", "\"Ив\\u0000ан\\ud800\"");
    assertEquals(ACCEPTED, receive(webhook, SECRET, body));
    TextReceived text = (TextReceived) handled.get(0);
    assertEquals("/start", text.text());
    assertEquals("Иван\uFFFD Петров", text.userName());
  }

  @Test
  @DisplayName(
      "a handler that fails is logged; the webhook still answers 200 and the update stays stored")
  void handlerFails() {
    TelegramWebhook failing =
        new TelegramWebhook(
            SECRET,
            InboxedUpdates.around(
                update -> {
                  throw new IllegalStateException("database down");
                },
                inbox,
                clock),
            executor);
    Response response = post(failing, SECRET, TelegramUpdates.text(19, 111, 1, "/menu"));
    assertEquals(200, response.getStatus());
    assertEquals(List.of(19L), inbox.pending(), "tried again later");
  }

  @Test
  @DisplayName(
      "an executor that takes no more work: the update is stored, so 200, and it is handled from the store")
  void busy() {
    executorFull = true;
    String update = TelegramUpdates.text(20, 111, 42, "/menu");
    assertEquals(ACCEPTED, receive(webhook, SECRET, update));
    assertEquals(200, post(webhook, SECRET, TelegramUpdates.text(21, 111, 1, "x")).getStatus());
    assertTrue(handled.isEmpty());
    executorFull = false;
    assertEquals(DUPLICATE, receive(webhook, SECRET, update));

    clock.advance(UpdateInboxPolicy.defaults().hold());
    assertEquals(2, intake.handlePending());
    assertEquals(List.of(20L, 21L), handled.stream().map(ChatUpdate::updateId).toList());
  }
}
