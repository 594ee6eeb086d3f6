package com.wbassist.adapter.telegram;

import com.wbassist.application.fakes.InMemoryUpdateInbox;
import com.wbassist.application.port.in.HandleChatUpdate;
import com.wbassist.application.port.out.UpdateInbox;
import com.wbassist.application.service.ChatUpdateIntake;
import com.wbassist.application.service.UpdateInboxPolicy;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** The intake as the app wires it — updates stored, then handled — around a test's handler. */
final class InboxedUpdates {
  private InboxedUpdates() {}

  /** On an inbox of its own. */
  static ChatUpdateIntake around(HandleChatUpdate handler) {
    return around(
        handler,
        new InMemoryUpdateInbox(),
        Clock.fixed(Instant.parse("2026-11-18T07:00:00Z"), ZoneOffset.UTC));
  }

  static ChatUpdateIntake around(HandleChatUpdate handler, UpdateInbox inbox, Clock clock) {
    return new ChatUpdateIntake(inbox, handler, UpdateInboxPolicy.defaults(), clock);
  }
}
