package com.wbassist.app.wiring;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.UUID;

/**
 * This server's name among the holders of the cluster's shared turns: the host and process, for an
 * operator reading the table, and a random part, so a server restarted in the same process id is a
 * new holder and never mistaken for the one that died.
 */
public final class ThisServer {
  public static final String NAME = host() + "/" + ProcessHandle.current().pid() + "/" + suffix();

  private ThisServer() {}

  private static String host() {
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException unnamed) {
      return "unnamed-host";
    }
  }

  private static String suffix() {
    return UUID.randomUUID().toString().substring(0, 8);
  }
}
