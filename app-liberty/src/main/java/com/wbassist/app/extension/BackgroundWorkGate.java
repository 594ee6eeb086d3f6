package com.wbassist.app.extension;

/**
 * Asked by background work — the sync timer, nudged syncs, dispatch — before it starts. In
 * production it is always open ({@code AlwaysOpenGate}); a tool that drives sync and dispatch
 * itself (the sandbox's scenario replay) may close it for a while.
 */
public interface BackgroundWorkGate {

  /** Background work asks to run now; pair a true answer with {@link #leave()} on this thread. */
  boolean enter();

  void leave();

  /** Whether background work may start now. */
  boolean open();
}
