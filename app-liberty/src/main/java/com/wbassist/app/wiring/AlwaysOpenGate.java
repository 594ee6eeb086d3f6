package com.wbassist.app.wiring;

import com.wbassist.app.extension.BackgroundWorkGate;
import jakarta.enterprise.context.ApplicationScoped;

/** Production's gate: background work always runs. */
@ApplicationScoped
public class AlwaysOpenGate implements BackgroundWorkGate {
  @Override
  public boolean enter() {
    return true;
  }

  @Override
  public void leave() {
    // nothing was taken
  }

  @Override
  public boolean open() {
    return true;
  }
}
