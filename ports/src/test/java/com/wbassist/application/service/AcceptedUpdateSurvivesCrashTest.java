package com.wbassist.application.service;

import static com.wbassist.domain.testdata.MarketRows.moscow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.wbassist.application.fakes.FakeTokens;
import com.wbassist.application.fakes.InMemoryWorld;
import com.wbassist.application.port.in.ChatUpdate;
import com.wbassist.application.port.in.HandleChatUpdate;
import com.wbassist.application.port.in.TextReceived;
import com.wbassist.application.port.out.SetAsideKind;
import com.wbassist.application.port.out.SetAsideRow;
import com.wbassist.domain.cabinet.CabinetId;
import com.wbassist.domain.seller.OnboardingState;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * An update Telegram was told we have is never lost: it is stored before the acknowledgement, and
 * whatever the server that took it did not finish is handled from the store — once.
 */
class AcceptedUpdateSurvivesCrashTest {
  private static final Instant NOW = moscow("2026-11-18T09:00:00");
  private static final CabinetId SHOP = new CabinetId("7b0c6a52-3a3e-4a55-9d41-000000000001");
  private static final long ANNA = 1001;
  private static final UpdateInboxPolicy POLICY = UpdateInboxPolicy.defaults();

  private final InMemoryWorld world = new InMemoryWorld(NOW);
  private final String token = FakeTokens.personal(SHOP.sid(), NOW.plus(Duration.ofDays(180)));

  {
    world.wb.account(SHOP, "ИП Тестов", "Лето");
  }

  private static TextReceived text(long updateId, String text) {
    return new TextReceived(updateId, ANNA, ANNA, 500 + updateId, text, "Анна");
  }

  /** Another server, or this one restarted: nothing of the first one's memory, the same stores. */
  private ChatUpdateIntake afterTheCrash(HandleChatUpdate conversation) {
    return new ChatUpdateIntake(world.inbox, conversation, POLICY, world.clock);
  }

  @Test
  @DisplayName(
      "a pasted token acknowledged, then the server dies before handling it: the recovery handles it, exactly once")
  void tokenSurvivesTheCrash() {
    world.intake.handleStored(text(1, "/start"));
    assertTrue(world.intake.store(text(2, token)), "stored: Telegram may be told we have it");
    // The server dies here: its queue, and the update in it, are gone.
    ChatUpdateIntake recovery = afterTheCrash(world.conversation);

    assertEquals(0, recovery.handlePending(), "the receiving server may still be handling it");
    world.clock.advance(POLICY.hold());
    assertEquals(1, recovery.handlePending());

    assertEquals(OnboardingState.SYNCING, world.sellers.find(ANNA).orElseThrow().state());
    assertEquals(SHOP, world.sellers.find(ANNA).orElseThrow().cabinet());
    world.clock.advance(POLICY.lease());
    assertEquals(0, recovery.handlePending(), "handled updates are erased");
    assertEquals(List.of(), world.inbox.pending());
    assertEquals(List.of(SHOP), world.syncRequests.requested(), "the token taken once");
  }

  @Test
  @DisplayName(
      "Telegram sends an update again: while it is stored it is stored once; after it was handled, handling it again changes nothing")
  void redeliveredIsHarmless() {
    assertTrue(world.intake.store(text(1, "/start")));
    assertEquals(false, world.intake.store(text(1, "/start")));
    world.intake.handleStored(text(1, "/start"));
    int answers = world.chat.to(ANNA).size();

    assertTrue(world.intake.store(text(1, "/start")), "erased once handled, so stored again");
    world.intake.handleStored(text(1, "/start"));
    assertEquals(answers, world.chat.to(ANNA).size(), "the conversation knew it already");
    assertEquals(List.of(), world.inbox.pending());
  }

  @Test
  @DisplayName(
      "handling that failed leaves the update stored; the recovery handles it once the hold runs out")
  void failedHandlingIsRetried() {
    AtomicInteger calls = new AtomicInteger();
    HandleChatUpdate downOnce =
        update -> {
          if (calls.getAndIncrement() == 0) {
            throw new IllegalStateException("database down");
          }
          world.conversation.handle(update);
        };
    ChatUpdateIntake intake = afterTheCrash(downOnce);
    intake.store(text(1, "/start"));
    intake.handleStored(text(1, "/start"));
    assertEquals(List.of(1L), world.inbox.pending());

    world.clock.advance(POLICY.hold());
    assertEquals(1, intake.handlePending());
    assertEquals(OnboardingState.AWAITING_TOKEN, world.sellers.find(ANNA).orElseThrow().state());
    assertEquals(List.of(), world.inbox.pending());
  }

  @Test
  @DisplayName(
      "handling that broke off inside the conversation is not taken for done: the recovery answers")
  void brokenOffInsideTheConversation() {
    world.chat.breakNextSend();
    world.intake.store(text(1, "/start"));
    world.intake.handleStored(text(1, "/start"));
    assertEquals(List.of(), world.chat.to(ANNA), "no answer went out");
    assertEquals(List.of(1L), world.inbox.pending(), "still stored");

    world.clock.advance(POLICY.hold());
    assertEquals(1, afterTheCrash(world.conversation).handlePending());
    assertTrue(world.chat.last(ANNA).text().contains("токен"), "answered after all");
  }

  @Test
  @DisplayName(
      "an update that fails every time is given up after the last attempt: erased, and set aside"
          + " for operators with its id, person and why — never what it said")
  void givenUp() {
    AtomicInteger calls = new AtomicInteger();
    HandleChatUpdate alwaysFails =
        update -> {
          calls.incrementAndGet();
          throw new IllegalStateException("a bug");
        };
    ChatUpdateIntake intake = afterTheCrash(alwaysFails);
    intake.store(text(1, token));
    intake.handleStored(text(1, token));
    world.clock.advance(POLICY.hold());
    for (int pass = 0; pass < 10; pass++) {
      intake.handlePending();
      world.clock.advance(POLICY.lease());
    }
    assertEquals(POLICY.maxAttempts(), calls.get());
    assertEquals(List.of(), world.inbox.pending());
    List<SetAsideRow> aside = world.setAside.rows();
    assertEquals(1, aside.size(), "given up, not dropped in silence");
    assertEquals(SetAsideKind.CHAT_UPDATE, aside.get(0).kind());
    assertEquals("1", aside.get(0).key(), "the update id");
    assertEquals(Long.toString(ANNA), aside.get(0).owner(), "the person");
    assertEquals(
        "TextReceived not handled after " + POLICY.maxAttempts() + " attempts; given up",
        aside.get(0).reason());
    assertFalse(aside.toString().contains(token.substring(0, 20)), "never the pasted token");
    assertFalse(aside.toString().contains("Анна"));
  }

  @Test
  @DisplayName("a pass whose lease ran out stops: the updates left are another server's to handle")
  void stopsWhenTheLeaseRunsOut() {
    HandleChatUpdate slow =
        update -> {
          world.clock.advance(POLICY.lease());
          world.conversation.handle(update);
        };
    ChatUpdateIntake intake = afterTheCrash(slow);
    intake.store(text(1, "/start"));
    intake.store(new TextReceived(2, 2002, 2002, 9, "/start", "Борис"));
    world.clock.advance(POLICY.hold());

    assertEquals(1, intake.handlePending());
    assertEquals(List.of(2L), world.inbox.pending());
    assertEquals(1, intake.handlePending(), "taken over once its lease ran out");
    assertEquals(List.of(), world.inbox.pending());
  }

  @Test
  @DisplayName(
      "a person's stored updates are handled in the order they were sent: /start before the token")
  void inOrder() {
    world.intake.store(text(1, "/start"));
    world.intake.store(text(2, token));
    world.clock.advance(POLICY.hold());
    List<Long> seen = new java.util.ArrayList<>();
    ChatUpdateIntake recovery =
        afterTheCrash(
            (ChatUpdate update) -> {
              seen.add(update.updateId());
              world.conversation.handle(update);
            });
    assertEquals(2, recovery.handlePending());
    assertEquals(List.of(1L, 2L), seen);
    assertEquals(OnboardingState.SYNCING, world.sellers.find(ANNA).orElseThrow().state());
  }
}
