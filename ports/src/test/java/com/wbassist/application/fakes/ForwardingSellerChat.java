package com.wbassist.application.fakes;

import com.wbassist.application.port.out.SellerChat;
import com.wbassist.domain.chat.ChatMessage;
import com.wbassist.domain.notification.Notification;

/**
 * A chat that passes everything on to another: a test overrides what it wants to watch or delay
 * (usually {@link #sendNotification}) and the rest reaches the chat behind it.
 */
public class ForwardingSellerChat implements SellerChat {
  private final SellerChat chat;

  public ForwardingSellerChat(SellerChat chat) {
    this.chat = chat;
  }

  @Override
  public long sendNotification(long chatId, Notification notification) {
    return chat.sendNotification(chatId, notification);
  }

  @Override
  public long send(long chatId, ChatMessage message) {
    return chat.send(chatId, message);
  }

  @Override
  public void edit(long chatId, long messageId, ChatMessage message) {
    chat.edit(chatId, messageId, message);
  }

  @Override
  public void answerButton(String callbackId, String text) {
    chat.answerButton(callbackId, text);
  }

  @Override
  public void delete(long chatId, long messageId) {
    chat.delete(chatId, messageId);
  }

  @Override
  public void pin(long chatId, long messageId) {
    chat.pin(chatId, messageId);
  }

  @Override
  public void unpin(long chatId, long messageId) {
    chat.unpin(chatId, messageId);
  }

  @Override
  public long sendDocument(long chatId, com.wbassist.application.port.out.ChatDocument document) {
    return chat.sendDocument(chatId, document);
  }
}
