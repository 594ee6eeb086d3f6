package com.wbassist.adapter.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.wbassist.adapter.telegram.FakeBotApi.Call;
import com.wbassist.adapter.telegram.FakeChats.Message;
import com.wbassist.application.fakes.FakeTokens;
import com.wbassist.domain.cabinet.CabinetId;
import com.wbassist.domain.event.EventType;
import com.wbassist.domain.seller.OnboardingState;
import com.wbassist.domain.seller.Seller;
import com.wbassist.domain.token.TokenCategory;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The whole conversation of issue 6, driven only by webhook calls, checked only by what reached
 * Telegram.
 */
class ConversationOverWebhookTest {
  private static final Instant NOW = Instant.parse("2026-11-18T06:00:00Z");
  private static final CabinetId SHOP = new CabinetId("7b0c6a52-3a3e-4a55-9d41-000000000001");
  private static final long ANNA = 7_000_000_001L;
  private static final long BORIS = 222L;

  private final WebhookWorld world = new WebhookWorld(NOW);
  private final AtomicLong updates = new AtomicLong(500);
  private final AtomicLong incoming = new AtomicLong(10);
  private final String token = FakeTokens.personal(SHOP.sid(), NOW.plus(Duration.ofDays(180)));

  {
    world.wb.account(SHOP, "ИП Тестов", "Лето & <Зима>");
  }

  @AfterEach
  void stop() {
    world.close();
  }

  private long say(long person, String text) {
    long messageId = incoming.incrementAndGet();
    assertEquals(
        200,
        world.deliver(TelegramUpdates.text(updates.incrementAndGet(), person, messageId, text)));
    return messageId;
  }

  private void press(long person, long chatId, long messageId, String data) {
    assertEquals(
        200,
        world.deliver(
            TelegramUpdates.press(updates.incrementAndGet(), person, chatId, messageId, data)));
  }

  private Message lastIn(long chatId) {
    List<Message> messages = world.telegram.chats().in(chatId);
    return messages.get(messages.size() - 1);
  }

  private Seller seller(long id) {
    return world.sellers.find(id).orElseThrow();
  }

  /**
   * /start, the token, the primary sync to its end: Anna is ready, her "finished" message is the
   * last.
   */
  private void onboard() {
    say(ANNA, "/start");
    say(ANNA, token);
    world.sync.syncNow(SHOP);
    world.telegram.clearCalls();
  }

  @Test
  @DisplayName("/start answers with the welcome and how to get a token")
  void start() {
    say(ANNA, "/start");
    assertTrue(lastIn(ANNA).text.contains("Здравствуйте"));
    assertTrue(lastIn(ANNA).text.contains("токен WB API"));
    assertEquals(OnboardingState.AWAITING_TOKEN, seller(ANNA).state());
  }

  @Test
  @DisplayName(
      "a refused token: the message carrying it is deleted, the refusal says why, the token is not echoed")
  void refusedToken() {
    say(ANNA, "/start");
    String statisticsOnly =
        FakeTokens.token(
            SHOP.sid(), NOW.plus(Duration.ofDays(180)), TokenCategory.STATISTICS.mask(), 3, false);
    long tokenMessage = say(ANNA, statisticsOnly);
    Call delete = world.telegram.calls("deleteMessage").get(0);
    assertEquals(tokenMessage, delete.params().getJsonNumber("message_id").longValue());
    assertTrue(lastIn(ANNA).text.contains("Не хватает"), lastIn(ANNA).text);
    assertTrue(
        world.telegram.calls().stream()
            .noneMatch(c -> c.params().toString().contains(statisticsOnly)));
    assertEquals(OnboardingState.AWAITING_TOKEN, seller(ANNA).state());
  }

  @Test
  @DisplayName(
      "a valid token: deleted, accepted, and the primary sync's progress edits one message, then 'finished' with the menu")
  void tokenAndPrimarySync() {
    say(ANNA, "/start");
    long tokenMessage = say(ANNA, token);
    assertEquals(
        tokenMessage,
        world
            .telegram
            .calls("deleteMessage")
            .get(0)
            .params()
            .getJsonNumber("message_id")
            .longValue());
    Message accepted = lastIn(ANNA);
    assertTrue(accepted.text.contains("Токен принят"), accepted.text);
    assertTrue(
        accepted.text.contains("Лето &amp; &lt;Зима&gt;"), "shop name escaped: " + accepted.text);
    assertEquals(List.of(SHOP), world.syncRequests.requested());

    world.sync.syncNow(SHOP);
    List<Call> edits = world.telegram.calls("editMessageText");
    assertFalse(edits.isEmpty());
    edits.forEach(
        e -> assertEquals(accepted.id, e.params().getJsonNumber("message_id").longValue()));
    assertTrue(
        edits.get(0).text("text").matches("⏳ Загрузка истории: \\d+% \\(строк: \\d+\\)"),
        edits.get(0).text("text"));
    assertTrue(world.telegram.chats().message(ANNA, accepted.id).text.contains("100%"));
    Message finished = lastIn(ANNA);
    assertTrue(finished.text.contains("Готово"));
    assertTrue(finished.markup.contains("\"callback_data\":\"settings\""));
    assertEquals(OnboardingState.READY, seller(ANNA).state());
  }

  @Test
  @DisplayName("/menu, /settings, /help answer with their screens and keyboards")
  void commands() {
    onboard();
    say(ANNA, "/menu");
    assertTrue(lastIn(ANNA).text.startsWith("📋 Главное меню"));
    assertTrue(lastIn(ANNA).markup.contains("\"callback_data\":\"token\""));
    say(ANNA, "/settings");
    assertTrue(lastIn(ANNA).text.contains("Уведомления"));
    assertTrue(
        lastIn(ANNA).markup.contains("set:ALL")
            && lastIn(ANNA).markup.contains("set:CRITICAL_STOCK"));
    say(ANNA, "/help@WbAssistBot");
    assertTrue(lastIn(ANNA).text.contains("/settings"));
  }

  @Test
  @DisplayName("settings: each press is answered once and the keyboard updated in place")
  void settingsToggles() {
    onboard();
    say(ANNA, "/menu");
    long menu = lastIn(ANNA).id;
    press(ANNA, ANNA, menu, "settings");
    assertTrue(world.telegram.chats().message(ANNA, menu).text.contains("Уведомления"));

    press(ANNA, ANNA, menu, "set:NEW_ORDER");
    assertFalse(seller(ANNA).settings().isOn(EventType.NEW_ORDER));
    assertTrue(world.telegram.chats().message(ANNA, menu).markup.contains("▫️ Заказы"));
    press(ANNA, ANNA, menu, "set:ALL");
    assertFalse(seller(ANNA).settings().enabled());
    assertTrue(
        world.telegram.chats().message(ANNA, menu).markup.contains("🔕 Все уведомления: выкл"));

    List<Call> answers = world.telegram.calls("answerCallbackQuery");
    assertEquals(3, answers.size());
    assertEquals(3, answers.stream().map(a -> a.text("callback_query_id")).distinct().count());
    assertEquals("Заказы: выкл", answers.get(1).text("text"));
    assertEquals(
        1, world.telegram.calls("sendMessage").size(), "only /menu sent; the rest edited in place");
  }

  @Test
  @DisplayName("a button cannot change another seller's settings: it acts for whoever presses it")
  void foreignPress() {
    onboard();
    say(ANNA, "/settings");
    long annasSettings = lastIn(ANNA).id;
    press(BORIS, ANNA, annasSettings, "set:BUYOUT");
    assertTrue(seller(ANNA).settings().isOn(EventType.BUYOUT));
    assertEquals(
        "Сначала отправьте /start",
        world.telegram.calls("answerCallbackQuery").get(0).text("text"));
  }

  @Test
  @DisplayName(
      "token replacement: the 'change token' button prompts, a new token of the same shop keeps the seller ready")
  void tokenReplacement() {
    onboard();
    say(ANNA, "/menu");
    press(ANNA, ANNA, lastIn(ANNA).id, "token");
    assertTrue(lastIn(ANNA).text.contains("Пришлите токен"));
    String renewed = FakeTokens.personal(SHOP.sid(), NOW.plus(Duration.ofDays(179)));
    say(ANNA, renewed);
    assertTrue(lastIn(ANNA).text.contains("Токен принят"));
    assertEquals(OnboardingState.READY, seller(ANNA).state());
    assertEquals(
        1, world.telegram.calls("deleteMessage").size(), "the new token's message deleted");
  }

  @Test
  @DisplayName("while the primary sync runs, every command answers with the progress")
  void progressWhileSyncing() {
    say(ANNA, "/start");
    say(ANNA, token);
    say(ANNA, "/menu");
    assertTrue(lastIn(ANNA).text.startsWith("⏳ Загрузка истории"));
  }

  @Test
  @DisplayName(
      "blocking the bot (my_chat_member kicked) makes the seller inactive; writing again brings them back")
  void blockAndReturn() {
    onboard();
    assertEquals(
        200, world.deliver(TelegramUpdates.membership(updates.incrementAndGet(), ANNA, "kicked")));
    assertFalse(seller(ANNA).active());
    say(ANNA, "/menu");
    assertTrue(seller(ANNA).active());
  }

  @Test
  @DisplayName("a 403 from Telegram while answering marks the seller inactive")
  void forbiddenWhileAnswering() {
    onboard();
    world.telegram.chats().block(ANNA);
    say(ANNA, "/menu");
    assertFalse(seller(ANNA).active());
  }

  @Test
  @DisplayName(
      "Telegram's retry of an update is not answered twice; a wrong secret gets 401 and no answer")
  void retriesAndSecret() {
    say(ANNA, "/start");
    String update = TelegramUpdates.text(9_999, ANNA, 99, "/help");
    assertEquals(200, world.deliver(update));
    assertEquals(200, world.deliver(update));
    assertEquals(401, world.post(TelegramUpdates.text(10_000, ANNA, 100, "/help"), "wrong"));
    assertEquals(401, world.post(TelegramUpdates.text(10_001, ANNA, 101, "/help"), null));
    assertEquals(2, world.telegram.calls("sendMessage").size());
    assertEquals(200, world.post("{\"update_id\":", WebhookWorld.SECRET));
  }

  @Test
  @DisplayName("over HTTP, a body over 1 MiB gets 413 and is not handled")
  void tooLarge() {
    say(ANNA, "/start");
    String padded = TelegramUpdates.text(10_002, ANNA, 102, "/help") + " ".repeat(1_048_576);
    assertEquals(413, world.post(padded, WebhookWorld.SECRET));
    assertEquals(1, world.telegram.calls("sendMessage").size());
  }

  @Test
  @DisplayName(
      "the owner's «Пригласить» sends a t.me link; a second chat follows it with /start and lands in the cabinet")
  void inviteFollowedFromSecondChat() {
    onboard();
    press(ANNA, ANNA, lastIn(ANNA).id, com.wbassist.domain.onboarding.TeamActions.INVITE);
    java.util.regex.Matcher link =
        java.util.regex.Pattern.compile(
                "https://t\\.me/wb_assist_test_bot\\?start=(team_[A-Za-z0-9_-]{22})")
            .matcher(lastIn(ANNA).text);
    assertTrue(link.find(), lastIn(ANNA).text);
    say(BORIS, "/start " + link.group(1));
    assertEquals(OnboardingState.READY, seller(BORIS).state());
    assertEquals(SHOP, seller(BORIS).cabinet());
    assertTrue(lastIn(BORIS).text.contains("Вы в команде магазина"), lastIn(BORIS).text);
    assertTrue(lastIn(ANNA).text.contains("присоединился по приглашению"), lastIn(ANNA).text);
    assertTrue(
        world.telegram.calls().stream().noneMatch(c -> c.params().toString().contains(token)),
        "the token never went to Telegram");
  }
}
