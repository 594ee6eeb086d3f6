package com.wbassist.adapter.telegram;

import com.wbassist.application.port.in.BotBlocked;
import com.wbassist.application.port.in.ButtonPressed;
import com.wbassist.application.port.in.ChatUpdate;
import com.wbassist.application.port.in.TextReceived;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.util.Optional;

/**
 * Telegram's update JSON into the conversation's {@link ChatUpdate}s. Only private chats with
 * people are the bot's business: a private message, a press of one of its buttons, the person
 * blocking or unblocking it. Everything else is ignored with a reason, never an exception; a
 * required field missing, or a number that is no 64-bit integer, is {@link
 * IllegalArgumentException}. Every text handed on can be stored as it is: U+0000 is dropped and a
 * lone UTF-16 surrogate becomes U+FFFD (PostgreSQL's {@code text} refuses both, and a name that
 * cannot be saved would fail the update's handling every time).
 */
final class UpdateTranslator {
  /** What an update became: a chat update for the service, or the reason it is ignored. */
  record Translation(Optional<ChatUpdate> update, String ignoredBecause) {
    static Translation of(ChatUpdate update) {
      return new Translation(Optional.of(update), "");
    }

    static Translation ignored(String because) {
      return new Translation(Optional.empty(), because);
    }
  }

  Translation translate(long updateId, JsonObject update) {
    if (update.get("message") instanceof JsonObject message) {
      return message(updateId, message);
    }
    if (update.get("callback_query") instanceof JsonObject press) {
      return press(updateId, press);
    }
    if (update.get("my_chat_member") instanceof JsonObject member) {
      return membership(updateId, member);
    }
    return Translation.ignored(
        "no message, callback_query or my_chat_member in it: " + update.keySet());
  }

  private Translation message(long updateId, JsonObject message) {
    JsonObject chat = object(message, "chat");
    if (!isPrivate(chat)) {
      return Translation.ignored("a message in a " + text(chat, "type") + " chat");
    }
    if (!(message.get("from") instanceof JsonObject from) || from.getBoolean("is_bot", false)) {
      return Translation.ignored("a message not written by a person");
    }
    // A token pasted as a photo's caption is still a token; a sticker gets the answer of an unknown
    // command.
    String body = message.containsKey("text") ? text(message, "text") : text(message, "caption");
    return Translation.of(
        new TextReceived(
            updateId,
            number(from, "id"),
            number(chat, "id"),
            number(message, "message_id"),
            body,
            nameOf(from)));
  }

  private Translation press(long updateId, JsonObject press) {
    JsonObject from = object(press, "from");
    if (!(press.get("message") instanceof JsonObject message)) {
      return Translation.ignored("a button press on an inline message");
    }
    JsonObject chat = object(message, "chat");
    return Translation.of(
        new ButtonPressed(
            updateId,
            number(from, "id"),
            number(chat, "id"),
            number(message, "message_id"),
            text(press, "id"),
            text(press, "data")));
  }

  private Translation membership(long updateId, JsonObject member) {
    JsonObject chat = object(member, "chat");
    if (!isPrivate(chat)) {
      return Translation.ignored("a membership change in a " + text(chat, "type") + " chat");
    }
    String status = text(object(member, "new_chat_member"), "status");
    long person = number(object(member, "from"), "id");
    return switch (status) {
      case "kicked" -> Translation.of(new BotBlocked(updateId, person, true));
      case "member" -> Translation.of(new BotBlocked(updateId, person, false));
      default -> Translation.ignored("a membership change to " + status);
    };
  }

  private static boolean isPrivate(JsonObject chat) {
    return "private".equals(text(chat, "type"));
  }

  private static String nameOf(JsonObject from) {
    String name = (text(from, "first_name") + " " + text(from, "last_name")).strip();
    return name.isEmpty() ? text(from, "username") : name;
  }

  static long number(JsonObject object, String field) {
    if (object.get(field) instanceof JsonNumber value) {
      java.math.BigDecimal exact = value.bigDecimalValue();
      // Checked before any conversion: 1e999999999 is a number too, and no id.
      if (exact.signum() != 0 && exact.precision() - exact.scale() > 19) {
        throw new IllegalArgumentException(field + " is out of range");
      }
      try {
        return exact.longValueExact();
      } catch (ArithmeticException notAnId) {
        throw new IllegalArgumentException(field + " is no whole 64-bit number");
      }
    }
    throw new IllegalArgumentException("no number " + field);
  }

  private static JsonObject object(JsonObject object, String field) {
    if (object.get(field) instanceof JsonObject value) {
      return value;
    }
    throw new IllegalArgumentException("no object " + field);
  }

  private static String text(JsonObject object, String field) {
    return object.get(field) instanceof JsonString value ? storable(value.getString()) : "";
  }

  /** The text without U+0000, a lone surrogate replaced by U+FFFD; the same String when clean. */
  static String storable(String text) {
    StringBuilder clean = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean pair =
          Character.isHighSurrogate(c)
              && i + 1 < text.length()
              && Character.isLowSurrogate(text.charAt(i + 1));
      boolean odd = c == '\u0000' || (!pair && Character.isSurrogate(c));
      if (odd && clean == null) {
        clean = new StringBuilder(text.length()).append(text, 0, i);
      }
      if (clean != null) {
        if (pair) {
          clean.append(c).append(text.charAt(i + 1));
        } else if (c != '\u0000') {
          clean.append(odd ? '\uFFFD' : c);
        }
      }
      if (pair) {
        i++;
      }
    }
    return clean == null ? text : clean.toString();
  }
}
