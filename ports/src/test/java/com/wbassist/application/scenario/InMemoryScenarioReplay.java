package com.wbassist.application.scenario;

import com.wbassist.application.fakes.FakeTokens;
import com.wbassist.application.fakes.InMemoryOutbox.SentDelivery;
import com.wbassist.application.fakes.InMemoryWorld;
import com.wbassist.application.fakes.RecordingSellerChat.Said;
import com.wbassist.domain.cabinet.CabinetId;
import com.wbassist.domain.chat.Button;
import com.wbassist.domain.event.EventType;
import com.wbassist.domain.onboarding.ButtonActions;
import com.wbassist.domain.sync.SyncStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Replays a scenario through the use cases on in-memory fakes: joins go through the conversation
 * (/start and the token), settings through the settings menu's buttons, then one sync and one
 * dispatch per round.
 */
final class InMemoryScenarioReplay {
  /** One notification the chat accepted. */
  record Sent(int round, long chatId, String type, String key) {}

  private final Scenario scenario;
  private final InMemoryWorld world;
  private final CabinetId cabinet;

  InMemoryScenarioReplay(Scenario scenario) {
    this.scenario = scenario;
    this.world = new InMemoryWorld(ScenarioRows.moscow(scenario.rounds().get(0).at()));
    this.cabinet = new CabinetId(scenario.sid());
    if (scenario.pageLimit() != null) {
      world.wb.pageLimit(scenario.pageLimit());
      world.syncPolicy = world.syncPolicy.withStatisticsPageLimit(scenario.pageLimit());
    }
    world.wb.account(cabinet, scenario.sellerName(), "");
  }

  List<Sent> run() {
    List<Sent> sent = new ArrayList<>();
    int alreadySent = 0;
    for (int index = 0; index < scenario.rounds().size(); index++) {
      Scenario.Round round = scenario.rounds().get(index);
      Instant at = ScenarioRows.moscow(round.at());
      world.clock.set(at);
      world.wb.holds(cabinet, ScenarioRows.of(round.wb()));
      round
          .faults()
          .forEach((stream, statuses) -> world.wb.inject(SyncStream.valueOf(stream), statuses));
      round.blocked().forEach(world.chat::block);
      for (long telegramId : round.join()) {
        world.text(telegramId, "/start");
        world.text(telegramId, FakeTokens.personal(scenario.sid(), at.plus(Duration.ofDays(180))));
      }
      round.settings().forEach(this::applySettings);
      world.sync.syncNow(cabinet);
      world.dispatch.dispatch();
      List<SentDelivery> deliveries = world.outbox.sent();
      for (SentDelivery delivery : deliveries.subList(alreadySent, deliveries.size())) {
        sent.add(
            new Sent(
                index,
                world.sellers.chatOf(delivery.telegramId()),
                delivery.event().type().name(),
                delivery.event().key()));
      }
      alreadySent = deliveries.size();
    }
    return sent;
  }

  InMemoryWorld world() {
    return world;
  }

  /** Opens /settings and presses each toggle whose state differs from what the round wants. */
  private void applySettings(long telegramId, Map<String, Boolean> wanted) {
    world.text(telegramId, "/settings");
    long messageId = world.chat.last(telegramId).messageId();
    wanted.forEach(
        (name, on) -> {
          String data =
              "ALL".equals(name)
                  ? ButtonActions.TOGGLE_ALL
                  : ButtonActions.toggle(EventType.valueOf(name));
          if (shownOn(telegramId, messageId, data) != on) {
            world.press(telegramId, messageId, data);
          }
        });
  }

  private boolean shownOn(long telegramId, long messageId, String data) {
    Said screen =
        world.chat.to(telegramId).stream()
            .filter(s -> s.messageId() == messageId && s.message() != null)
            .reduce((a, b) -> b)
            .orElseThrow();
    Button button =
        screen.message().keyboard().rows().stream()
            .flatMap(List::stream)
            .filter(b -> data.equals(b.callbackData()))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no button " + data + " on the settings screen"));
    return ButtonActions.TOGGLE_ALL.equals(data)
        ? button.text().contains("вкл")
        : button.text().startsWith("✅");
  }
}
