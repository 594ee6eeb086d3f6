package com.wbassist.application.service;

import static com.wbassist.domain.testdata.MarketRows.moscow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.wbassist.application.fakes.FakeTokens;
import com.wbassist.application.fakes.InMemoryWb;
import com.wbassist.application.fakes.InMemoryWorld;
import com.wbassist.application.fakes.RecordingSellerChat.Said;
import com.wbassist.application.port.in.BotBlocked;
import com.wbassist.domain.cabinet.CabinetId;
import com.wbassist.domain.onboarding.TeamActions;
import com.wbassist.domain.onboarding.TeamReplies;
import com.wbassist.domain.seller.OnboardingState;
import com.wbassist.domain.seller.Seller;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Teams: the owner, invites by deep link, members, leaving and removal (decision 0621). */
class TeamsTest {
  private static final Instant NOW = moscow("2026-11-18T09:00:00");
  private static final CabinetId SHOP = new CabinetId("7b0c6a52-3a3e-4a55-9d41-000000000001");
  private static final CabinetId OTHER = new CabinetId("7b0c6a52-3a3e-4a55-9d41-000000000002");
  private static final Pattern LINK =
      Pattern.compile(
          "https://t\\.me/" + InMemoryWorld.BOT_USERNAME + "\\?start=(team_[A-Za-z0-9_-]{22})");
  private static final long ANNA = 1001;
  private static final long BORIS = 2002;
  private static final long VERA = 3003;
  private static final long GLEB = 4004;

  private final InMemoryWorld world = new InMemoryWorld(NOW);
  private final String token = FakeTokens.personal(SHOP.sid(), NOW.plus(Duration.ofDays(180)));
  private final String otherToken =
      FakeTokens.personal(OTHER.sid(), NOW.plus(Duration.ofDays(180)));

  {
    world.wb.account(SHOP, "ИП Тестов", "Лето");
    world.wb.account(OTHER, "ИП Другой", "Зима");
    world.wb.holds(SHOP, InMemoryWb.CabinetData.empty());
    world.wb.holds(OTHER, InMemoryWb.CabinetData.empty());
    world.syncRequests.runAtOnce(world.sync::syncNow);
    // Anna connects the shop: she owns it.
    world.text(ANNA, "/start");
    world.text(ANNA, token);
  }

  private Seller seller(long id) {
    return world.sellers.find(id).orElseThrow();
  }

  private Optional<Long> owner() {
    return world.teamOwners.ownerOf(SHOP);
  }

  private String invite() {
    world.press(ANNA, 1, TeamActions.INVITE);
    Matcher link = LINK.matcher(world.chat.last(ANNA).text());
    assertTrue(link.find(), world.chat.last(ANNA).text());
    return link.group(1);
  }

  private void joinByInvite(long who) {
    world.text(who, "/start " + invite());
    world.clock.advance(Duration.ofMinutes(1));
  }

  private boolean told(long chatId, String words) {
    return world.chat.to(chatId).stream()
        .anyMatch(s -> s.text() != null && s.text().contains(words));
  }

  private String lastToast() {
    List<Said> answers = world.chat.log().stream().filter(s -> s.kind().equals("answer")).toList();
    return answers.get(answers.size() - 1).text();
  }

  @Test
  @DisplayName("the seller who connected the cabinet owns it")
  void connectorOwns() {
    assertEquals(OnboardingState.READY, seller(ANNA).state());
    assertEquals(Optional.of(ANNA), owner());
  }

  @Test
  @DisplayName(
      "a manager follows the owner's link from a second chat and lands in the ready cabinet without the token; the owner is told")
  void inviteJoins() {
    String parameter = invite();
    assertTrue(told(ANNA, "14 дней"));
    world.text(BORIS, "/start " + parameter);
    Seller boris = seller(BORIS);
    assertEquals(OnboardingState.READY, boris.state());
    assertEquals(SHOP, boris.cabinet());
    assertTrue(told(BORIS, "Вы в команде магазина <b>Лето</b>"));
    assertTrue(told(ANNA, "присоединился по приглашению"));
    assertEquals(Optional.of(ANNA), owner(), "the owner stays the owner");
    assertTrue(
        world.chat.log().stream().noneMatch(s -> s.text() != null && s.text().contains(token)),
        "nobody is shown the token");
    assertFalse(
        world.teamInvites.digests().stream().anyMatch(d -> d.contains(parameter.substring(5))),
        "only the digest is stored");
  }

  @Test
  @DisplayName("a link works once: the second person to follow it is told it was used")
  void oneUse() {
    String parameter = invite();
    world.text(BORIS, "/start " + parameter);
    world.text(VERA, "/start " + parameter);
    assertEquals(OnboardingState.AWAITING_TOKEN, seller(VERA).state());
    assertTrue(told(VERA, "уже присоединились"));
  }

  @Test
  @DisplayName("a link is dead at exactly 14 days")
  void expiry() {
    String parameter = invite();
    world.clock.advance(Duration.ofDays(14));
    world.text(BORIS, "/start " + parameter);
    assertEquals(OnboardingState.AWAITING_TOKEN, seller(BORIS).state());
    assertTrue(told(BORIS, "Срок этого приглашения истёк"));
  }

  @Test
  @DisplayName(
      "the owner following their own link is told they are in, and the link still works for the manager")
  void ownLink() {
    String parameter = invite();
    world.text(ANNA, "/start " + parameter);
    assertTrue(told(ANNA, "Вы уже в команде"));
    world.text(BORIS, "/start " + parameter);
    assertEquals(SHOP, seller(BORIS).cabinet());
  }

  @Test
  @DisplayName("a made-up link is refused in plain words")
  void unknownLink() {
    world.text(BORIS, "/start team_AAAAAAAAAAAAAAAAAAAAAA");
    assertTrue(told(BORIS, "приглашение не действует"));
    assertTrue(
        world.chat.last(BORIS).text().contains("Где взять токен"), "a newcomer is welcomed too");
    assertEquals(OnboardingState.AWAITING_TOKEN, seller(BORIS).state());
  }

  @Test
  @DisplayName(
      "a member of another cabinet who follows the link moves here; the team they left is told")
  void memberOfAnotherCabinetMoves() {
    world.text(VERA, otherToken);
    world.text(GLEB, "/start");
    world.text(GLEB, otherToken);
    world.text(GLEB, "/start " + invite());
    assertEquals(SHOP, seller(GLEB).cabinet());
    assertTrue(told(GLEB, "Вы перешли из кабинета <b>Зима</b>"));
    assertTrue(told(VERA, "покинул команду магазина <b>Зима</b>"));
  }

  @Test
  @DisplayName("a newcomer joining a cabinet still loading waits beside the others")
  void joinWhileSyncing() {
    world.syncRequests.runAtOnce(cabinet -> {});
    world.text(VERA, otherToken); // Vera connects Зима; its primary sync has not run
    world.press(VERA, 1, TeamActions.TEAM); // syncing: a progress toast, not the team
    world.chat.clear();
    // Vera is the owner of a cabinet that is not ready; she cannot open the menu yet, so an invite
    // is made the way the menu would.
    var code = com.wbassist.domain.team.InviteCode.fresh();
    world.teamInvites.issue(
        code.digest(), com.wbassist.domain.team.Invite.issue(OTHER, VERA, world.clock.instant()));
    world.text(GLEB, "/start " + code.startParameter());
    assertEquals(OnboardingState.SYNCING, seller(GLEB).state());
    assertTrue(told(GLEB, "ещё загружается"));
    assertTrue(seller(GLEB).progressMessageId() != null);
  }

  @Test
  @DisplayName("joining by pasting the cabinet's token makes a member; the owner is told")
  void tokenJoin() {
    world.text(BORIS, "/start");
    world.text(BORIS, token);
    assertEquals(SHOP, seller(BORIS).cabinet());
    assertEquals(Optional.of(ANNA), owner());
    assertTrue(told(ANNA, "прислал токен и присоединился"));
  }

  @Test
  @DisplayName("a member's new token of the same shop replaces the cabinet's; the owner is told")
  void memberReplacesToken() {
    joinByInvite(BORIS);
    String fresh = FakeTokens.personal(SHOP.sid(), NOW.plus(Duration.ofDays(200)));
    world.text(BORIS, fresh);
    assertEquals(fresh, world.cabinets.find(SHOP).orElseThrow().token().reveal());
    assertTrue(told(ANNA, "обновил токен магазина"));
  }

  @Test
  @DisplayName(
      "the owner removes a member after confirming: they are back to waiting for a token and told; the others are told")
  void removal() {
    joinByInvite(BORIS);
    joinByInvite(VERA);
    world.press(ANNA, 7, TeamActions.remove(BORIS));
    assertEquals(SHOP, seller(BORIS).cabinet(), "nothing happens before the confirmation");
    assertTrue(
        world.chat.last(ANNA).text().contains("Удалить <b>Seller 2002</b>"),
        world.chat.last(ANNA).text());
    world.press(ANNA, 7, TeamActions.removeConfirmed(BORIS));
    assertEquals(OnboardingState.AWAITING_TOKEN, seller(BORIS).state());
    assertEquals(null, seller(BORIS).cabinet());
    assertTrue(told(BORIS, "Владелец удалил вас из команды"));
    assertTrue(told(VERA, "Владелец удалил <b>Seller 2002</b>"));
    assertFalse(told(ANNA, "Владелец удалил"), "the owner sees the list change instead");
    assertFalse(
        world.chat.last(ANNA).text().contains("Seller 2002"), "the list no longer names him");
  }

  @Test
  @DisplayName("a member cannot remove anyone nor invite: a toast, nothing happens")
  void onlyTheOwner() {
    joinByInvite(BORIS);
    joinByInvite(VERA);
    world.press(BORIS, 8, TeamActions.removeConfirmed(VERA));
    assertEquals(TeamReplies.ONLY_OWNER, lastToast());
    assertEquals(SHOP, seller(VERA).cabinet());
    world.press(BORIS, 8, TeamActions.INVITE);
    assertEquals(TeamReplies.ONLY_OWNER, lastToast());
    assertTrue(world.teamInvites.digests().size() == 2, "only the owner's two invites exist");
  }

  @Test
  @DisplayName(
      "a removed member pressing an old button gets a toast; the owner cannot remove someone of another cabinet")
  void oldButtons() {
    joinByInvite(BORIS);
    world.press(ANNA, 7, TeamActions.removeConfirmed(BORIS));
    world.press(BORIS, 9, TeamActions.LEAVE_CONFIRMED);
    assertEquals(TeamReplies.NOT_IN_TEAM, lastToast());
    world.text(GLEB, "/start");
    world.text(GLEB, otherToken);
    world.press(ANNA, 7, TeamActions.removeConfirmed(GLEB));
    assertEquals(TeamReplies.NO_SUCH_MEMBER, lastToast());
    assertEquals(OTHER, seller(GLEB).cabinet());
  }

  @Test
  @DisplayName("a member leaves after confirming; the others are told")
  void leave() {
    joinByInvite(BORIS);
    world.press(BORIS, 5, TeamActions.LEAVE);
    assertEquals(SHOP, seller(BORIS).cabinet(), "nothing happens before the confirmation");
    world.press(BORIS, 5, TeamActions.LEAVE_CONFIRMED);
    assertEquals(OnboardingState.AWAITING_TOKEN, seller(BORIS).state());
    assertTrue(told(BORIS, "Вы покинули кабинет"));
    assertTrue(told(ANNA, "покинул команду"));
    assertEquals(Optional.of(ANNA), owner());
  }

  @Test
  @DisplayName(
      "the owner leaves: the earliest remaining member owns the cabinet and is told; the others hear who")
  void ownerLeaves() {
    joinByInvite(BORIS);
    joinByInvite(VERA);
    world.press(ANNA, 3, TeamActions.LEAVE);
    assertTrue(world.chat.last(ANNA).text().contains("Владельцем станет <b>Seller 2002</b>"));
    world.press(ANNA, 3, TeamActions.LEAVE_CONFIRMED);
    assertEquals(Optional.of(BORIS), owner());
    assertTrue(told(BORIS, "Теперь вы владелец"));
    assertTrue(told(VERA, "Новый владелец кабинета <b>Лето</b> — <b>Seller 2002</b>"));
  }

  @Test
  @DisplayName(
      "the owner blocks the bot: the earliest remaining member owns the cabinet and is told")
  void ownerBlocks() {
    joinByInvite(BORIS);
    world.conversation.handle(new BotBlocked(999, ANNA, true));
    assertEquals(Optional.of(BORIS), owner());
    assertTrue(told(BORIS, "Теперь вы владелец"));
  }

  @Test
  @DisplayName(
      "an owner the bot could not reach with a notification is replaced the next time a member opens the team")
  void ownerUnreachableAtDispatch() {
    joinByInvite(BORIS);
    world.sellers.save(seller(ANNA).unreachable()); // what dispatch records on Telegram's 403
    world.text(BORIS, "/team");
    assertEquals(Optional.of(BORIS), owner());
    assertTrue(told(BORIS, "Теперь вы владелец"));
    assertTrue(world.chat.last(BORIS).text().contains("👑 <b>Seller 2002</b> — владелец (вы)"));
  }

  @Test
  @DisplayName("the last member leaves: no owner until someone joins, who then owns it")
  void lastMemberLeaves() {
    world.press(ANNA, 3, TeamActions.LEAVE_CONFIRMED);
    assertEquals(Optional.empty(), owner());
    world.text(BORIS, "/start");
    world.text(BORIS, token);
    assertEquals(Optional.of(BORIS), owner());
  }

  @Test
  @DisplayName(
      "the owner moving to another shop by token hands the cabinet on; the team is told she left")
  void ownerMovesByToken() {
    joinByInvite(BORIS);
    world.text(ANNA, otherToken);
    assertEquals(OTHER, seller(ANNA).cabinet());
    assertEquals(Optional.of(BORIS), owner());
    assertTrue(told(BORIS, "покинул команду"));
    assertTrue(told(BORIS, "Теперь вы владелец"));
  }

  @Test
  @DisplayName("everyone sees the member list; /team opens it")
  void memberList() {
    joinByInvite(BORIS);
    world.text(BORIS, "/team");
    String html = world.chat.last(BORIS).text();
    assertTrue(html.contains("👑 <b>Seller 1001</b> — владелец"), html);
    assertTrue(html.contains("<b>Seller 2002</b> (вы)"), html);
  }
}
