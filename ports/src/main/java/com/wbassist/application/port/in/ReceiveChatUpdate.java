package com.wbassist.application.port.in;

/**
 * Where the chat adapter brings what a person did: the update is stored before the chat platform is
 * told it arrived, then handled. If the server dies before handling it, {@link HandleStoredUpdates}
 * handles it later, on any server.
 */
public interface ReceiveChatUpdate {
  /**
   * Stores the update where every server sees it.
   *
   * @return false when it was stored before (the platform sent it again): acknowledge it and do not
   *     handle it
   * @throws RuntimeException when it could not be stored: do not acknowledge it, so it is sent
   *     again
   */
  boolean store(ChatUpdate update);

  /**
   * Handles an update this server stored, then erases it. A failure is logged, never thrown: the
   * update stays stored and is tried again later.
   */
  void handleStored(ChatUpdate update);
}
