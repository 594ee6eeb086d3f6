package com.wbassist.app.launcher;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

/** A database the user configured: it must answer before Liberty is started against it. */
final class ConfiguredDatabase {
  private static final int LOGIN_TIMEOUT_SECONDS = 5;

  private ConfiguredDatabase() {}

  static void requireReachable(String url, String user, String password) {
    String shown = LaunchSettings.DB_URL + "=" + LaunchSettings.printable(url);
    if (!url.startsWith("jdbc:postgresql:")) {
      throw new LaunchRefused(
          shown + " is not a PostgreSQL JDBC URL (jdbc:postgresql://host:port/database)");
    }
    Properties login = new Properties();
    login.setProperty("user", user);
    login.setProperty("password", password);
    login.setProperty("loginTimeout", Integer.toString(LOGIN_TIMEOUT_SECONDS));
    login.setProperty("connectTimeout", Integer.toString(LOGIN_TIMEOUT_SECONDS));
    try (Connection connection = DriverManager.getConnection(url, login)) {
      connection.isValid(LOGIN_TIMEOUT_SECONDS);
    } catch (SQLException e) {
      throw new LaunchRefused(
          "cannot connect to " + shown + " as " + user + ": " + firstLine(e.getMessage()));
    }
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "no reason given";
    }
    int end = message.indexOf('\n');
    return end < 0 ? message : message.substring(0, end);
  }
}
