package com.wbassist.domain.onboarding;

import com.wbassist.domain.event.EventType;
import java.util.Optional;

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

  /** The owner's API keys menu. */
  public static final String API_KEYS = "apikey:list";

  public static final String NEW_API_KEY = "apikey:new";
  private static final String REVOKE_API_KEY_PREFIX = "apikey:del:";

  private ButtonActions() {}

  public static String toggle(EventType type) {
    return TOGGLE_PREFIX + type.name();
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
}
