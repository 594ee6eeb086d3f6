package com.wbassist.domain.token;

/** Why a token cannot be used, each with the plain words the seller reads. */
public enum TokenRefusal {
  MALFORMED(
      "Это не похоже на токен WB API. Токен — длинная строка, которая начинается с «eyJ» и содержит две точки."),
  EXPIRED(
      "Срок действия этого токена истёк. Создайте новый в личном кабинете WB: Профиль → Настройки → Доступ к API."),
  TEST_TOKEN(
      "Это тестовый токен: он работает только в песочнице WB. Нужен боевой токен (базовый или персональный)."),
  MISSING_CATEGORIES("Токену не хватает доступа к разделам WB API."),
  REJECTED_BY_WB(
      "WB не принял этот токен (ошибка авторизации). Проверьте, что токен скопирован целиком и не отозван."),
  WB_UNAVAILABLE(
      "Не удалось проверить токен: WB сейчас не отвечает. Попробуйте отправить его ещё раз через минуту.");

  private final String explanation;

  TokenRefusal(String explanation) {
    this.explanation = explanation;
  }

  public String explanation() {
    return explanation;
  }
}
