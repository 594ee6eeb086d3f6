package com.wbassist.app.sandbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Whether the WAR runs as a sandbox: its own WB simulator and Telegram stand-in, the real adapters
 * pointed at them. {@code wbassist.mode=auto} (the default) means sandbox when no Telegram bot
 * token is configured — a fresh machine runs the whole product with one command, and a production
 * deployment is never a sandbox by accident.
 */
@ApplicationScoped
public class SandboxMode {
  @Inject
  @ConfigProperty(name = "wbassist.mode", defaultValue = "auto")
  String mode;

  @Inject
  @ConfigProperty(name = "telegram.bot-token")
  Optional<String> botToken;

  public boolean enabled() {
    return switch (mode.strip().toLowerCase(java.util.Locale.ROOT)) {
      case "sandbox" -> true;
      case "production" -> false;
      default -> botToken.map(String::isBlank).orElse(true);
    };
  }

  /** Sandbox endpoints do not exist outside sandbox mode. */
  public void requireSandbox() {
    if (!enabled()) {
      throw new NotFoundException();
    }
  }
}
