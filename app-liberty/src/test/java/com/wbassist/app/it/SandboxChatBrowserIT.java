package com.wbassist.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.wbassist.app.it.browser.RealBrowser;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;

/**
 * The newcomer's journey in a real browser, on the deployed WAR: open {@code /}, open a demo shop
 * and read its token off the page, {@code /start} and paste it, watch the progress message change
 * in place and the token message vanish, get «Готово», open the settings with an inline button,
 * make a new order happen in the shop, sync now, and receive the order with its photo — then invite
 * a manager, whose chat opens beside the owner's from the invite link.
 */
class SandboxChatBrowserIT extends OnTheBuiltWar {
  private static final Duration NOTIFIED_WITHIN = Duration.ofSeconds(90);

  @Test
  @DisplayName(
      "a newcomer reaches a delivered order notification with its photo in the browser, without"
          + " curl")
  void newcomer() throws Exception {
    RealBrowser.requireChromium();
    try (RealBrowser browser = RealBrowser.open("ru")) {
      try {
        journey(browser);
      } catch (AssertionError | Exception failed) {
        browser.keepForFailure("newcomer");
        throw failed;
      }
    }
  }

  private void journey(RealBrowser browser) throws Exception {
    long opened = System.nanoTime();
    browser.go(at("/").toString());
    WebElement owner = browser.find(By.cssSelector(".chat[data-connection='online']"));
    browser.screenshot("newcomer-1-page");

    // WB's cabinet shows the token; the page pastes nothing for the seller.
    browser.find(By.id("open-demo")).click();
    String token =
        browser.waitFor(
            d -> {
              String value = d.findElement(By.id("token")).getAttribute("value");
              return value == null || value.isBlank() ? null : value;
            });
    assertTrue(token.startsWith("eyJ"), token);
    assertTrue(owner.findElements(By.cssSelector(".message")).isEmpty(), "nothing was sent");
    browser.screenshot("newcomer-2-token");

    WebElement input = owner.findElement(By.cssSelector(".composer .input"));
    input.sendKeys("/start", Keys.ENTER);
    waitForBotText(browser, owner, "токен WB API");

    // Every message node drawn from now on, with its id and text: an edit redraws the same id.
    browser.script(
        "window.drawn = [];"
            + "new MutationObserver(records => records.forEach(r => r.addedNodes.forEach(n => {"
            + "  if (n.dataset && n.dataset.messageId) window.drawn.push("
            + "    {id: n.dataset.messageId, seller: n.classList.contains('from-seller'),"
            + "     text: n.textContent});"
            + "}))).observe(arguments[0].querySelector('.messages'), {childList: true});",
        owner);
    input.sendKeys(token, Keys.ENTER);
    waitForBotText(browser, owner, "Готово!");
    browser.screenshot("newcomer-3-ready");

    @SuppressWarnings("unchecked")
    List<Map<String, Object>> drawn =
        (List<Map<String, Object>>) browser.script("return window.drawn;");
    assertTrue(
        drawn.stream()
            .anyMatch(n -> Boolean.TRUE.equals(n.get("seller")) && text(n).contains(token)),
        "the pasted token showed in the chat first: " + drawn);
    assertFalse(
        owner.getText().contains(token.substring(0, 40)), "the bot deleted the token message");
    String progressId =
        drawn.stream()
            .filter(n -> text(n).contains("Токен принят"))
            .map(n -> (String) n.get("id"))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no progress message: " + drawn));
    List<String> progressTexts =
        drawn.stream().filter(n -> progressId.equals(n.get("id"))).map(this::text).toList();
    assertTrue(
        progressTexts.size() >= 2
            && progressTexts.get(progressTexts.size() - 1).contains("Загрузка"),
        "the progress message changed in place: " + progressTexts);
    assertEquals(
        1,
        owner
            .findElements(By.cssSelector(".message[data-message-id='" + progressId + "']"))
            .size());

    // An inline button: the main menu's settings.
    lastKey(owner, "Настройки").click();
    waitForBotText(browser, owner, "Уведомления");
    browser.screenshot("newcomer-4-settings");

    // The shop panel: a new order, then sync now; the order comes with its product's photo.
    browser.find(By.cssSelector(".happening[data-kind='order']")).click();
    browser.waitFor(d -> d.findElement(By.id("shop-log")).getText().contains("новый заказ"));
    browser.find(By.id("sync-now")).click();
    WebElement photo =
        browser.waitFor(NOTIFIED_WITHIN, d -> settled(() -> orderPhoto(browser, owner)));
    // The figure: a newcomer reaches a delivered notification within two minutes.
    System.out.printf(
        "newcomer: page opened to the order notification with its photo in %d s%n",
        Duration.ofNanos(System.nanoTime() - opened).toSeconds());
    browser.script("arguments[0].scrollIntoView({block: 'center'});", photo);
    browser.screenshot("newcomer-5-order");

    // A pinned message (today's summary, asked for now) shows above the chat, as in Telegram.
    postJson("/api/sandbox/chats/" + owner.getAttribute("data-chat-id") + "/daily-summary", "{}");
    browser.waitFor(
        d ->
            settled(
                () -> {
                  WebElement pinned = owner.findElement(By.cssSelector(".pinned-bar"));
                  return pinned.isDisplayed() && pinned.getText().contains("Итоги дня");
                }));

    // A team: the owner invites, the invite link opens a manager's chat beside the owner's.
    // (The settings screen took the menu's place, as the bot edits its menus in place.)
    input.sendKeys("/team", Keys.ENTER);
    browser.waitFor(d -> settled(() -> !keys(owner, "Пригласить").isEmpty()));
    lastKey(owner, "Пригласить").click();
    WebElement link =
        browser.waitFor(
            d ->
                settled(
                    () ->
                        owner.findElements(By.cssSelector(".from-bot .text a")).stream()
                            .filter(a -> a.getText().contains("?start=team_"))
                            .reduce((first, second) -> second)
                            .orElse(null)));
    link.click();
    WebElement manager =
        browser.waitFor(
            d -> {
              List<WebElement> chats = d.findElements(By.cssSelector(".chat"));
              return chats.size() == 2 ? chats.get(1) : null;
            });
    waitForBotText(browser, manager, "Вы в команде");
    waitForBotText(browser, owner, "присоединился по приглашению");
    browser.screenshot("newcomer-6-team");
    browser.script("arguments[0].scrollIntoView({block: 'center'});", photo);
    browser.screenshot("newcomer-7-together");
  }

  private static WebElement orderPhoto(RealBrowser browser, WebElement chat) {
    return chat.findElements(By.cssSelector(".from-bot .bubble.with-photo")).stream()
        .filter(b -> b.getText().contains("Новый заказ"))
        .map(b -> b.findElement(By.cssSelector("img.photo")))
        .filter(
            img ->
                Boolean.TRUE.equals(
                    browser.script(
                        "return arguments[0].complete && arguments[0].naturalWidth > 0;", img)))
        .findFirst()
        .orElse(null);
  }

  private String text(Map<String, Object> node) {
    return String.valueOf(node.get("text"));
  }

  private static void waitForBotText(RealBrowser browser, WebElement chat, String text) {
    browser.waitFor(
        Duration.ofSeconds(60),
        d ->
            settled(
                () ->
                    chat.findElements(By.cssSelector(".from-bot .text")).stream()
                        .anyMatch(t -> t.getText().contains(text))));
  }

  /**
   * A look at the chat, or {@code null} when a message was redrawn while it was read (an edit
   * replaces the message's element): the wait looks again.
   */
  private static <T> T settled(Supplier<T> look) {
    try {
      return look.get();
    } catch (StaleElementReferenceException redrawn) {
      return null;
    }
  }

  private static List<WebElement> keys(WebElement chat, String label) {
    return chat.findElements(By.cssSelector(".from-bot .key")).stream()
        .filter(k -> k.getText().contains(label))
        .toList();
  }

  /** The newest inline button whose label has {@code label}. */
  private static WebElement lastKey(WebElement chat, String label) {
    List<WebElement> keys = keys(chat, label);
    if (keys.isEmpty()) {
      throw new AssertionError("no button «" + label + "» in " + chat.getText());
    }
    return keys.get(keys.size() - 1);
  }
}
