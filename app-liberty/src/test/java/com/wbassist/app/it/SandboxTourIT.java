package com.wbassist.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The README's sandbox tour of the seller features on the deployed WAR, step by step as written
 * there: a demo shop, its owner's chat, today's summary pinned, an invite followed from a second
 * chat, and the team both see.
 */
class SandboxTourIT extends OnTheBuiltWar {
  private static final long OWNER = 991001;
  private static final long MANAGER = 991002;
  private static final long LATECOMER = 991003;
  private static final Pattern INVITE = Pattern.compile("start=(team_[A-Za-z0-9_-]{22})");

  @Test
  @DisplayName(
      "a demo shop's owner gets the day's summary pinned, invites a manager who joins from a second chat")
  void tour() throws Exception {
    JsonObject demo = postJson("/api/sandbox/demo", "{}");
    write(OWNER, "/start");
    write(OWNER, demo.getString("token"));
    awaitChat(OWNER, text -> text.contains("Готово"));

    // Today's summary, on request (the sandbox's shortcut to the seller's chosen time).
    JsonObject summary = postJson("/api/sandbox/chats/" + OWNER + "/daily-summary", "{}");
    List<JsonObject> sent = summary.getJsonArray("messages").getValuesAs(JsonObject.class);
    assertTrue(
        sent.stream().anyMatch(m -> m.getString("text").contains("Итоги дня")), summary.toString());
    long summaryId =
        sent.stream()
            .filter(m -> m.getString("text").contains("Итоги дня"))
            .findFirst()
            .orElseThrow()
            .getJsonNumber("messageId")
            .longValue();
    awaitMessage(OWNER, summaryId, message -> message.getBoolean("pinned", false));

    // The owner invites; the manager follows the link from another chat, never seeing the token.
    press(OWNER, 1, "team:inv");
    Matcher link = INVITE.matcher(chatText(OWNER));
    assertTrue(link.find(), chatText(OWNER));
    List<JsonObject> joined = write(MANAGER, "/start " + link.group(1));
    assertTrue(last(joined).contains("Вы в команде"), last(joined));
    assertTrue(
        !chatText(MANAGER).contains(demo.getString("token")), "no token in the manager's chat");
    awaitChat(OWNER, text -> text.contains("присоединился по приглашению"));

    // One use: the link opens nothing for a third person.
    List<JsonObject> late = write(LATECOMER, "/start " + link.group(1));
    assertTrue(!last(late).contains("Вы в команде"), last(late));

    // The member list names the owner.
    List<JsonObject> team = write(MANAGER, "/team");
    assertTrue(last(team).contains("👑"), last(team));

    // /help names the configured thresholds.
    assertTrue(last(write(MANAGER, "/help")).contains("1–3 звезды"));
  }

  private static void awaitChat(long chat, Predicate<String> seen) throws Exception {
    long deadline = System.currentTimeMillis() + 120_000;
    while (!seen.test(chatText(chat)) && System.currentTimeMillis() < deadline) {
      Thread.sleep(500);
    }
    assertTrue(seen.test(chatText(chat)), chatText(chat));
  }

  private static void awaitMessage(long chat, long messageId, Predicate<JsonObject> seen)
      throws Exception {
    long deadline = System.currentTimeMillis() + 30_000;
    JsonObject message = null;
    while (System.currentTimeMillis() < deadline) {
      message =
          messages(getJson("/api/sandbox/chats/" + chat)).stream()
              .filter(m -> m.getJsonNumber("messageId").longValue() == messageId)
              .findFirst()
              .orElseThrow();
      if (seen.test(message)) {
        return;
      }
      Thread.sleep(300);
    }
    assertEquals(true, seen.test(message), String.valueOf(message));
  }

  private static String last(List<JsonObject> chat) {
    return chat.get(chat.size() - 1).getString("text");
  }
}
