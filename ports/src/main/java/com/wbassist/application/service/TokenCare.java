package com.wbassist.application.service;

import com.wbassist.application.port.out.TokenCareStore;
import com.wbassist.domain.cabinet.Cabinet;
import com.wbassist.domain.sync.StreamCategories;
import com.wbassist.domain.sync.SyncKind;
import com.wbassist.domain.sync.SyncStream;
import com.wbassist.domain.token.TokenCategory;
import com.wbassist.domain.token.TokenExpiryWarning;
import com.wbassist.domain.token.TokenInspector;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

/**
 * A pass's care of its cabinet's token (docs/decisions/0622): the warnings before its expiry, the
 * streams WB refuses for a category the token lacks, and the one summary of what happened while a
 * refused token was dead. What it remembers between passes is written by conditional updates
 * ({@link TokenCareStore}), so each message is sent by one pass of one server, once.
 */
final class TokenCare {
  private final TokenCareStore store;
  private final SyncAnnouncements announcements;

  /** {@code store} may be {@code null}: then nothing is remembered and nobody is told. */
  TokenCare(TokenCareStore store, SyncAnnouncements announcements) {
    this.store = store;
    this.announcements = announcements;
  }

  /**
   * The streams whose category WB refused for the cabinet's token in an earlier pass: read once a
   * pass, not asked of WB again until a new token.
   */
  Set<SyncStream> stopped(Cabinet cabinet) {
    if (store == null) {
      return Set.of();
    }
    Set<TokenCategory> refused = store.refusedCategories(cabinet.id(), cabinet.tokenExpiresAt());
    if (refused.isEmpty()) {
      return Set.of();
    }
    EnumSet<SyncStream> stopped = EnumSet.noneOf(SyncStream.class);
    for (SyncStream stream : SyncStream.values()) {
      if (refused.contains(StreamCategories.of(stream))) {
        stopped.add(stream);
      }
    }
    return stopped;
  }

  /**
   * Whether a 401 of this stream's host means «the token lacks this category» rather than «WB
   * refuses the token»: the token's own {@code s} bits, read locally, do not open the category
   * (WB's 401 bodies say nothing that tells the two apart reliably).
   */
  boolean lacksCategory(Cabinet cabinet, SyncStream stream) {
    Set<TokenCategory> open = TokenInspector.categoriesOf(cabinet.token());
    return store != null && !open.isEmpty() && !open.contains(StreamCategories.of(stream));
  }

  /** Remembers the refusal; the first time for this token, the members are told what to add. */
  void categoryRefused(Cabinet cabinet, SyncStream stream) {
    TokenCategory category = StreamCategories.of(stream);
    if (store.categoryRefused(cabinet.id(), cabinet.tokenExpiresAt(), category)) {
      announcements.tokenLacksCategory(cabinet, category, stream);
    }
  }

  /** The pass's catch-up: active when a new token replaced a refused one and nothing caught up. */
  CatchUp catchUp(Cabinet cabinet) {
    if (store == null || cabinet.needsNewToken()) {
      return CatchUp.none();
    }
    return store.deadSince(cabinet.id()).map(CatchUp::since).orElseGet(CatchUp::none);
  }

  void tokenDied(Cabinet cabinet, Instant at) {
    if (store != null) {
      store.tokenDied(cabinet.id(), at);
    }
  }

  /**
   * A pass that was not refused ended: a catch-up is over — its summary sent by the one pass that
   * forgets the dead time (none after a first sync, which tells nothing anyway) — and a warning is
   * due when the token's expiry is a week or a day away.
   */
  void passEnded(Cabinet cabinet, SyncKind kind, CatchUp catchUp, Instant now) {
    if (store == null) {
      return;
    }
    catchUp
        .deadSince()
        .filter(since -> store.caughtUp(cabinet.id(), since))
        .filter(since -> kind == SyncKind.INCREMENTAL)
        .ifPresent(since -> announcements.caughtUp(cabinet, since, now, catchUp.tally()));
    TokenExpiryWarning.dueAt(cabinet.tokenExpiresAt(), now)
        .filter(warning -> store.expiryWarned(cabinet.id(), cabinet.tokenExpiresAt(), warning))
        .ifPresent(warning -> announcements.tokenExpiring(cabinet, warning));
  }
}
