package com.wbassist.domain.onboarding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.wbassist.domain.cabinet.CabinetId;
import com.wbassist.domain.chat.Button;
import com.wbassist.domain.chat.ChatMessage;
import com.wbassist.domain.seller.Seller;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class TeamRepliesTest {
  private static final CabinetId SHOP = new CabinetId("shop-1");
  private static final Instant MONDAY = Instant.parse("2026-11-16T06:00:00Z");
  private final TeamReplies replies = new TeamReplies();
  private final Seller owner = Seller.newcomer(1001, 1001, "Анна").linkedTo(SHOP, true, MONDAY);
  private final Seller manager =
      Seller.newcomer(Long.MAX_VALUE, 2002, "<Борис & Ко>")
          .linkedTo(SHOP, true, MONDAY.plusSeconds(86_400));

  private static List<Button> buttons(ChatMessage message) {
    return message.keyboard().rows().stream().flatMap(List::stream).toList();
  }

  @Test
  @DisplayName(
      "the owner sees who owns the cabinet, since when, an invite button and one remove button per member")
  void ownersView() {
    ChatMessage view = replies.team("Лето", List.of(owner, manager), 1001L, 1001);
    assertTrue(view.html().contains("👑 <b>Анна</b> — владелец (вы), с 16.11.2026"));
    assertTrue(view.html().contains("&lt;Борис &amp; Ко&gt;"), "names are escaped");
    assertTrue(view.html().contains("с 17.11.2026"));
    List<String> data = buttons(view).stream().map(Button::callbackData).toList();
    assertTrue(data.contains(TeamActions.INVITE));
    assertTrue(data.contains(TeamActions.remove(Long.MAX_VALUE)));
    assertFalse(data.contains(TeamActions.remove(1001)), "no button to remove oneself");
    assertTrue(data.contains(TeamActions.LEAVE));
  }

  @Test
  @DisplayName("a member sees the list and a leave button, nothing of the owner's")
  void membersView() {
    ChatMessage view = replies.team("Лето", List.of(owner, manager), 1001L, Long.MAX_VALUE);
    List<String> data = buttons(view).stream().map(Button::callbackData).toList();
    assertFalse(data.contains(TeamActions.INVITE));
    assertTrue(data.stream().noneMatch(d -> TeamActions.removed(d).isPresent()));
    assertTrue(data.contains(TeamActions.LEAVE));
  }

  @Test
  @DisplayName("every team button fits Telegram's 64 bytes, even for the largest Telegram id")
  void callbackDataFits() {
    for (String data :
        List.of(
            TeamActions.TEAM,
            TeamActions.INVITE,
            TeamActions.LEAVE,
            TeamActions.LEAVE_CONFIRMED,
            TeamActions.remove(Long.MIN_VALUE),
            TeamActions.removeConfirmed(Long.MIN_VALUE))) {
      assertTrue(data.getBytes(StandardCharsets.UTF_8).length <= Button.MAX_CALLBACK_BYTES, data);
      assertTrue(TeamActions.isTeam(data), data);
    }
    assertEquals(
        Long.MIN_VALUE,
        TeamActions.removedConfirmed(TeamActions.removeConfirmed(Long.MIN_VALUE)).getAsLong());
    assertTrue(TeamActions.removed(TeamActions.removeConfirmed(5)).isEmpty(), "confirm ≠ ask");
    assertTrue(TeamActions.removed("team:rm:abc").isEmpty());
    assertFalse(TeamActions.isTeam("teams"));
  }

  @Test
  @DisplayName("the invite says it works 14 days and once, with its end in Moscow time")
  void inviteText() {
    var invite = com.wbassist.domain.team.Invite.issue(SHOP, 1001, MONDAY);
    String html = replies.inviteLink("Лето", "https://t.me/bot?start=team_x", invite).html();
    assertTrue(html.contains("14 дней (до 30.11.2026 09:00 МСК)"), html);
    assertTrue(html.contains("один раз"));
  }

  @Test
  @DisplayName("the main menu has the team entry")
  void mainMenuHasTeam() {
    assertTrue(
        buttons(new BotReplies().mainMenu("Лето")).stream()
            .anyMatch(
                b -> b.text().equals("👥 Команда") && TeamActions.TEAM.equals(b.callbackData())));
  }
}
