package com.wbassist.app.extension;

import com.wbassist.application.port.in.ChatUpdate;

/**
 * Told once the bot has finished handling a chat update (whether it succeeded or not). Every CDI
 * bean of this type is told; production has none.
 */
public interface ChatUpdateListener {
  void handled(ChatUpdate update);
}
