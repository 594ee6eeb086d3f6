package com.wbassist.domain.onboarding;

import java.util.OptionalLong;

/**
 * The callback data of the team's buttons. A button names at most the member it is about, never a
 * cabinet: it acts within the presser's own cabinet and rights, checked again when it is pressed,
 * so an old button of a former member or of someone who is not the owner does nothing.
 */
public final class TeamActions {
  public static final String TEAM = "team";
  public static final String INVITE = "team:inv";
  public static final String LEAVE = "team:lv";
  public static final String LEAVE_CONFIRMED = "team:lv!";
  private static final String REMOVE = "team:rm:";
  private static final String REMOVE_CONFIRMED = "team:rm!:";

  private TeamActions() {}

  public static boolean isTeam(String data) {
    return data != null && (data.equals(TEAM) || data.startsWith(TEAM + ":"));
  }

  /** Asks the owner to confirm removing the member. */
  public static String remove(long telegramId) {
    return REMOVE + telegramId;
  }

  /** Removes the member, confirmed. */
  public static String removeConfirmed(long telegramId) {
    return REMOVE_CONFIRMED + telegramId;
  }

  public static OptionalLong removed(String data) {
    return idAfter(data, REMOVE);
  }

  public static OptionalLong removedConfirmed(String data) {
    return idAfter(data, REMOVE_CONFIRMED);
  }

  private static OptionalLong idAfter(String data, String prefix) {
    if (data == null || !data.startsWith(prefix)) {
      return OptionalLong.empty();
    }
    try {
      return OptionalLong.of(Long.parseLong(data.substring(prefix.length())));
    } catch (NumberFormatException notAnId) {
      return OptionalLong.empty();
    }
  }
}
