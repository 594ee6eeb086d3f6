package com.wbassist.domain.notification;

import com.wbassist.domain.event.EventType;
import com.wbassist.domain.summary.DailySummarySettings;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * One seller's switches: a global one and one per event type, all on by default; the quiet
 * products, whose running-out stock this seller is not told of (docs/decisions/0623); and the daily
 * summary (on, at 09:00 Moscow time, by default; docs/decisions/0624). Immutable: a toggle returns
 * new settings.
 *
 * @param quietProducts the {@code nmId}s whose {@code CRITICAL_STOCK} this seller silenced
 * @param dailySummary whether and when the seller gets the summary of the day before
 */
public record NotificationSettings(
    boolean enabled,
    Set<EventType> mutedTypes,
    Set<Long> quietProducts,
    DailySummarySettings dailySummary) {

  public NotificationSettings {
    mutedTypes = mutedTypes.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(mutedTypes));
    quietProducts = quietProducts == null ? Set.of() : Set.copyOf(new TreeSet<>(quietProducts));
    dailySummary = dailySummary == null ? DailySummarySettings.DEFAULT : dailySummary;
  }

  /** The switches with no quiet product and the daily summary as it is by default. */
  public NotificationSettings(boolean enabled, Set<EventType> mutedTypes) {
    this(enabled, mutedTypes, Set.of(), DailySummarySettings.DEFAULT);
  }

  /** The switches and quiet products, with the daily summary as it is by default. */
  public NotificationSettings(boolean enabled, Set<EventType> mutedTypes, Set<Long> quietProducts) {
    this(enabled, mutedTypes, quietProducts, DailySummarySettings.DEFAULT);
  }

  /** The switches and the daily summary, with no quiet product. */
  public NotificationSettings(
      boolean enabled, Set<EventType> mutedTypes, DailySummarySettings dailySummary) {
    this(enabled, mutedTypes, Set.of(), dailySummary);
  }

  public static NotificationSettings allOn() {
    return new NotificationSettings(true, Set.of());
  }

  /** Whether the seller wants the daily summary: it is on, and so are notifications. */
  public boolean wantsDailySummary() {
    return enabled && dailySummary.on();
  }

  public NotificationSettings withDailySummary(DailySummarySettings summary) {
    return new NotificationSettings(enabled, mutedTypes, quietProducts, summary);
  }

  public boolean wants(EventType type) {
    return enabled && !mutedTypes.contains(type);
  }

  public boolean isOn(EventType type) {
    return !mutedTypes.contains(type);
  }

  public NotificationSettings toggleAll() {
    return new NotificationSettings(!enabled, mutedTypes, quietProducts, dailySummary);
  }

  public NotificationSettings toggle(EventType type) {
    return with(type, !isOn(type));
  }

  public NotificationSettings withAll(boolean on) {
    return new NotificationSettings(on, mutedTypes, quietProducts, dailySummary);
  }

  public NotificationSettings with(EventType type, boolean on) {
    EnumSet<EventType> muted =
        mutedTypes.isEmpty() ? EnumSet.noneOf(EventType.class) : EnumSet.copyOf(mutedTypes);
    if (on) {
      muted.remove(type);
    } else {
      muted.add(type);
    }
    return new NotificationSettings(enabled, muted, quietProducts, dailySummary);
  }

  /** Whether this seller silenced the running-out stock of this product. */
  public boolean isQuiet(long nmId) {
    return quietProducts.contains(nmId);
  }

  /** The product's running-out stock is no longer told to this seller. */
  public NotificationSettings quiet(long nmId) {
    Set<Long> quiet = new TreeSet<>(quietProducts);
    quiet.add(nmId);
    return new NotificationSettings(enabled, mutedTypes, quiet, dailySummary);
  }

  /** The product's running-out stock is told again. */
  public NotificationSettings loud(long nmId) {
    Set<Long> quiet = new TreeSet<>(quietProducts);
    quiet.remove(nmId);
    return new NotificationSettings(enabled, mutedTypes, quiet, dailySummary);
  }

  /** The quiet products in a stable order, for the settings list. */
  public List<Long> quietProductsInOrder() {
    return List.copyOf(new TreeSet<>(quietProducts));
  }
}
