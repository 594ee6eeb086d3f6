package com.wbassist.application.port.in;

/** The bot's side of the conversation: onboarding, menus, settings. */
public interface HandleChatUpdate {
  void handle(ChatUpdate update);
}
