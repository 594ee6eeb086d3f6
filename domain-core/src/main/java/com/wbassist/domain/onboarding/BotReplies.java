package com.wbassist.domain.onboarding;

import static com.wbassist.domain.chat.TelegramHtml.escape;

import com.wbassist.domain.chat.Button;
import com.wbassist.domain.chat.ChatMessage;
import com.wbassist.domain.chat.Keyboard;
import com.wbassist.domain.event.EventType;
import com.wbassist.domain.notification.NotificationSettings;
import com.wbassist.domain.sync.SyncProgress;
import com.wbassist.domain.sync.SyncStream;
import com.wbassist.domain.token.TokenAttemptVerdict;
import com.wbassist.domain.token.TokenCategory;
import com.wbassist.domain.token.TokenRefusal;
import com.wbassist.domain.token.TokenVerdict;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Everything the bot says outside notifications, in Russian Telegram HTML. */
public final class BotReplies {
  private static final String HOW_TO_GET_TOKEN =
      "Где взять токен: личный кабинет WB → Профиль → Настройки → Доступ к API → «Создать новый токен».\n"
          + "Отметьте категории <b>Статистика</b>, <b>Вопросы и отзывы</b>, <b>Контент</b> и <b>Аналитика</b>; "
          + "достаточно доступа «Только на чтение».";

  private static final String PAUSED_UNTIL_NEW_TOKEN =
      "поэтому уведомления приостановлены. Пришлите новый токен сюда — и я продолжу.";

  public ChatMessage welcome() {
    return ChatMessage.text(
        "👋 Здравствуйте! Я присылаю уведомления о том, что происходит в вашем магазине на Wildberries: "
            + "новые заказы, выкупы, отмены, возвраты, негативные отзывы и заканчивающиеся остатки.\n\n"
            + "Чтобы начать, пришлите сюда токен WB API одним сообщением.\n\n"
            + HOW_TO_GET_TOKEN);
  }

  public ChatMessage tokenPrompt() {
    return ChatMessage.text(
        "🔑 Пришлите токен WB API одним сообщением. Сообщение с токеном я сразу удалю из чата.\n\n"
            + HOW_TO_GET_TOKEN);
  }

  public ChatMessage tokenRefused(TokenVerdict verdict) {
    StringBuilder text = new StringBuilder("🚫 ").append(verdict.refusal().explanation());
    if (verdict.refusal() == TokenRefusal.MISSING_CATEGORIES) {
      text.append(" Не хватает: ")
          .append(
              verdict.missing().stream()
                  .map(TokenCategory::russianName)
                  .sorted()
                  .collect(Collectors.joining(", ")))
          .append(".\nСоздайте токен с этими категориями и пришлите его.");
    }
    text.append("\n\nТокен из сообщения я не сохранил.");
    return ChatMessage.text(text.toString());
  }

  public ChatMessage syncStarted(String shopName, List<String> warnings) {
    return ChatMessage.text(
        "✅ Токен принят. Магазин: <b>"
            + escape(shopName)
            + "</b>.\n"
            + warningLines(warnings)
            + "\n⏳ Загружаю историю магазина, это займёт несколько минут. Когда закончу — напишу.");
  }

  public ChatMessage joinedSyncing(String shopName, SyncProgress progress, List<String> warnings) {
    return ChatMessage.text(
        "✅ Токен принят. Магазин <b>"
            + escape(shopName)
            + "</b> уже загружается для вашей команды.\n"
            + warningLines(warnings)
            + "\n"
            + progressLine(progress));
  }

  public ChatMessage joinedReady(
      String shopName, List<String> warnings, NotificationSettings settings) {
    return new ChatMessage(
        "✅ Токен принят. Магазин <b>"
            + escape(shopName)
            + "</b> подключён — "
            + "теперь я буду сообщать обо всём новом.\n"
            + warningLines(warnings),
        mainMenuKeyboard());
  }

  public ChatMessage progress(SyncProgress progress) {
    return ChatMessage.text(progressLine(progress));
  }

  public ChatMessage syncFinished(String shopName) {
    return new ChatMessage(
        "🎉 Готово! История магазина <b>"
            + escape(shopName)
            + "</b> загружена. "
            + "С этой минуты я сообщаю о новых заказах, выкупах, отменах, возвратах, негативных отзывах и остатках.",
        mainMenuKeyboard());
  }

  public ChatMessage primarySyncFailed(SyncStream stream, String reason) {
    return ChatMessage.text(
        "⚠️ Не удалось загрузить "
            + streamName(stream)
            + ": "
            + escape(reason)
            + ".\nЯ повторю попытку автоматически и напишу, когда загрузка завершится.");
  }

  public ChatMessage tokenRejectedLater(String shopName) {
    return ChatMessage.text(
        "🚫 WB перестал принимать токен магазина <b>"
            + escape(shopName)
            + "</b>, "
            + PAUSED_UNTIL_NEW_TOKEN);
  }

  /**
   * The stored token cannot be read any more (sealed with another key). The seller did nothing
   * wrong and WB did not refuse anything: they are asked for the same thing as after a refusal.
   */
  public ChatMessage tokenUnreadableLater(String shopName) {
    return ChatMessage.text(
        "🚫 Я не могу прочитать сохранённый токен магазина <b>"
            + escape(shopName)
            + "</b>, "
            + PAUSED_UNTIL_NEW_TOKEN);
  }

  public ChatMessage tooManyTokenAttempts(TokenAttemptVerdict verdict) {
    return ChatMessage.text(
        "⏳ Вы прислали уже несколько токенов подряд. Каждый токен я проверяю в WB, "
            + "а WB ограничивает частые проверки, поэтому следующий пришлите, пожалуйста, через "
            + MinutesToWait.russian(verdict.minutesToWait())
            + ".\n\nТокен из сообщения я не сохранил.");
  }

  public ChatMessage mainMenu(String shopName) {
    return new ChatMessage(
        "📋 Главное меню. Магазин: <b>" + escape(shopName) + "</b>.", mainMenuKeyboard());
  }

  public ChatMessage status(String shopName, String lastSync, String lastError) {
    StringBuilder text =
        new StringBuilder("📊 Магазин <b>")
            .append(escape(shopName))
            .append("</b>\n")
            .append("Последняя синхронизация: ")
            .append(escape(lastSync))
            .append('\n');
    if (lastError != null && !lastError.isBlank()) {
      text.append("Последняя ошибка: ").append(escape(lastError)).append('\n');
    }
    return new ChatMessage(text.toString(), mainMenuKeyboard());
  }

  public ChatMessage help() {
    return new ChatMessage(
        "❓ Я слежу за магазином на Wildberries и пишу, когда появляется новый заказ, выкуп, отмена, "
            + "возврат, отзыв на 1–3 звезды или когда у размера остаётся 2 штуки и меньше.\n\n"
            + "/menu — главное меню\n/settings — какие уведомления присылать\n/start — где вы сейчас\n"
            + "Чтобы сменить токен, просто пришлите новый.",
        mainMenuKeyboard());
  }

  public ChatMessage settings(NotificationSettings settings) {
    StringBuilder text =
        new StringBuilder("⚙️ <b>Уведомления</b>\n")
            .append(settings.enabled() ? "Сейчас включены." : "Сейчас все выключены.")
            .append("\nНажмите на тип, чтобы включить или выключить его.");
    List<List<Button>> rows = new ArrayList<>();
    rows.add(
        List.of(
            Button.action(
                settings.enabled() ? "🔔 Все уведомления: вкл" : "🔕 Все уведомления: выкл",
                ButtonActions.TOGGLE_ALL)));
    List<Button> pair = new ArrayList<>();
    for (EventType type : EventType.values()) {
      pair.add(
          Button.action(
              (settings.isOn(type) ? "✅ " : "▫️ ") + EventTypeNames.russian(type),
              ButtonActions.toggle(type)));
      if (pair.size() == 2) {
        rows.add(List.copyOf(pair));
        pair.clear();
      }
    }
    rows.add(List.of(Button.action("⬅️ В меню", ButtonActions.MENU)));
    return new ChatMessage(text.toString(), new Keyboard(rows));
  }

  public ChatMessage unreachableAgainWelcome() {
    return ChatMessage.text("С возвращением! Уведомления снова будут приходить.");
  }

  public static String progressLine(SyncProgress progress) {
    return "⏳ Загрузка истории: " + progress.percent() + "% (строк: " + progress.rowsSoFar() + ")";
  }

  static String streamName(SyncStream stream) {
    return switch (stream) {
      case CARDS -> "карточки товаров";
      case ORDERS -> "заказы";
      case SALES -> "продажи и возвраты";
      case STOCKS -> "остатки";
      case FEEDBACKS -> "отзывы";
    };
  }

  private static Keyboard mainMenuKeyboard() {
    return new Keyboard(
        List.of(
            List.of(
                Button.action("⚙️ Настройки", ButtonActions.SETTINGS),
                Button.action("📊 Статус", ButtonActions.STATUS)),
            List.of(
                Button.action("🔑 Сменить токен", ButtonActions.NEW_TOKEN),
                Button.action("❓ Помощь", ButtonActions.HELP))));
  }

  private static String warningLines(List<String> warnings) {
    return warnings.stream().map(w -> "⚠️ " + escape(w) + "\n").collect(Collectors.joining());
  }

  /**
   * Told once to a cabinet's owner when one of its webhook subscriptions has failed for a day and
   * is paused.
   */
  public ChatMessage webhookPaused(String url, long subscriptionId) {
    return ChatMessage.text(
        "⏸ <b>Вебхук приостановлен</b>\n"
            + "Адрес "
            + escape(url)
            + " сутки не принимал события (подписка "
            + subscriptionId
            + ").\n"
            + "Пока подписка на паузе, новые события для неё не пишутся; уже начатые доставки"
            + " продолжатся, когда вы включите её снова через API: PATCH /api/v1/webhooks/"
            + subscriptionId
            + " с {\"active\": true}.");
  }
}
