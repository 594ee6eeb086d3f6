package com.wbassist.app.launcher;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/** Refuses to start on a port something else already listens on, before anything is started. */
final class PortCheck {
  private PortCheck() {}

  static void requireFree(int port, String what, String setting) {
    try (ServerSocket socket = new ServerSocket()) {
      socket.bind(new InetSocketAddress(port));
    } catch (IOException e) {
      throw new LaunchRefused(
          what
              + " "
              + port
              + " is already in use (stop what listens there, or set "
              + setting
              + ")");
    }
  }
}
