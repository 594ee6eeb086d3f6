package com.wbassist.adapter.telegram;

import com.wbassist.application.port.in.ReceiveChatUpdate;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import org.eclipse.microprofile.config.Config;

/**
 * The adapter's CDI side: the Bot API client as {@code SellerChat}, the webhook's handling, and the
 * webhook's registration with Telegram at startup when {@code telegram.public-url} is set. The app
 * supplies {@link ReceiveChatUpdate} and the container's default managed executor (feature {@code
 * concurrent-3.0}).
 */
@ApplicationScoped
public class TelegramBeans {
  private static final Logger LOG = System.getLogger(TelegramBeans.class.getName());

  @Inject Config config;

  @Resource(lookup = "java:comp/DefaultManagedExecutorService")
  ManagedExecutorService executor;

  @Produces
  @Singleton
  TelegramSellerChat sellerChat() {
    return new TelegramSellerChat(telegramConfig().settings());
  }

  @Produces
  @Singleton
  TelegramWebhook webhook(ReceiveChatUpdate updates) {
    return new TelegramWebhook(telegramConfig().webhookSecret(), updates, executor);
  }

  /**
   * Registers the webhook off the startup thread: Telegram being slow or away must not hold the app
   * up.
   */
  void registerWebhook(@Observes @Initialized(ApplicationScoped.class) Object started) {
    TelegramConfig settings = telegramConfig();
    var url = settings.webhookUrl();
    if (url.isEmpty()) {
      LOG.log(
          Level.INFO,
          TelegramConfig.PUBLIC_URL + " is not set: the webhook is not registered with Telegram");
      return;
    }
    executor.execute(
        () -> {
          try {
            TelegramBotSetup setup = new TelegramBotSetup(settings.settings());
            setup.registerWebhook(url.get(), settings.webhookSecret());
            setup.publishCommands();
            LOG.log(Level.INFO, "Telegram webhook registered at " + url.get());
          } catch (RuntimeException failed) {
            LOG.log(Level.ERROR, "Telegram webhook not registered: " + failed.getMessage());
          }
        });
  }

  private TelegramConfig telegramConfig() {
    return new TelegramConfig(key -> config.getOptionalValue(key, String.class));
  }
}
