package com.wbassist.adapter.persistence;

import com.wbassist.domain.cabinet.CabinetId;
import com.wbassist.domain.event.EventType;
import com.wbassist.domain.notification.NotificationSettings;
import com.wbassist.domain.seller.Seller;
import com.wbassist.domain.summary.DailySummarySettings;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** Between the domain's seller and its row. */
final class SellerMapper {
  private SellerMapper() {}

  static Seller toDomain(SellerEntity row) {
    return new Seller(
        row.telegramId,
        row.chatId,
        row.name,
        row.state,
        row.cabinetSid == null ? null : new CabinetId(row.cabinetSid),
        row.joinedAt,
        new NotificationSettings(
            row.notificationsOn,
            muted(row.mutedTypes),
            quiet(row.quietProducts),
            new DailySummarySettings(row.dailySummaryOn, row.dailySummaryAt)),
        row.active,
        row.progressMessageId);
  }

  static void copy(Seller seller, SellerEntity row) {
    row.chatId = seller.chatId();
    row.name = seller.name();
    row.state = seller.state();
    row.cabinetSid = seller.cabinet() == null ? null : seller.cabinet().sid();
    row.joinedAt = seller.joinedAt();
    row.notificationsOn = seller.settings().enabled();
    row.mutedTypes =
        seller.settings().mutedTypes().stream()
            .map(Enum::name)
            .sorted()
            .collect(Collectors.joining(","));
    row.dailySummaryOn = seller.settings().dailySummary().on();
    row.dailySummaryAt = seller.settings().dailySummary().at();
    row.active = seller.active();
    row.quietProducts =
        seller.settings().quietProductsInOrder().stream()
            .map(String::valueOf)
            .collect(Collectors.joining(","));
    row.progressMessageId = seller.progressMessageId();
  }

  private static Set<EventType> muted(String names) {
    if (names == null || names.isBlank()) {
      return Set.of();
    }
    EnumSet<EventType> types = EnumSet.noneOf(EventType.class);
    // A type a newer version wrote and this one does not know stays muted in the row but is not
    // shown here.
    Arrays.stream(names.split(","))
        .map(String::strip)
        .filter(SellerMapper::known)
        .map(EventType::valueOf)
        .forEach(types::add);
    return types;
  }

  private static Set<Long> quiet(String nmIds) {
    if (nmIds == null || nmIds.isBlank()) {
      return Set.of();
    }
    Set<Long> quiet = new java.util.TreeSet<>();
    for (String nmId : nmIds.split(",")) {
      try {
        quiet.add(Long.parseLong(nmId.strip()));
      } catch (NumberFormatException notAnNmId) {
        // Nothing writes one; a hand-edited row loses the bad entry, not the seller.
      }
    }
    return quiet;
  }

  private static boolean known(String name) {
    return Arrays.stream(EventType.values()).anyMatch(t -> t.name().equals(name));
  }
}
