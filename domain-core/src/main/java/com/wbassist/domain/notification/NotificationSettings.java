package com.wbassist.domain.notification;

import com.wbassist.domain.event.EventType;
import com.wbassist.domain.summary.DailySummarySettings;
import java.util.EnumSet;
import java.util.Set;

/**
 * One seller's switches: a global one and one per event type, all on by default, and the daily
 * summary (on, at 09:00 Moscow time, by default). Immutable: a toggle returns new settings.
 */
public record NotificationSettings(
    boolean enabled, Set<EventType> mutedTypes, DailySummarySettings dailySummary) {

  public NotificationSettings {
    mutedTypes = mutedTypes.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(mutedTypes));
    dailySummary = dailySummary == null ? DailySummarySettings.DEFAULT : dailySummary;
  }

  /** The switches with the daily summary as it is by default. */
  public NotificationSettings(boolean enabled, Set<EventType> mutedTypes) {
    this(enabled, mutedTypes, DailySummarySettings.DEFAULT);
  }

  public static NotificationSettings allOn() {
    return new NotificationSettings(true, Set.of());
  }

  /** Whether the daily summary is sent: the global switch silences it too. */
  public boolean wantsDailySummary() {
    return enabled && dailySummary.on();
  }

  public NotificationSettings withDailySummary(DailySummarySettings summary) {
    return new NotificationSettings(enabled, mutedTypes, summary);
  }

  public boolean wants(EventType type) {
    return enabled && !mutedTypes.contains(type);
  }

  public boolean isOn(EventType type) {
    return !mutedTypes.contains(type);
  }

  public NotificationSettings toggleAll() {
    return new NotificationSettings(!enabled, mutedTypes, dailySummary);
  }

  public NotificationSettings toggle(EventType type) {
    return with(type, !isOn(type));
  }

  public NotificationSettings withAll(boolean on) {
    return new NotificationSettings(on, mutedTypes, dailySummary);
  }

  public NotificationSettings with(EventType type, boolean on) {
    EnumSet<EventType> muted =
        mutedTypes.isEmpty() ? EnumSet.noneOf(EventType.class) : EnumSet.copyOf(mutedTypes);
    if (on) {
      muted.remove(type);
    } else {
      muted.add(type);
    }
    return new NotificationSettings(enabled, muted, dailySummary);
  }
}
