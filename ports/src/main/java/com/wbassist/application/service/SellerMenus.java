package com.wbassist.application.service;

import com.wbassist.application.port.in.ButtonPressed;
import com.wbassist.application.port.out.CabinetStore;
import com.wbassist.application.port.out.SellerChat;
import com.wbassist.application.port.out.SellerStore;
import com.wbassist.application.port.out.SyncRunLog;
import com.wbassist.domain.cabinet.Cabinet;
import com.wbassist.domain.chat.ChatMessage;
import com.wbassist.domain.event.EventType;
import com.wbassist.domain.market.MoscowTime;
import com.wbassist.domain.notification.NotificationSettings;
import com.wbassist.domain.onboarding.BotReplies;
import com.wbassist.domain.onboarding.ButtonActions;
import com.wbassist.domain.onboarding.EventTypeNames;
import com.wbassist.domain.seller.OnboardingState;
import com.wbassist.domain.seller.Seller;
import com.wbassist.domain.sync.SyncProgress;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * The menus of a connected seller: main menu, settings toggles, status, help — and progress while
 * syncing.
 */
public final class SellerMenus {
  private static final DateTimeFormatter MOSCOW =
      DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm 'МСК'").withZone(MoscowTime.ZONE);

  private final SellerStore sellers;
  private final CabinetStore cabinets;
  private final SyncRunLog runs;
  private final SellerChat chat;
  private final BotReplies replies;
  private final DailySummaryMenu dailySummary;

  public SellerMenus(
      SellerStore sellers,
      CabinetStore cabinets,
      SyncRunLog runs,
      SellerChat chat,
      BotReplies replies) {
    this.sellers = sellers;
    this.cabinets = cabinets;
    this.runs = runs;
    this.chat = chat;
    this.replies = replies;
    this.dailySummary = new DailySummaryMenu(sellers, chat, replies);
  }

  BotReplies replies() {
    return replies;
  }

  ChatMessage progress(Seller seller) {
    SyncProgress progress = runs.currentProgress(seller.cabinet()).orElse(SyncProgress.starting());
    return replies.progress(progress);
  }

  /** What a ready seller's command answers; anything unknown shows the menu. */
  ChatMessage forCommand(Seller seller, String command) {
    return switch (command) {
      case "/settings" -> replies.settings(seller.settings());
      case "/help" -> replies.help();
      case "/status" -> status(seller);
      default -> replies.mainMenu(shopName(seller));
    };
  }

  void press(Seller seller, ButtonPressed press) {
    if (seller.state() == OnboardingState.SYNCING) {
      chat.answerButton(
          press.callbackId(),
          BotReplies.progressLine(
              runs.currentProgress(seller.cabinet()).orElse(SyncProgress.starting())));
      return;
    }
    if (seller.state() != OnboardingState.READY) {
      chat.answerButton(press.callbackId(), "Сначала пришлите токен WB API");
      return;
    }
    String data = press.data();
    if (dailySummary.handled(seller, press)) {
      return;
    }
    Optional<EventType> toggled = ButtonActions.toggledType(data);
    if (toggled.isPresent() || ButtonActions.TOGGLE_ALL.equals(data)) {
      NotificationSettings settings =
          toggled
              .map(type -> seller.settings().toggle(type))
              .orElseGet(() -> seller.settings().toggleAll());
      sellers.save(seller.withSettings(settings));
      chat.answerButton(press.callbackId(), toast(settings, toggled));
      chat.edit(press.chatId(), press.messageId(), replies.settings(settings));
      return;
    }
    chat.answerButton(press.callbackId(), "");
    switch (data) {
      case ButtonActions.SETTINGS ->
          chat.edit(press.chatId(), press.messageId(), replies.settings(seller.settings()));
      case ButtonActions.STATUS -> chat.edit(press.chatId(), press.messageId(), status(seller));
      case ButtonActions.HELP -> chat.edit(press.chatId(), press.messageId(), replies.help());
      case ButtonActions.NEW_TOKEN -> chat.send(press.chatId(), replies.tokenPrompt());
      default -> chat.edit(press.chatId(), press.messageId(), replies.mainMenu(shopName(seller)));
    }
  }

  private static String toast(NotificationSettings settings, Optional<EventType> toggled) {
    if (toggled.isEmpty()) {
      return settings.enabled() ? "Уведомления включены" : "Все уведомления выключены";
    }
    EventType type = toggled.get();
    return EventTypeNames.russian(type) + (settings.isOn(type) ? ": вкл" : ": выкл");
  }

  private ChatMessage status(Seller seller) {
    Optional<Cabinet> cabinet = cabinets.find(seller.cabinet());
    String lastSync = cabinet.map(Cabinet::lastSyncAt).map(MOSCOW::format).orElse("ещё не было");
    return replies.status(shopName(seller), lastSync, cabinet.map(Cabinet::lastError).orElse(null));
  }

  private String shopName(Seller seller) {
    return cabinets.find(seller.cabinet()).map(Cabinet::shopName).orElse("");
  }
}
