package com.wbassist.domain.notification;

import com.wbassist.domain.event.EventType;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * One seller's switches: a global one and one per event type, all on by default; and the quiet
 * products, whose running-out stock this seller is not told of (docs/decisions/0623). Immutable: a
 * toggle returns new settings.
 *
 * @param quietProducts the {@code nmId}s whose {@code CRITICAL_STOCK} this seller silenced
 */
public record NotificationSettings(
    boolean enabled, Set<EventType> mutedTypes, Set<Long> quietProducts) {

  public NotificationSettings {
    mutedTypes = mutedTypes.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(mutedTypes));
    quietProducts = quietProducts == null ? Set.of() : Set.copyOf(new TreeSet<>(quietProducts));
  }

  public NotificationSettings(boolean enabled, Set<EventType> mutedTypes) {
    this(enabled, mutedTypes, Set.of());
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
    return new NotificationSettings(!enabled, mutedTypes, quietProducts);
  }

  public NotificationSettings toggle(EventType type) {
    return with(type, !isOn(type));
  }

  public NotificationSettings withAll(boolean on) {
    return new NotificationSettings(on, mutedTypes, quietProducts);
  }

  public NotificationSettings with(EventType type, boolean on) {
    EnumSet<EventType> muted =
        mutedTypes.isEmpty() ? EnumSet.noneOf(EventType.class) : EnumSet.copyOf(mutedTypes);
    if (on) {
      muted.remove(type);
    } else {
      muted.add(type);
    }
    return new NotificationSettings(enabled, muted, quietProducts);
  }

  /** Whether this seller silenced the running-out stock of this product. */
  public boolean isQuiet(long nmId) {
    return quietProducts.contains(nmId);
  }

  /** The product's running-out stock is no longer told to this seller. */
  public NotificationSettings quiet(long nmId) {
    Set<Long> quiet = new TreeSet<>(quietProducts);
    quiet.add(nmId);
    return new NotificationSettings(enabled, mutedTypes, quiet);
  }

  /** The product's running-out stock is told again. */
  public NotificationSettings loud(long nmId) {
    Set<Long> quiet = new TreeSet<>(quietProducts);
    quiet.remove(nmId);
    return new NotificationSettings(enabled, mutedTypes, quiet);
  }

  /** The quiet products in a stable order, for the settings list. */
  public List<Long> quietProductsInOrder() {
    return List.copyOf(new TreeSet<>(quietProducts));
  }
}
