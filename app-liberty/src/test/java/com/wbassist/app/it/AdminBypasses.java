package com.wbassist.app.it;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.function.Executable;

/**
 * Every way around an admin guard that has been tried (issue 10): matrix parameters, encoded and
 * doubled slashes, case variants, HEAD and OPTIONS — sent raw over a socket so no client library
 * tidies the path first. None may answer 2xx or any admin data without credentials.
 */
final class AdminBypasses {
  private AdminBypasses() {}

  static final List<String> PATHS =
      List.of(
          "/api/admin/cabinets",
          "/api;x=1/admin/cabinets",
          "/api/admin;x=1/cabinets",
          "/api/admin/cabinets;x=1",
          "/api;/admin/cabinets",
          "/api%2Fadmin/cabinets",
          "/api/%61dmin/cabinets",
          "/api//admin/cabinets",
          "//api/admin/cabinets",
          "/api/./admin/cabinets",
          "/api/x/../admin/cabinets",
          "/API/admin/cabinets",
          "/api/Admin/cabinets",
          "/api/admin/cabinets/{sid}",
          "/api;x=1/admin/cabinets/{sid}/notifications",
          "/api/admin;x=1/cabinets/{sid}/notifications");

  static final List<String> METHODS = List.of("GET", "HEAD", "OPTIONS", "POST");

  /** Sends every bypass for the cabinet {@code sid} and checks none gets through. */
  static void noneGetsThrough(int port, String sid) {
    List<Executable> checks = new ArrayList<>();
    for (String template : PATHS) {
      String path = template.replace("{sid}", sid);
      for (String method : METHODS) {
        String target = method.equals("POST") ? path.replace("/notifications", "") + "/sync" : path;
        checks.add(
            () -> {
              String answer = raw(port, method, target);
              String status = answer.isEmpty() ? "" : answer.substring(9, 12);
              assertFalse(
                  status.startsWith("2") || status.startsWith("3"),
                  method + " " + target + " answered " + firstLine(answer));
              assertFalse(
                  answer.contains(sid) && answer.contains("telegramId"),
                  method + " " + target + " leaked a cabinet: " + firstLine(answer));
              assertTrue(
                  status.equals("401")
                      || status.equals("403")
                      || status.equals("404")
                      || status.equals("400")
                      || status.equals("405"),
                  method + " " + target + " answered " + firstLine(answer));
            });
      }
    }
    assertAll(checks);
  }

  private static String firstLine(String answer) {
    int end = answer.indexOf('\r');
    return end < 0 ? answer : answer.substring(0, end);
  }

  /** One HTTP/1.1 request exactly as written; answers the whole response text. */
  static String raw(int port, String method, String target) throws IOException {
    try (Socket socket = new Socket("localhost", port)) {
      socket.setSoTimeout(30_000);
      String request =
          method
              + " "
              + target
              + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\nContent-Length: 0\r\n\r\n";
      socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
      socket.getOutputStream().flush();
      return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
