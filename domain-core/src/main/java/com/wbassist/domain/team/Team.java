package com.wbassist.domain.team;

import com.wbassist.domain.cabinet.CabinetId;
import com.wbassist.domain.seller.OnboardingState;
import com.wbassist.domain.seller.Seller;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The people of one cabinet: every seller linked to it who is syncing or ready, oldest member
 * first. Who owns it is stored beside it ({@code TeamOwners}); who would own it next is decided
 * here.
 */
public final class Team {
  /** Oldest member first; two who joined at the same instant by Telegram id. */
  public static final Comparator<Seller> BY_SENIORITY =
      Comparator.comparing(
              Seller::joinedAt, Comparator.nullsFirst(Comparator.<Instant>naturalOrder()))
          .thenComparingLong(Seller::telegramId);

  private Team() {}

  public static boolean isInAnyTeam(Seller seller) {
    return seller.cabinet() != null
        && (seller.state() == OnboardingState.SYNCING || seller.state() == OnboardingState.READY);
  }

  public static boolean isMember(Seller seller, CabinetId cabinet) {
    return isInAnyTeam(seller) && cabinet.equals(seller.cabinet());
  }

  /** The members among the sellers linked to a cabinet, oldest first. */
  public static List<Seller> members(CabinetId cabinet, List<Seller> linked) {
    return linked.stream().filter(s -> isMember(s, cabinet)).sorted(BY_SENIORITY).toList();
  }

  /**
   * Who owns the cabinet when {@code leaving} stops owning it (left, was moved, blocked the bot):
   * the earliest remaining member who still hears the bot; nobody when there is none.
   */
  public static Optional<Seller> successor(CabinetId cabinet, List<Seller> linked, long leaving) {
    return members(cabinet, linked).stream()
        .filter(s -> s.telegramId() != leaving && s.active())
        .findFirst();
  }
}
