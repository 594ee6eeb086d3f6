package com.wbassist.sandbox;

import com.wbassist.app.config.RunMode;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.Extension;
import jakarta.enterprise.inject.spi.ProcessAnnotatedType;

/**
 * Lets the sandbox into the application as a whole, or not at all: outside sandbox mode every CDI
 * bean of {@code com.wbassist.sandbox} is vetoed — its WB simulator, Telegram stand-in, demo shops
 * and its replacements of the application's clock, delivery queue and background-work gate never
 * exist. Its REST resources are left out the same way ({@link SandboxRestResources}).
 */
public class SandboxRegistration implements Extension {
  private static final String SANDBOX_PACKAGE = SandboxRegistration.class.getPackageName();

  <T> void onlyInSandbox(@Observes ProcessAnnotatedType<T> type) {
    if (!RunMode.current().isSandbox() && isSandbox(type.getAnnotatedType().getJavaClass())) {
      type.veto();
    }
  }

  static boolean isSandbox(Class<?> type) {
    String name = type.getPackageName();
    return name.equals(SANDBOX_PACKAGE) || name.startsWith(SANDBOX_PACKAGE + ".");
  }
}
