package com.wbassist.app.sandbox;

import com.wbassist.app.config.RunMode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.NotFoundException;

/**
 * Whether the WAR runs as a sandbox — its own WB simulator and Telegram stand-in, the real adapters
 * pointed at them ({@link RunMode}). Sandbox endpoints answer 404 otherwise.
 */
@ApplicationScoped
public class SandboxMode {

  public boolean enabled() {
    return RunMode.current().isSandbox();
  }

  /** Sandbox endpoints do not exist outside sandbox mode. */
  public void requireSandbox() {
    if (!enabled()) {
      throw new NotFoundException();
    }
  }
}
