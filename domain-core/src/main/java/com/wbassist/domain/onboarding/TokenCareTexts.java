package com.wbassist.domain.onboarding;

import static com.wbassist.domain.chat.TelegramHtml.escape;

import com.wbassist.domain.event.EventType;
import com.wbassist.domain.market.MoscowTime;
import com.wbassist.domain.sync.SyncStream;
import com.wbassist.domain.token.TokenCategory;
import com.wbassist.domain.token.TokenExpiryWarning;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What the members of a cabinet read about its token (docs/decisions/0622): that it runs out soon,
 * that it lacks a category for one stream, and what happened while it did not work. Reached through
 * {@link BotReplies}, the one place of seller-facing texts.
 */
final class TokenCareTexts {
  private static final DateTimeFormatter MOSCOW =
      DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm 'МСК'").withZone(MoscowTime.ZONE);

  static final String HOW_TO_MAKE_TOKEN =
      "Как сделать новый токен: личный кабинет WB → Профиль → Настройки → Доступ к API →"
          + " «Создать новый токен», категории <b>Статистика</b>, <b>Вопросы и отзывы</b>,"
          + " <b>Контент</b> и <b>Аналитика</b>, доступ «Только на чтение». Пришлите его сюда одним"
          + " сообщением — сообщение с токеном я сразу удалю.";

  private TokenCareTexts() {}

  static String expiring(String shopName, TokenExpiryWarning warning, Instant expiresAt) {
    String when = warning == TokenExpiryWarning.DAY ? "меньше чем через сутки" : "через неделю";
    String icon = warning == TokenExpiryWarning.DAY ? "⚠️" : "⏳";
    return icon
        + " Токен WB API магазина <b>"
        + escape(shopName)
        + "</b> перестанет работать "
        + when
        + ": "
        + MOSCOW.format(expiresAt)
        + ". Чтобы уведомления не прервались, заранее сделайте новый токен и пришлите его сюда.\n\n"
        + HOW_TO_MAKE_TOKEN;
  }

  static String categoryMissing(String shopName, TokenCategory category, SyncStream stream) {
    return "⚠️ WB не даёт токену магазина <b>"
        + escape(shopName)
        + "</b> "
        + BotReplies.streamName(stream)
        + ": в токене нет категории «"
        + category.russianName()
        + "». Остальное я по-прежнему присылаю, а "
        + BotReplies.streamName(stream)
        + " — нет, пока вы не пришлёте токен с этой категорией.\n\n"
        + HOW_TO_MAKE_TOKEN;
  }

  static String caughtUp(
      String shopName, Instant deadSince, Instant revivedAt, Map<EventType, Integer> tally) {
    StringBuilder text =
        new StringBuilder("🔄 Токен магазина <b>")
            .append(escape(shopName))
            .append("</b> снова работает. Пока он не работал (с ")
            .append(MOSCOW.format(deadSince))
            .append(" по ")
            .append(MOSCOW.format(revivedAt))
            .append("), ");
    List<String> parts = new ArrayList<>();
    for (EventType type : EventType.values()) {
      int count = tally.getOrDefault(type, 0);
      if (count > 0) {
        parts.add(counted(type, count));
      }
    }
    if (parts.isEmpty()) {
      text.append("ничего нового не случилось.");
    } else {
      text.append("в магазине было: ").append(String.join(", ", parts)).append('.');
      text.append(
          "\nПо отдельности об этом я не пишу, чтобы не засыпать вас сообщениями;"
              + " всё новое с этой минуты — как обычно.");
    }
    return text.toString();
  }

  private static String counted(EventType type, int count) {
    return switch (type) {
      case NEW_ORDER -> plural(count, "новый заказ", "новых заказа", "новых заказов");
      case ORDER_CANCELLED -> plural(count, "отмена", "отмены", "отмен");
      case BUYOUT -> plural(count, "выкуп", "выкупа", "выкупов");
      case RETURN -> plural(count, "возврат", "возврата", "возвратов");
      case NEGATIVE_REVIEW ->
          plural(count, "негативный отзыв", "негативных отзыва", "негативных отзывов");
      case CRITICAL_STOCK ->
          plural(count, "размер на исходе", "размера на исходе", "размеров на исходе");
    };
  }

  /** «1 выкуп», «3 выкупа», «12 выкупов», «21 выкуп». */
  static String plural(long count, String one, String few, String many) {
    long lastTwo = count % 100;
    long last = count % 10;
    String word;
    if (lastTwo >= 11 && lastTwo <= 14) {
      word = many;
    } else if (last == 1) {
      word = one;
    } else if (last >= 2 && last <= 4) {
      word = few;
    } else {
      word = many;
    }
    return count + " " + word;
  }
}
