package com.wbassist.adapter.telegram;

import com.wbassist.domain.chat.Button;
import com.wbassist.domain.chat.Keyboard;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.spi.JsonProvider;
import java.util.List;

/**
 * The domain's keyboard as Telegram's {@code reply_markup}: {@code
 * {"inline_keyboard":[[{"text":…,"callback_data":…}]]}}.
 */
final class KeyboardJson {
  private final JsonProvider json;

  KeyboardJson(JsonProvider json) {
    this.json = json;
  }

  JsonObject replyMarkup(Keyboard keyboard) {
    JsonArrayBuilder rows = json.createArrayBuilder();
    for (List<Button> row : keyboard.rows()) {
      JsonArrayBuilder buttons = json.createArrayBuilder();
      for (Button button : row) {
        var b = json.createObjectBuilder().add("text", button.text());
        if (button.callbackData() != null) {
          b.add("callback_data", button.callbackData());
        } else {
          b.add("url", button.url());
        }
        buttons.add(b);
      }
      rows.add(buttons);
    }
    return json.createObjectBuilder().add("inline_keyboard", rows).build();
  }
}
