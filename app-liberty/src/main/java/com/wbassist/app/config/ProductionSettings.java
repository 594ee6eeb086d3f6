package com.wbassist.app.config;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The settings a production server cannot run without, each refused in one line that names the
 * setting and never repeats its value. Used twice: by the run command before Liberty starts, and by
 * the application while it starts on any Liberty (docs/decisions/0601-production-by-default.md).
 */
public final class ProductionSettings {
  public static final String BOT_TOKEN = "TELEGRAM_BOT_TOKEN";
  public static final String WEBHOOK_SECRET = "TELEGRAM_WEBHOOK_SECRET";
  public static final String TOKEN_KEY = "WB_ASSIST_TOKEN_KEY";
  public static final String DB_URL = "WB_ASSIST_DB_URL";
  public static final int WEBHOOK_SECRET_MIN_LENGTH = 16;

  /** BotFather's shape, as the Telegram adapter checks it: the bot's id, a colon, the secret. */
  private static final Pattern BOT_TOKEN_SHAPE = Pattern.compile("[0-9]+:[A-Za-z0-9_-]+");

  /** What Telegram accepts as {@code secret_token}: 1–256 of these characters. */
  private static final Pattern SECRET_SHAPE = Pattern.compile("[A-Za-z0-9_-]{1,256}");

  private ProductionSettings() {}

  /**
   * Every refusal for the given settings; empty when production can start. {@code setting} answers
   * a setting's value by its README name, empty when it is not set.
   */
  public static List<String> refusals(Function<String, Optional<String>> setting) {
    List<String> refusals = new ArrayList<>();
    Optional<String> botToken = given(setting, BOT_TOKEN);
    if (botToken.isEmpty()) {
      refusals.add(BOT_TOKEN + " is not set: give the bot's token from BotFather");
    } else if (!BOT_TOKEN_SHAPE.matcher(botToken.get()).matches()) {
      refusals.add(BOT_TOKEN + " is not shaped like a BotFather token (<bot id>:<secret>)");
    }
    Optional<String> secret = given(setting, WEBHOOK_SECRET);
    if (secret.isEmpty()) {
      refusals.add(WEBHOOK_SECRET + " is not set: give 16 to 256 characters of A-Z a-z 0-9 _ -");
    } else if (secret.get().length() < WEBHOOK_SECRET_MIN_LENGTH) {
      refusals.add(
          WEBHOOK_SECRET
              + " is shorter than "
              + WEBHOOK_SECRET_MIN_LENGTH
              + " characters: anyone could guess it");
    } else if (!SECRET_SHAPE.matcher(secret.get()).matches()) {
      refusals.add(
          WEBHOOK_SECRET
              + " may hold only A-Z a-z 0-9 _ - and at most 256 characters (Telegram's rule)");
    }
    Optional<String> key = given(setting, TOKEN_KEY);
    if (key.isEmpty()) {
      refusals.add(
          TOKEN_KEY + " is not set: give 32 random bytes in base64 (openssl rand -base64 32)");
    } else if (!isAes256Key(key.get())) {
      refusals.add(TOKEN_KEY + " is not 32 bytes in base64 (openssl rand -base64 32)");
    }
    if (given(setting, DB_URL).isEmpty()) {
      refusals.add(
          DB_URL + " is not set: give the PostgreSQL JDBC URL (jdbc:postgresql://host/db)");
    }
    return List.copyOf(refusals);
  }

  /**
   * A value counts as given when it is not blank and is not an unresolved server.xml variable
   * (Liberty leaves {@code ${NAME}} as it is when nothing sets NAME).
   */
  static Optional<String> given(Function<String, Optional<String>> setting, String name) {
    return setting.apply(name).map(String::strip).filter(v -> !v.isEmpty() && !v.contains("${"));
  }

  private static boolean isAes256Key(String base64) {
    try {
      return Base64.getDecoder().decode(base64).length == 32;
    } catch (IllegalArgumentException notBase64) {
      return false;
    }
  }
}
