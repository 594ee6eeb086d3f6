package com.wbassist.app.security;

import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.Extension;
import jakarta.enterprise.inject.spi.ProcessAnnotatedType;
import java.util.Locale;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * {@code WB_ASSIST_ADMIN_REGISTRY}: {@code settings} (the default) checks operators against the
 * admin login of the settings; {@code server} removes that store, so Liberty's configured user
 * registry (an {@code ldapRegistry}, say) checks them, and its group {@code admin} (or the
 * application binding) gives the role.
 */
public class AdminRegistrySelection implements Extension {
  public static final String SETTING = "WB_ASSIST_ADMIN_REGISTRY";

  void choose(@Observes ProcessAnnotatedType<AdminIdentityStore> store) {
    if (usesServerRegistry(
        ConfigProvider.getConfig().getOptionalValue(SETTING, String.class).orElse("settings"))) {
      store.veto();
    }
  }

  static boolean usesServerRegistry(String setting) {
    return switch (setting.strip().toLowerCase(Locale.ROOT)) {
      case "server" -> true;
      case "settings", "" -> false;
      default ->
          throw new IllegalStateException(
              SETTING + "=" + setting.strip() + " is not one of: settings (the default), server");
    };
  }
}
