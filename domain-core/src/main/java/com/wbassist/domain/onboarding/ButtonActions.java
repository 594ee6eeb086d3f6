package com.wbassist.domain.onboarding;

import com.wbassist.domain.event.EventType;
import com.wbassist.domain.notification.QuietProductButton;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The callback data of the bot's buttons. Short, so they fit Telegram's 64 bytes, and free of any
 * seller id: a button acts on the settings of whoever presses it, so it cannot change another
 * seller's settings.
 */
public final class ButtonActions {
  public static final String MENU = "menu";
  public static final String SETTINGS = "settings";
  public static final String STATUS = "status";
  public static final String NEW_TOKEN = "token";
  public static final String HELP = "help";
  public static final String TOGGLE_ALL = "set:ALL";
  private static final String TOGGLE_PREFIX = "set:";

  /** The settings' list of quiet products (docs/decisions/0623). */
  public static final String QUIET_LIST = "quiet";

  private static final String LOUD_PREFIX = "loud:";

  /** The daily summary's own settings: on/off and the time (Moscow). */
  public static final String DAILY_SUMMARY = "sum";

  public static final String DAILY_SUMMARY_TOGGLE = "sum:onoff";
  private static final String DAILY_SUMMARY_AT = "sum:at:";

  /** The owner's API keys menu. */
  public static final String API_KEYS = "apikey:list";

  public static final String NEW_API_KEY = "apikey:new";
  private static final String REVOKE_API_KEY_PREFIX = "apikey:del:";

  private ButtonActions() {}

  public static String toggle(EventType type) {
    return TOGGLE_PREFIX + type.name();
  }

  /** The button that sends the daily summary at {@code time} (Moscow) from now on. */
  public static String dailySummaryAt(LocalTime time) {
    return DAILY_SUMMARY_AT + time.format(DateTimeFormatter.ofPattern("HH:mm"));
  }

  /** The time a daily-summary time button chooses, if the data is such a button's. */
  public static Optional<LocalTime> dailySummaryTime(String data) {
    if (data == null || !data.startsWith(DAILY_SUMMARY_AT)) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalTime.parse(data.substring(DAILY_SUMMARY_AT.length())));
    } catch (DateTimeParseException unknown) {
      return Optional.empty();
    }
  }

  /** Revokes one API key of the presser's own cabinet (the id is public; the secret never here). */
  public static String revokeApiKey(String keyId) {
    return REVOKE_API_KEY_PREFIX + keyId;
  }

  /** The key a revoke button names, if the data is such a button's. */
  public static Optional<String> revokedApiKey(String data) {
    return data != null && data.startsWith(REVOKE_API_KEY_PREFIX)
        ? Optional.of(data.substring(REVOKE_API_KEY_PREFIX.length()))
        : Optional.empty();
  }

  /** The event type a toggle button switches, if the data is such a button's. */
  public static Optional<EventType> toggledType(String data) {
    if (data == null || !data.startsWith(TOGGLE_PREFIX) || TOGGLE_ALL.equals(data)) {
      return Optional.empty();
    }
    try {
      return Optional.of(EventType.valueOf(data.substring(TOGGLE_PREFIX.length())));
    } catch (IllegalArgumentException unknown) {
      return Optional.empty();
    }
  }

  /**
   * Under a running-out notification: silence this product's stock alerts for the presser (the
   * notification's keyboard is built by {@link QuietProductButton}).
   */
  public static String quiet(long nmId) {
    return QuietProductButton.data(nmId);
  }

  /** In the quiet products' list: tell the presser of this product's stock again. */
  public static String loud(long nmId) {
    return LOUD_PREFIX + nmId;
  }

  /** The product a «silence» button names, if the data is such a button's. */
  public static OptionalLong quietedProduct(String data) {
    return productAfter(QuietProductButton.PREFIX, data);
  }

  /** The product a «bring back» button names, if the data is such a button's. */
  public static OptionalLong loudProduct(String data) {
    return productAfter(LOUD_PREFIX, data);
  }

  private static OptionalLong productAfter(String prefix, String data) {
    if (data == null || !data.startsWith(prefix)) {
      return OptionalLong.empty();
    }
    try {
      long nmId = Long.parseLong(data.substring(prefix.length()));
      return nmId > 0 ? OptionalLong.of(nmId) : OptionalLong.empty();
    } catch (NumberFormatException notANumber) {
      return OptionalLong.empty();
    }
  }
}
