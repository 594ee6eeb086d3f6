package com.wbassist.application.port.out;

import com.wbassist.domain.cabinet.CabinetId;
import java.time.Instant;
import java.util.Optional;

/**
 * Who owns each cabinet: the one member who invites and removes the others. Every change is one
 * conditional write, so two servers handling two people at once never make two owners.
 */
public interface TeamOwners {
  /** The cabinet's owner's Telegram id; empty while it has none. */
  Optional<Long> ownerOf(CabinetId cabinet);

  /**
   * Makes {@code telegramId} the owner only if the cabinet has none (the seller who connected it,
   * or the first to join a cabinet nobody owns).
   *
   * @return whether they became its owner
   */
  boolean claimIfNone(CabinetId cabinet, long telegramId, Instant now);

  /**
   * {@code formerOwner} no longer owns the cabinet (left, was moved, blocked the bot): only if they
   * still own it, the earliest remaining member (by {@code joinedAt}, then Telegram id) who is
   * syncing or ready and still hears the bot becomes the owner, or the cabinet has none.
   *
   * @return the new owner this call made; empty when it made none (nobody is left, or the owner had
   *     already changed)
   */
  Optional<Long> passOn(CabinetId cabinet, long formerOwner, Instant now);
}
