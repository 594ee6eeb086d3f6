package com.wbassist.domain.token;

import com.wbassist.domain.cabinet.ApiToken;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The local checks of a WB token before any call to WB: it must be a JWT, not expired, not a
 * sandbox test token, and open every category the product reads (statistics, feedbacks, content,
 * analytics). Read-only is fine: the product never writes to WB.
 */
public final class TokenInspector {
  public static final Set<TokenCategory> REQUIRED =
      EnumSet.of(
          TokenCategory.STATISTICS,
          TokenCategory.FEEDBACKS,
          TokenCategory.CONTENT,
          TokenCategory.ANALYTICS);

  private static final Pattern JWT_SHAPE =
      Pattern.compile("eyJ[A-Za-z0-9_-]*\\.[A-Za-z0-9_=-]+\\.[A-Za-z0-9_=-]*");
  private static final Duration EXPIRY_WARNING = Duration.ofDays(14);

  /** Whether a chat text looks like a token at all, so the bot can treat it as one in any state. */
  public static boolean looksLikeToken(String text) {
    return text != null && JWT_SHAPE.matcher(text.strip()).matches();
  }

  /**
   * The type its {@code acc} claim names, read locally: what WB's limits for the token depend on;
   * {@link TokenType#UNKNOWN} for a token that does not read, or none.
   */
  public static TokenType typeOf(ApiToken token) {
    if (token == null) {
      return TokenType.UNKNOWN; // a cabinet whose stored token cannot be read
    }
    return JwtPayload.claims(token.reveal())
        .map(
            claims ->
                claims.get("acc") instanceof Number acc
                    ? TokenType.ofAcc(acc.longValue())
                    : TokenType.UNKNOWN)
        .orElse(TokenType.UNKNOWN);
  }

  /**
   * The categories its {@code s} claim opens, read locally: empty for a token that does not read,
   * or none — such a token is judged by WB's answers alone.
   */
  public static Set<TokenCategory> categoriesOf(ApiToken token) {
    if (token == null) {
      return Set.of();
    }
    return JwtPayload.claims(token.reveal())
        .map(
            claims -> {
              if (!(claims.get("s") instanceof Number mask)) {
                return Set.<TokenCategory>of();
              }
              EnumSet<TokenCategory> open = EnumSet.noneOf(TokenCategory.class);
              for (TokenCategory category : TokenCategory.values()) {
                if (category.isIn(mask.longValue())) {
                  open.add(category);
                }
              }
              return Set.copyOf(open);
            })
        .orElse(Set.of());
  }

  public TokenVerdict inspect(String token, Instant now) {
    if (!looksLikeToken(token)) {
      return TokenVerdict.refused(TokenRefusal.MALFORMED);
    }
    Map<String, Object> claims = JwtPayload.claims(token.strip()).orElse(null);
    if (claims == null
        || !(claims.get("sid") instanceof String sid)
        || sid.isBlank()
        || !(claims.get("exp") instanceof Number exp)
        || !(claims.get("s") instanceof Number mask)) {
      return TokenVerdict.refused(TokenRefusal.MALFORMED);
    }
    TokenType type =
        claims.get("acc") instanceof Number acc
            ? TokenType.ofAcc(acc.longValue())
            : TokenType.UNKNOWN;
    boolean test = Boolean.TRUE.equals(claims.get("t"));
    WbTokenClaims read =
        new WbTokenClaims(
            sid, Instant.ofEpochSecond(exp.longValue()), mask.longValue(), type, test);

    if (!read.expiresAt().isAfter(now)) {
      return TokenVerdict.refused(TokenRefusal.EXPIRED);
    }
    if (test || type == TokenType.TEST) {
      return TokenVerdict.refused(TokenRefusal.TEST_TOKEN);
    }
    EnumSet<TokenCategory> missing = EnumSet.copyOf(REQUIRED);
    missing.removeAll(read.categories());
    if (!missing.isEmpty()) {
      return TokenVerdict.missingCategories(read, missing);
    }
    return TokenVerdict.accepted(read, warnings(read, now));
  }

  /**
   * What a seller with a Base token is told once, when the token is accepted: why news comes
   * slower, how long the first load takes, how to get a faster token (WB-AND-TELEGRAM-API.md §2.4).
   */
  static final String BASE_TOKEN_NOTICE =
      "Это базовый токен, и WB даёт ему очень редкие запросы: заказы — раз в 3 часа, продажи — раз"
          + " в 2 часа, отзывы — 5 раз в час, а остатки по складам не даёт совсем. Поэтому о"
          + " заказах и выкупах я буду сообщать с опозданием до 3 часов, а об остатках — никогда."
          + " Первая загрузка: если за 90 дней у вас меньше 80 000 заказов, она займёт несколько"
          + " минут; каждые следующие 80 000 заказов — ещё 3 часа."
          + " Чтобы новости приходили сразу, создайте персональный токен: кабинет WB → Профиль →"
          + " Интеграции по API → Создать токен → «Персональный», категории «Статистика»,"
          + " «Отзывы и вопросы», «Контент», «Аналитика», «Только на чтение» — и пришлите его сюда.";

  private static List<String> warnings(WbTokenClaims claims, Instant now) {
    List<String> warnings = new ArrayList<>();
    if (claims.type() == TokenType.BASE) {
      warnings.add(BASE_TOKEN_NOTICE);
    }
    if (claims.expiresAt().isBefore(now.plus(EXPIRY_WARNING))) {
      long days = Math.max(0, Duration.between(now, claims.expiresAt()).toDays());
      warnings.add(
          "Токен истекает через " + days + " дн. — заранее создайте новый и пришлите его сюда.");
    }
    return warnings;
  }
}
