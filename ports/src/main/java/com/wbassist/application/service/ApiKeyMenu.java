package com.wbassist.application.service;

import com.wbassist.application.port.in.ButtonPressed;
import com.wbassist.application.port.in.ManageApiKeys;
import com.wbassist.application.port.out.SellerChat;
import com.wbassist.domain.chat.ChatMessage;
import com.wbassist.domain.onboarding.BotReplies;
import com.wbassist.domain.onboarding.ButtonActions;
import com.wbassist.domain.seller.Seller;
import java.util.Optional;

/**
 * The «🔑 API-ключи» menu of a ready seller: the owner sees the keys, makes one (shown once, in a
 * message of its own, so the menu can be edited without it) and revokes one; anyone else is told
 * that only the owner may.
 */
final class ApiKeyMenu {
  static final String COMMAND = "/api";

  private final ManageApiKeys keys;
  private final SellerChat chat;
  private final BotReplies replies;

  ApiKeyMenu(ManageApiKeys keys, SellerChat chat, BotReplies replies) {
    this.keys = keys;
    this.chat = chat;
    this.replies = replies;
  }

  /** Whether a button's data belongs to this menu. */
  static boolean handles(String data) {
    return data != null && data.startsWith("apikey:");
  }

  void press(Seller seller, ButtonPressed press) {
    String data = press.data();
    if (ButtonActions.NEW_API_KEY.equals(data)) {
      Optional<ManageApiKeys.IssuedKey> issued = keys.create(seller);
      chat.answerButton(press.callbackId(), issued.isPresent() ? "Ключ создан" : "Ключ не создан");
      issued.ifPresent(key -> chat.send(press.chatId(), replies.apiKeyCreated(key.text())));
      chat.edit(press.chatId(), press.messageId(), screen(seller));
      return;
    }
    Optional<String> revoked = ButtonActions.revokedApiKey(data);
    if (revoked.isPresent()) {
      boolean done = keys.revoke(seller, revoked.get());
      chat.answerButton(press.callbackId(), done ? "Ключ отозван" : "Этот ключ уже не работает");
      chat.edit(press.chatId(), press.messageId(), screen(seller));
      return;
    }
    chat.answerButton(press.callbackId(), "");
    chat.edit(press.chatId(), press.messageId(), screen(seller));
  }

  /** The menu itself: the answer to {@code /api} and to its button. */
  ChatMessage screen(Seller seller) {
    return keys.manages(seller)
        ? replies.apiKeys(keys.keys(seller), ManageApiKeys.MOST_KEYS)
        : replies.apiKeysOwnerOnly();
  }
}
