package com.wbassist.domain.notification;

import com.wbassist.domain.event.EventType;
import java.util.EnumSet;
import java.util.Set;

/**
 * One seller's switches: a global one and one per event type, all on by default. Immutable: a
 * toggle returns new settings.
 */
public record NotificationSettings(boolean enabled, Set<EventType> mutedTypes) {

  public NotificationSettings {
    mutedTypes = mutedTypes.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(mutedTypes));
  }

  public static NotificationSettings allOn() {
    return new NotificationSettings(true, Set.of());
  }

  public boolean wants(EventType type) {
    return enabled && !mutedTypes.contains(type);
  }

  public boolean isOn(EventType type) {
    return !mutedTypes.contains(type);
  }

  public NotificationSettings toggleAll() {
    return new NotificationSettings(!enabled, mutedTypes);
  }

  public NotificationSettings toggle(EventType type) {
    return with(type, !isOn(type));
  }

  public NotificationSettings withAll(boolean on) {
    return new NotificationSettings(on, mutedTypes);
  }

  public NotificationSettings with(EventType type, boolean on) {
    EnumSet<EventType> muted =
        mutedTypes.isEmpty() ? EnumSet.noneOf(EventType.class) : EnumSet.copyOf(mutedTypes);
    if (on) {
      muted.remove(type);
    } else {
      muted.add(type);
    }
    return new NotificationSettings(enabled, muted);
  }
}
