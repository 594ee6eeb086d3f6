package com.wbassist.domain.seller;

/** Where a seller is in the conversation with the bot. */
public enum OnboardingState {
  /** Known only by id: never sent /start. */
  NEW,
  /** Asked for a WB token, waiting for it. */
  AWAITING_TOKEN,
  /** Linked to a cabinet whose primary sync is running. */
  SYNCING,
  /** Linked to a ready cabinet: gets notifications. */
  READY
}
