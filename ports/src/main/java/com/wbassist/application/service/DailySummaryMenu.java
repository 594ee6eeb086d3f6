package com.wbassist.application.service;

import com.wbassist.application.port.in.ButtonPressed;
import com.wbassist.application.port.out.SellerChat;
import com.wbassist.application.port.out.SellerStore;
import com.wbassist.domain.notification.NotificationSettings;
import com.wbassist.domain.onboarding.BotReplies;
import com.wbassist.domain.onboarding.ButtonActions;
import com.wbassist.domain.seller.Seller;
import com.wbassist.domain.summary.DailySummarySettings;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * The daily summary's settings in the bot: «📊 Итоги дня» under the settings opens them; a press
 * switches them on or off or chooses the time, applied from the next planning on.
 */
final class DailySummaryMenu {
  private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

  private final SellerStore sellers;
  private final SellerChat chat;
  private final BotReplies replies;

  DailySummaryMenu(SellerStore sellers, SellerChat chat, BotReplies replies) {
    this.sellers = sellers;
    this.chat = chat;
    this.replies = replies;
  }

  /** Handles a ready seller's press if it is one of the daily summary's buttons. */
  boolean handled(Seller seller, ButtonPressed press) {
    String data = press.data();
    DailySummarySettings current = seller.settings().dailySummary();
    Optional<LocalTime> time = ButtonActions.dailySummaryTime(data);
    DailySummarySettings changed;
    if (time.isPresent()) {
      changed = current.at(time.get());
    } else if (ButtonActions.DAILY_SUMMARY_TOGGLE.equals(data)) {
      changed = current.toggled();
    } else if (ButtonActions.DAILY_SUMMARY.equals(data)) {
      chat.answerButton(press.callbackId(), "");
      chat.edit(press.chatId(), press.messageId(), replies.dailySummarySettings(seller.settings()));
      return true;
    } else {
      return false;
    }
    NotificationSettings settings = seller.settings().withDailySummary(changed);
    sellers.save(seller.withSettings(settings));
    chat.answerButton(
        press.callbackId(),
        changed.on() ? "Итоги дня: " + HH_MM.format(changed.at()) + " МСК" : "Итоги дня: выкл");
    chat.edit(press.chatId(), press.messageId(), replies.dailySummarySettings(settings));
    return true;
  }
}
