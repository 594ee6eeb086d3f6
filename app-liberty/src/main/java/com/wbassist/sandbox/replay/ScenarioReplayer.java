package com.wbassist.sandbox.replay;

import com.wbassist.application.port.in.DispatchNotifications;
import com.wbassist.application.port.in.SyncCabinetNow;
import com.wbassist.application.port.out.CabinetStore;
import com.wbassist.domain.cabinet.CabinetId;
import com.wbassist.sandbox.SandboxClock;
import com.wbassist.sandbox.telegram.StandInMessage;
import com.wbassist.sandbox.telegram.TelegramStandIn;
import com.wbassist.sandbox.wb.SandboxShop;
import com.wbassist.sandbox.wb.WbSandbox;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntConsumer;

/**
 * Replays a scenario through the real chain: the bot's own webhook for joins and settings, the WB
 * sandbox for the data, the sync use case (WB adapter → detection → database → outbox), dispatch (→
 * Telegram adapter → stand-in). It reports every notification the stand-in accepted, round by
 * round. One replay at a time; each starts from nothing (the cabinet and the scenario's sellers are
 * forgotten first).
 */
public final class ScenarioReplayer {
  private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
  private static final long SYNC_WAIT_MILLIS = 120_000;

  private final WbSandbox wb;
  private final TelegramStandIn telegram;
  private final SandboxClock clock;
  private final ChatDriver chat;
  private final SyncCabinetNow sync;
  private final CabinetStore cabinets;
  private final DispatchNotifications dispatch;
  private final DeliveryJournal journal;
  private final ReplayIsolation isolation;
  private final IntConsumer statisticsPageLimit;
  private final int defaultPageLimit;
  private final AtomicLong updateIds;
  private final AtomicLong messageIds = new AtomicLong(1);

  public ScenarioReplayer(
      WbSandbox wb,
      TelegramStandIn telegram,
      SandboxClock clock,
      ChatDriver chat,
      SyncCabinetNow sync,
      CabinetStore cabinets,
      DispatchNotifications dispatch,
      DeliveryJournal journal,
      ReplayIsolation isolation,
      IntConsumer statisticsPageLimit,
      int defaultPageLimit) {
    this.wb = wb;
    this.telegram = telegram;
    this.clock = clock;
    this.chat = chat;
    this.sync = sync;
    this.cabinets = cabinets;
    this.dispatch = dispatch;
    this.journal = journal;
    this.isolation = isolation;
    this.statisticsPageLimit = statisticsPageLimit;
    this.defaultPageLimit = defaultPageLimit;
    // Fresh update ids for every server start: Telegram's are unique, and the bot remembers the
    // ones it handled.
    this.updateIds = new AtomicLong(System.currentTimeMillis() * 1000);
  }

  public synchronized List<ReplayedNotification> replay(Scenario scenario) {
    CabinetId cabinet = new CabinetId(scenario.sid());
    List<Long> chats = scenario.chats();
    isolation.forget(scenario.sid(), chats);
    telegram.reset(new HashSet<>(chats));
    journal.clear();
    wb.forget(scenario.sid());
    String token = wb.openShop(scenario.sid(), scenario.sellerName(), "");
    int pageLimit = scenario.pageLimit() == null ? defaultPageLimit : scenario.pageLimit();
    wb.pageLimit(pageLimit);
    statisticsPageLimit.accept(pageLimit);
    SandboxShop shop = wb.shop(scenario.sid()).orElseThrow();
    List<ReplayedNotification> notifications = new ArrayList<>();
    try {
      for (int index = 0; index < scenario.rounds().size(); index++) {
        Scenario.Round round = scenario.rounds().get(index);
        clock.set(LocalDateTime.parse(round.at()).atZone(MOSCOW).toInstant());
        long roundStart = telegram.lastSeq();
        // WB's data first: a new cabinet's primary sync must see the round's state, whoever starts
        // it.
        shop.holds(round.wb());
        round.faults().forEach(shop::inject);
        for (long telegramId : round.join()) {
          text(telegramId, "/start");
          text(telegramId, token);
        }
        round.settings().forEach(this::applySettings);
        round.blocked().forEach(telegram::block);
        syncOnce(cabinet, round);
        dispatch.dispatch();
        for (StandInMessage message : telegram.messagesAfter(roundStart)) {
          int roundIndex = index;
          journal
              .about(message.chatId(), message.messageId())
              .ifPresent(
                  entry ->
                      notifications.add(
                          new ReplayedNotification(
                              roundIndex,
                              entry.chatId(),
                              entry.type(),
                              entry.key(),
                              message.html())));
        }
      }
    } finally {
      clock.reset();
      wb.pageLimit(defaultPageLimit);
      statisticsPageLimit.accept(defaultPageLimit);
    }
    return notifications;
  }

  private void syncOnce(CabinetId cabinet, Scenario.Round round) {
    if (cabinets.find(cabinet).isEmpty()) {
      String said =
          round.join().stream()
              .flatMap(chat -> telegram.chat(chat).stream())
              .reduce((a, b) -> b)
              .map(StandInMessage::html)
              .orElse("nothing");
      throw new IllegalStateException(
          "the bot did not connect cabinet " + cabinet + "; its last words: " + said);
    }
    long deadline = System.currentTimeMillis() + SYNC_WAIT_MILLIS;
    while (sync.syncNow(cabinet).isEmpty()) {
      // Another pass (a primary sync asked for by the join) holds the lease: wait for it, then run
      // this round's.
      if (System.currentTimeMillis() > deadline) {
        throw new IllegalStateException(
            "cabinet " + cabinet + " stayed leased by another sync for two minutes");
      }
      sleep(100);
    }
  }

  private void text(long telegramId, String text) {
    long updateId = updateIds.incrementAndGet();
    chat.deliver(
        updateId,
        TelegramUpdates.text(
            updateId,
            telegramId,
            messageIds.incrementAndGet(),
            text,
            clock.instant().getEpochSecond()));
  }

  /**
   * Through the bot's own settings screen: open it, then press each toggle that does not show what
   * the round wants.
   */
  private void applySettings(long telegramId, Map<String, Boolean> wanted) {
    long before = telegram.lastSeq();
    text(telegramId, "/settings");
    StandInMessage screen =
        telegram.messagesAfter(before).stream()
            .filter(m -> m.chatId() == telegramId && button(m, "set:ALL") != null)
            .reduce((a, b) -> b)
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "the bot showed no settings screen to " + telegramId));
    wanted.forEach(
        (name, on) -> {
          String data = "ALL".equals(name) ? "set:ALL" : "set:" + name;
          StandInMessage current =
              telegram.chat(telegramId).stream()
                  .filter(m -> m.messageId() == screen.messageId())
                  .findFirst()
                  .orElse(screen);
          JsonObject button = button(current, data);
          if (button == null) {
            throw new InvalidScenarioException("unknown setting " + name);
          }
          boolean shownOn =
              "set:ALL".equals(data)
                  ? button.getString("text").contains("вкл")
                  : button.getString("text").startsWith("✅");
          if (shownOn != on) {
            long updateId = updateIds.incrementAndGet();
            chat.deliver(
                updateId,
                TelegramUpdates.press(
                    updateId,
                    telegramId,
                    screen.messageId(),
                    data,
                    clock.instant().getEpochSecond()));
          }
        });
  }

  private static JsonObject button(StandInMessage message, String data) {
    if (message.replyMarkup() == null) {
      return null;
    }
    for (JsonArray row :
        message.replyMarkup().getJsonArray("inline_keyboard").getValuesAs(JsonArray.class)) {
      for (JsonObject button : row.getValuesAs(JsonObject.class)) {
        if (data.equals(button.getString("callback_data", null))) {
          return button;
        }
      }
    }
    return null;
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("replay interrupted", interrupted);
    }
  }
}
