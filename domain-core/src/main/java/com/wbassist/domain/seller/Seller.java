package com.wbassist.domain.seller;

import com.wbassist.domain.cabinet.CabinetId;
import com.wbassist.domain.notification.NotificationSettings;
import java.time.Instant;
import java.util.Objects;

/**
 * A person talking to the bot, identified by their Telegram id. Aggregate root of the conversation
 * side: where they are in onboarding, which cabinet they watch, what they want to hear about, and
 * whether Telegram still lets the bot reach them.
 *
 * @param telegramId Telegram user id (may exceed 32 bits)
 * @param chatId the private chat the bot writes to
 * @param name how Telegram names them, for the admin's eyes only
 * @param state onboarding state
 * @param cabinet the cabinet they are linked to, {@code null} until a token is accepted
 * @param joinedAt when they were linked to that cabinet: they hear only of events detected from
 *     then on
 * @param settings their notification switches
 * @param active false once Telegram said they blocked the bot, until they write again
 * @param progressMessageId the bot message that shows primary-sync progress, {@code null} when
 *     there is none
 */
public record Seller(
    long telegramId,
    long chatId,
    String name,
    OnboardingState state,
    CabinetId cabinet,
    Instant joinedAt,
    NotificationSettings settings,
    boolean active,
    Long progressMessageId) {

  public Seller {
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(settings, "settings");
    name = name == null ? "" : name;
    if ((state == OnboardingState.SYNCING || state == OnboardingState.READY) && cabinet == null) {
      throw new IllegalArgumentException(
          "a seller in state " + state + " must be linked to a cabinet");
    }
  }

  public static Seller newcomer(long telegramId, long chatId, String name) {
    return new Seller(
        telegramId,
        chatId,
        name,
        OnboardingState.NEW,
        null,
        null,
        NotificationSettings.allOn(),
        true,
        null);
  }

  public boolean isReady() {
    return state == OnboardingState.READY;
  }

  public Seller awaitingToken() {
    return new Seller(
        telegramId,
        chatId,
        name,
        OnboardingState.AWAITING_TOKEN,
        cabinet,
        joinedAt,
        settings,
        active,
        progressMessageId);
  }

  /**
   * Linked to a cabinet: ready at once if its baseline is loaded, else waiting for its primary
   * sync.
   */
  public Seller linkedTo(CabinetId newCabinet, boolean cabinetReady, Instant now) {
    boolean sameCabinet = newCabinet.equals(cabinet) && joinedAt != null;
    return new Seller(
        telegramId,
        chatId,
        name,
        cabinetReady ? OnboardingState.READY : OnboardingState.SYNCING,
        newCabinet,
        sameCabinet ? joinedAt : now,
        settings,
        active,
        null);
  }

  /**
   * Out of their cabinet's team (they left, or its owner removed them): back to waiting for a
   * token, their settings kept for the next cabinet.
   */
  public Seller leftCabinet() {
    return new Seller(
        telegramId,
        chatId,
        name,
        OnboardingState.AWAITING_TOKEN,
        null,
        null,
        settings,
        active,
        null);
  }

  public Seller ready() {
    return new Seller(
        telegramId,
        chatId,
        name,
        OnboardingState.READY,
        cabinet,
        joinedAt,
        settings,
        active,
        progressMessageId);
  }

  public Seller withSettings(NotificationSettings newSettings) {
    return new Seller(
        telegramId, chatId, name, state, cabinet, joinedAt, newSettings, active, progressMessageId);
  }

  public Seller withProgressMessage(Long messageId) {
    return new Seller(
        telegramId, chatId, name, state, cabinet, joinedAt, settings, active, messageId);
  }

  /** Telegram said the bot may not write to them (blocked, deactivated, chat gone). */
  public Seller unreachable() {
    return new Seller(
        telegramId, chatId, name, state, cabinet, joinedAt, settings, false, progressMessageId);
  }

  /** They wrote to the bot: it may write to them again. */
  public Seller reachable(long currentChatId, String currentName) {
    String newName = currentName == null || currentName.isBlank() ? name : currentName;
    return new Seller(
        telegramId,
        currentChatId,
        newName,
        state,
        cabinet,
        joinedAt,
        settings,
        true,
        progressMessageId);
  }
}
