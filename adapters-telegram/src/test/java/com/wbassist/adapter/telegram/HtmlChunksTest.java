package com.wbassist.adapter.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class HtmlChunksTest {
  @Test
  @DisplayName("Telegram's length: tags count nothing, an entity counts one, an emoji two (UTF-16)")
  void visibleLength() {
    assertEquals(7, HtmlChunks.visibleLength("<b>a&amp;b</b> <i>c</i>🎉"));
  }

  @Test
  @DisplayName("a text within the limit is left alone")
  void short_() {
    assertEquals(List.of("<b>Меню</b>"), HtmlChunks.split("<b>Меню</b>", 4096));
  }

  @Test
  @DisplayName("a long text is cut at a line break in the second half, the break dropped")
  void atLineBreak() {
    String html = "a".repeat(60) + "\n" + "b".repeat(30) + "\n" + "c".repeat(30);
    assertEquals(
        List.of("a".repeat(60) + "\n" + "b".repeat(30), "c".repeat(30)),
        HtmlChunks.split(html, 100));
  }

  @Test
  @DisplayName("without a line break, at a space; without either, hard at the limit")
  void atSpaceOrHard() {
    assertEquals(
        List.of("x".repeat(70), "y".repeat(40)),
        HtmlChunks.split("x".repeat(70) + " " + "y".repeat(40), 100));
    assertEquals(List.of("z".repeat(100), "z".repeat(50)), HtmlChunks.split("z".repeat(150), 100));
  }

  @Test
  @DisplayName("tags open at a cut are closed before it and opened again after it, attributes kept")
  void balanced() {
    String html = "<a href=\"https://wb.ru\"><b>" + "w".repeat(150) + "</b></a> end";
    List<String> pieces = HtmlChunks.split(html, 100);
    assertEquals("<a href=\"https://wb.ru\"><b>" + "w".repeat(100) + "</b></a>", pieces.get(0));
    assertEquals("<a href=\"https://wb.ru\"><b>" + "w".repeat(50) + "</b></a> end", pieces.get(1));
  }

  @Test
  @DisplayName("entities and emoji are never cut in half, and every piece fits")
  void neverSplitsUnits() {
    String html = "&lt;🎉".repeat(200);
    List<String> pieces = HtmlChunks.split(html, 100);
    assertEquals(html, String.join("", pieces));
    pieces.forEach(p -> assertTrue(HtmlChunks.visibleLength(p) <= 100));
    pieces.forEach(p -> assertTrue(p.startsWith("&lt;") || p.startsWith("🎉")));
  }
}
