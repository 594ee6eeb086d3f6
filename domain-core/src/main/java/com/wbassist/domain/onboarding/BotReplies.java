package com.wbassist.domain.onboarding;

import static com.wbassist.domain.chat.TelegramHtml.escape;

import com.wbassist.domain.apikey.SellerApiKey;
import com.wbassist.domain.chat.Button;
import com.wbassist.domain.chat.ChatMessage;
import com.wbassist.domain.chat.Keyboard;
import com.wbassist.domain.detection.DetectionPolicy;
import com.wbassist.domain.event.EventType;
import com.wbassist.domain.notification.NotificationSettings;
import com.wbassist.domain.summary.DailySummarySettings;
import com.wbassist.domain.sync.SyncProgress;
import com.wbassist.domain.sync.SyncStream;
import com.wbassist.domain.token.TokenAttemptVerdict;
import com.wbassist.domain.token.TokenCategory;
import com.wbassist.domain.token.TokenExpiryWarning;
import com.wbassist.domain.token.TokenRefusal;
import com.wbassist.domain.token.TokenVerdict;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Everything the bot says outside notifications, in Russian Telegram HTML. */
public final class BotReplies {
  private static final String HOW_TO_GET_TOKEN =
      "Где взять токен: личный кабинет WB → Профиль → Настройки → Доступ к API → «Создать новый токен».\n"
          + "Отметьте категории <b>Статистика</b>, <b>Вопросы и отзывы</b>, <b>Контент</b> и <b>Аналитика</b>; "
          + "достаточно доступа «Только на чтение».";

  private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

  private static final String PAUSED_UNTIL_NEW_TOKEN =
      "поэтому уведомления приостановлены. Пришлите новый токен сюда — и я продолжу.";

  /** The thresholds /help and the settings name: the configured ones, not the defaults. */
  private final DetectionPolicy thresholds;

  /** Replies that name the default thresholds ({@link DetectionPolicy#defaults()}). */
  public BotReplies() {
    this(DetectionPolicy.defaults());
  }

  /** Replies that name the thresholds detection was configured with. */
  public BotReplies(DetectionPolicy thresholds) {
    this.thresholds = java.util.Objects.requireNonNull(thresholds, "thresholds");
  }

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
            + PAUSED_UNTIL_NEW_TOKEN
            + "\n\n"
            + TokenCareTexts.HOW_TO_MAKE_TOKEN);
  }

  /** The token runs out soon: a week or a day before its {@code exp} (docs/decisions/0622). */
  public ChatMessage tokenExpiring(
      String shopName, TokenExpiryWarning warning, java.time.Instant expiresAt) {
    return ChatMessage.text(TokenCareTexts.expiring(shopName, warning, expiresAt));
  }

  /** WB refused one stream because the token lacks its category: that stream stopped. */
  public ChatMessage tokenLacksCategory(
      String shopName, TokenCategory category, SyncStream stream) {
    return ChatMessage.text(TokenCareTexts.categoryMissing(shopName, category, stream));
  }

  /**
   * One message instead of a flood: what the first pass after a new token found of the time the old
   * one was refused, counted by type.
   */
  public ChatMessage caughtUp(
      String shopName,
      java.time.Instant deadSince,
      java.time.Instant revivedAt,
      java.util.Map<EventType, Integer> tally) {
    return ChatMessage.text(TokenCareTexts.caughtUp(shopName, deadSince, revivedAt, tally));
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
            + "возврат, отзыв на "
            + ThresholdWords.negativeStars(thresholds)
            + " или когда у размера остаётся "
            + ThresholdWords.criticalStock(thresholds)
            + ".\n"
            + "📊 Каждый день присылаю итоги вчерашнего дня (по умолчанию в 09:00 МСК; время и "
            + "выключение — в /settings → «Итоги дня»).\n\n"
            + "/menu — главное меню\n/settings — какие уведомления присылать\n/team — команда кабинета\n"
            + "/report — отчёт о заказах, выкупах и возвратах файлом\n"
            + "/api — API-ключи для ваших систем (создаёт владелец)\n"
            + "/start — где вы сейчас\n"
            + "Чтобы сменить токен, просто пришлите новый.",
        mainMenuKeyboard());
  }

  public ChatMessage settings(NotificationSettings settings) {
    StringBuilder text =
        new StringBuilder("⚙️ <b>Уведомления</b>\n")
            .append(settings.enabled() ? "Сейчас включены." : "Сейчас все выключены.")
            .append("\nНажмите на тип, чтобы включить или выключить его.")
            .append(thresholdLine());
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
    rows.add(
        List.of(
            Button.action(
                "🔕 Тихие товары: " + settings.quietProducts().size(), ButtonActions.QUIET_LIST)));
    rows.add(List.of(Button.action(dailySummaryLabel(settings), ButtonActions.DAILY_SUMMARY)));
    rows.add(List.of(Button.action("⬅️ В меню", ButtonActions.MENU)));
    return new ChatMessage(text.toString(), new Keyboard(rows));
  }

  /** How many quiet products the list shows at most, so its keyboard stays within Telegram's. */
  static final int QUIET_LIST_MAX = 40;

  /**
   * The quiet products (docs/decisions/0623), each with a button that brings its stock alerts back.
   * {@code nameOf} gives the product's name from its stored card, or an empty string.
   */
  public ChatMessage quietProducts(
      NotificationSettings settings, java.util.function.LongFunction<String> nameOf) {
    List<Long> quiet = settings.quietProductsInOrder();
    StringBuilder text = new StringBuilder("🔕 <b>Тихие товары</b>\n");
    List<List<Button>> rows = new ArrayList<>();
    if (quiet.isEmpty()) {
      text.append(
          "Сейчас таких нет: я сообщаю об остатках всех товаров. Чтобы не получать сообщений об"
              + " остатках товара, нажмите «🔕 Не сообщать об остатках» под таким сообщением.");
    } else {
      text.append("Об остатках этих товаров я вам не пишу. Нажмите «🔔 Вернуть», чтобы снова")
          .append(" получать сообщения об их остатках.\n");
      for (Long nmId : quiet.subList(0, Math.min(quiet.size(), QUIET_LIST_MAX))) {
        String name = nameOf.apply(nmId);
        text.append("\n• ")
            .append(name == null || name.isBlank() ? "Товар" : escape(name))
            .append(" (арт. WB ")
            .append(nmId)
            .append(')');
        rows.add(List.of(Button.action("🔔 Вернуть " + nmId, ButtonActions.loud(nmId))));
      }
      if (quiet.size() > QUIET_LIST_MAX) {
        text.append("\n… и ещё ").append(quiet.size() - QUIET_LIST_MAX);
      }
    }
    rows.add(List.of(Button.action("⬅️ К настройкам", ButtonActions.SETTINGS)));
    return new ChatMessage(text.toString(), new Keyboard(rows));
  }

  /** The daily summary's settings: on/off and a handful of Moscow times. */
  public ChatMessage dailySummarySettings(NotificationSettings settings) {
    DailySummarySettings summary = settings.dailySummary();
    StringBuilder text =
        new StringBuilder("📊 <b>Итоги дня</b>\n")
            .append(
                "Каждый день в выбранное время (МСК) я присылаю итоги вчерашнего дня: заказы, выкупы, "
                    + "отмены и возвраты, процент выкупа, лучшие товары и заканчивающиеся размеры. "
                    + "Новые итоги я закрепляю в чате, прошлые открепляю.\n\n")
            .append(
                summary.on()
                    ? "Сейчас: каждый день в " + HH_MM.format(summary.at()) + " МСК."
                    : "Сейчас выключены.");
    if (summary.on() && !settings.enabled()) {
      text.append("\nПока выключены все уведомления, итоги тоже не приходят.");
    }
    List<List<Button>> rows = new ArrayList<>();
    rows.add(
        List.of(
            Button.action(
                summary.on() ? "✅ Присылать итоги дня" : "▫️ Присылать итоги дня",
                ButtonActions.DAILY_SUMMARY_TOGGLE)));
    List<Button> times = new ArrayList<>();
    for (LocalTime time : DailySummarySettings.CHOICES) {
      boolean chosen = summary.on() && time.equals(summary.at());
      times.add(
          Button.action(
              (chosen ? "• " : "") + HH_MM.format(time), ButtonActions.dailySummaryAt(time)));
      if (times.size() == 4) {
        rows.add(List.copyOf(times));
        times.clear();
      }
    }
    if (!times.isEmpty()) {
      rows.add(List.copyOf(times));
    }
    rows.add(List.of(Button.action("⬅️ К настройкам", ButtonActions.SETTINGS)));
    return new ChatMessage(text.toString(), new Keyboard(rows));
  }

  /** The toast after «🔕 Не сообщать об остатках». */
  public String productSilenced() {
    return "Больше не сообщаю об остатках этого товара. Вернуть — в настройках.";
  }

  /** The toast after «🔔 Вернуть». */
  public String productBack() {
    return "Снова сообщаю об остатках этого товара";
  }

  /** Which reviews and stock levels the settings' types mean, as configured. */
  private String thresholdLine() {
    return "\nНегативные отзывы — на "
        + ThresholdWords.negativeStars(thresholds)
        + "; остатки — когда у размера остаётся "
        + ThresholdWords.criticalStock(thresholds)
        + ".";
  }

  private static String dailySummaryLabel(NotificationSettings settings) {
    DailySummarySettings summary = settings.dailySummary();
    return summary.on()
        ? "📊 Итоги дня: " + HH_MM.format(summary.at()) + " МСК"
        : "📊 Итоги дня: выкл";
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

  static Keyboard mainMenuKeyboard() {
    return new Keyboard(
        List.of(
            List.of(
                Button.action("⚙️ Настройки", ButtonActions.SETTINGS),
                Button.action("📊 Статус", ButtonActions.STATUS)),
            List.of(
                Button.action("👥 Команда", TeamActions.TEAM),
                Button.action("🔗 API-ключи", ButtonActions.API_KEYS)),
            List.of(Button.action("📊 Отчёт", ReportActions.MENU)),
            List.of(
                Button.action("🔑 Сменить токен", ButtonActions.NEW_TOKEN),
                Button.action("❓ Помощь", ButtonActions.HELP))));
  }

  // --- The sellers' API keys (issue 14) -------------------------------------------------------

  /**
   * The owner's keys: each with when it was made and last used, a revoke button per working one.
   */
  public ChatMessage apiKeys(List<SellerApiKey> keys, int mostKeys) {
    StringBuilder text =
        new StringBuilder("🔑 <b>API-ключи</b>\n")
            .append("С ключом ваши системы (CRM, таблицы, учёт) читают данные магазина и получают ")
            .append("события через API. Описание API: docs/api.md.\n\n");
    List<List<Button>> rows = new ArrayList<>();
    long working = keys.stream().filter(SellerApiKey::isActive).count();
    if (keys.isEmpty()) {
      text.append("Ключей пока нет.\n");
    }
    for (SellerApiKey key : keys) {
      text.append(key.isActive() ? "🟢 " : "⚪️ ")
          .append("<code>")
          .append(escape(key.id()))
          .append("</code> — создан ")
          .append(MoscowDates.dateTime(key.createdAt()));
      if (!key.isActive()) {
        text.append(", отозван ").append(MoscowDates.dateTime(key.revokedAt()));
      } else if (key.lastUsedAt() != null) {
        text.append(", последний запрос ").append(MoscowDates.dateTime(key.lastUsedAt()));
      } else {
        text.append(", ещё не использовался");
      }
      text.append('\n');
      if (key.isActive()) {
        rows.add(
            List.of(
                Button.action("🗑 Отозвать " + key.id(), ButtonActions.revokeApiKey(key.id()))));
      }
    }
    if (working < mostKeys) {
      rows.add(List.of(Button.action("➕ Создать ключ", ButtonActions.NEW_API_KEY)));
    } else {
      text.append("\nРаботающих ключей уже ")
          .append(mostKeys)
          .append(" — отзовите ненужный, чтобы создать новый.\n");
    }
    rows.add(List.of(Button.action("⬅️ В меню", ButtonActions.MENU)));
    return new ChatMessage(text.toString(), new Keyboard(rows));
  }

  /** A key just made: its whole text, shown this once. */
  public ChatMessage apiKeyCreated(String keyText) {
    return ChatMessage.text(
        "🔑 Новый API-ключ:\n\n<code>"
            + escape(keyText)
            + "</code>\n\nСохраните его сейчас: я показываю ключ один раз и не храню его — только "
            + "отпечаток, по которому узнаю. Передавайте его в заголовке "
            + "<code>Authorization: Bearer …</code>. Ключ открывает только этот магазин. Если он "
            + "попал не в те руки, отзовите его в меню «🔑 API-ключи». Это сообщение можно удалить.");
  }

  /** Someone who does not own the cabinet asked for its keys. */
  public ChatMessage apiKeysOwnerOnly() {
    return new ChatMessage(
        "🔑 API-ключи создаёт и отзывает только владелец кабинета. Кто владелец — в меню «👥 Команда».",
        mainMenuKeyboard());
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
