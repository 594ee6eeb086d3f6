package com.wbassist.application.service;

import com.wbassist.application.port.in.ButtonPressed;
import com.wbassist.application.port.in.ManageApiKeys;
import com.wbassist.application.port.in.RequestReport;
import com.wbassist.application.port.out.CabinetStore;
import com.wbassist.application.port.out.ProductCardStore;
import com.wbassist.application.port.out.SellerChat;
import com.wbassist.application.port.out.SellerStore;
import com.wbassist.application.port.out.SyncRunLog;
import com.wbassist.domain.cabinet.Cabinet;
import com.wbassist.domain.chat.ChatMessage;
import com.wbassist.domain.event.EventType;
import com.wbassist.domain.market.MoscowTime;
import com.wbassist.domain.market.ProductCard;
import com.wbassist.domain.notification.NotificationSettings;
import com.wbassist.domain.onboarding.BotReplies;
import com.wbassist.domain.onboarding.ButtonActions;
import com.wbassist.domain.onboarding.EventTypeNames;
import com.wbassist.domain.onboarding.ReportActions;
import com.wbassist.domain.seller.OnboardingState;
import com.wbassist.domain.seller.Seller;
import com.wbassist.domain.sync.SyncProgress;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.OptionalLong;

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

  /** Where the quiet products' names come from; {@code null}: the list shows their nmIds only. */
  private final ProductCardStore cards;

  /** The owner's API keys; {@code null}: the bot has no such menu. */
  private final ApiKeyMenu apiKeys;

  /** Reports to the chat; {@code null}: the bot has no such menu. */
  private final ReportMenu reports;

  public SellerMenus(
      SellerStore sellers,
      CabinetStore cabinets,
      SyncRunLog runs,
      SellerChat chat,
      BotReplies replies) {
    this(sellers, cabinets, runs, chat, replies, null);
  }

  public SellerMenus(
      SellerStore sellers,
      CabinetStore cabinets,
      SyncRunLog runs,
      SellerChat chat,
      BotReplies replies,
      ProductCardStore cards) {
    this(sellers, cabinets, runs, chat, replies, cards, null);
  }

  /**
   * @param apiKeys the owner's API keys (issue 14), {@code null} for none
   */
  public SellerMenus(
      SellerStore sellers,
      CabinetStore cabinets,
      SyncRunLog runs,
      SellerChat chat,
      BotReplies replies,
      ProductCardStore cards,
      ManageApiKeys apiKeys) {
    this(sellers, cabinets, runs, chat, replies, cards, apiKeys, null, null);
  }

  /**
   * @param reports the reports the bot sends to the chat (issue 14), {@code null} for none
   * @param clock what "the last 7 days" count from
   */
  public SellerMenus(
      SellerStore sellers,
      CabinetStore cabinets,
      SyncRunLog runs,
      SellerChat chat,
      BotReplies replies,
      ProductCardStore cards,
      ManageApiKeys apiKeys,
      RequestReport reports,
      Clock clock) {
    this.apiKeys = apiKeys == null ? null : new ApiKeyMenu(apiKeys, chat, replies);
    this.reports = reports == null ? null : new ReportMenu(reports, chat, clock);
    this.sellers = sellers;
    this.cabinets = cabinets;
    this.runs = runs;
    this.chat = chat;
    this.replies = replies;
    this.cards = cards;
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
      case ApiKeyMenu.COMMAND -> apiKeys != null ? apiKeys.screen(seller) : replies.help();
      case ReportMenu.COMMAND -> reports != null ? reports.screen() : replies.help();
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
    if (apiKeys != null && ApiKeyMenu.handles(data)) {
      apiKeys.press(seller, press);
      return;
    }
    if (reports != null && ReportActions.handles(data)) {
      reports.press(seller, press);
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
    if (pressedQuietProduct(seller, press)) {
      return;
    }
    chat.answerButton(press.callbackId(), "");
    switch (data) {
      case ButtonActions.QUIET_LIST ->
          chat.edit(press.chatId(), press.messageId(), quietProducts(seller.settings(), seller));
      case ButtonActions.SETTINGS ->
          chat.edit(press.chatId(), press.messageId(), replies.settings(seller.settings()));
      case ButtonActions.STATUS -> chat.edit(press.chatId(), press.messageId(), status(seller));
      case ButtonActions.HELP -> chat.edit(press.chatId(), press.messageId(), replies.help());
      case ButtonActions.NEW_TOKEN -> chat.send(press.chatId(), replies.tokenPrompt());
      default -> chat.edit(press.chatId(), press.messageId(), replies.mainMenu(shopName(seller)));
    }
  }

  /**
   * «🔕 Не сообщать об остатках» under a notification (the message stays as it is) or «🔔 Вернуть»
   * in the quiet products' list (the list is shown again): only the presser's settings change.
   */
  private boolean pressedQuietProduct(Seller seller, ButtonPressed press) {
    OptionalLong quieted = ButtonActions.quietedProduct(press.data());
    if (quieted.isPresent()) {
      sellers.save(seller.withSettings(seller.settings().quiet(quieted.getAsLong())));
      chat.answerButton(press.callbackId(), replies.productSilenced());
      return true;
    }
    OptionalLong back = ButtonActions.loudProduct(press.data());
    if (back.isPresent()) {
      NotificationSettings settings = seller.settings().loud(back.getAsLong());
      sellers.save(seller.withSettings(settings));
      chat.answerButton(press.callbackId(), replies.productBack());
      chat.edit(press.chatId(), press.messageId(), quietProducts(settings, seller));
      return true;
    }
    return false;
  }

  private ChatMessage quietProducts(NotificationSettings settings, Seller seller) {
    return replies.quietProducts(
        settings,
        nmId ->
            cards == null
                ? ""
                : cards.card(seller.cabinet(), nmId).map(SellerMenus::productName).orElse(""));
  }

  private static String productName(ProductCard card) {
    String name = card.title().isBlank() ? card.subjectName() : card.title();
    return card.vendorCode().isBlank() ? name : name + ", " + card.vendorCode();
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
