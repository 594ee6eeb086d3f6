package com.wbassist.application.port.out;

import com.wbassist.application.port.in.ChatUpdate;
import java.util.Objects;

/**
 * A chat update claimed from the {@link UpdateInbox}.
 *
 * @param update what the person did
 * @param attempts how many times the update has been taken to be handled, this time included (its
 *     storing counts as the first)
 */
public record StoredUpdate(ChatUpdate update, int attempts) {
  public StoredUpdate {
    Objects.requireNonNull(update, "update");
    if (attempts < 1) {
      throw new IllegalArgumentException("a claimed update has been taken at least once");
    }
  }
}
