package com.wbassist.adapter.telegram;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;

/**
 * Cuts Telegram HTML into pieces Telegram accepts. Its limits (4096 for a message, 1024 for a
 * caption) count the text after entity parsing, in UTF-16 code units, so tags count nothing and
 * {@code &amp;} counts one. A cut prefers a line break, then a space, in the second half of a
 * piece; it never splits a tag, an entity or a surrogate pair, and every piece is balanced: tags
 * open at a cut are closed before it and opened again after it.
 */
final class HtmlChunks {
  /** Telegram's limit on a message's text. */
  static final int MESSAGE_LIMIT = 4096;

  private record Token(String raw, int visible, String tagName, boolean opening, boolean closing) {
    boolean isLineBreak() {
      return "\n".equals(raw);
    }

    boolean isSpace() {
      return " ".equals(raw);
    }
  }

  private HtmlChunks() {}

  static int visibleLength(String html) {
    return tokenize(html).stream().mapToInt(Token::visible).sum();
  }

  static List<String> split(String html, int limit) {
    List<Token> tokens = tokenize(html);
    if (tokens.stream().mapToInt(Token::visible).sum() <= limit) {
      return List.of(html);
    }
    List<String> pieces = new ArrayList<>();
    Deque<Token> open = new ArrayDeque<>();
    int start = 0;
    while (start < tokens.size()) {
      int end = start;
      int visible = 0;
      int lineBreak = -1;
      int space = -1;
      while (end < tokens.size() && visible + tokens.get(end).visible() <= limit) {
        Token token = tokens.get(end);
        visible += token.visible();
        if (visible > limit / 2 && token.isLineBreak()) {
          lineBreak = end;
        } else if (visible > limit / 2 && token.isSpace()) {
          space = end;
        }
        end++;
      }
      int cut = end;
      int next = end;
      if (end < tokens.size() && (lineBreak >= 0 || space >= 0)) {
        cut = lineBreak >= 0 ? lineBreak : space;
        next = cut + 1; // the break itself is dropped: the piece boundary replaces it
      }
      if (cut == start) {
        cut =
            start
                + 1; // a single unit over the limit cannot happen with a limit of at least 2; stay
        // safe
        next = cut;
      }
      StringBuilder piece = new StringBuilder();
      open.forEach(tag -> piece.append(tag.raw()));
      for (int i = start; i < cut; i++) {
        Token token = tokens.get(i);
        piece.append(token.raw());
        track(open, token);
      }
      for (Iterator<Token> it = open.descendingIterator(); it.hasNext(); ) {
        piece.append("</").append(it.next().tagName()).append('>');
      }
      for (int i = cut; i < next; i++) {
        track(open, tokens.get(i));
      }
      pieces.add(piece.toString());
      start = next;
    }
    return pieces;
  }

  private static void track(Deque<Token> open, Token token) {
    if (token.opening()) {
      open.addLast(token);
    } else if (token.closing()) {
      for (Iterator<Token> it = open.descendingIterator(); it.hasNext(); ) {
        if (it.next().tagName().equals(token.tagName())) {
          it.remove();
          break;
        }
      }
    }
  }

  private static List<Token> tokenize(String html) {
    List<Token> tokens = new ArrayList<>();
    int i = 0;
    while (i < html.length()) {
      char c = html.charAt(i);
      int close;
      if (c == '<' && (close = html.indexOf('>', i)) > 0) {
        tokens.add(tag(html.substring(i, close + 1)));
        i = close + 1;
      } else if (c == '&' && (close = html.indexOf(';', i)) > 0 && close - i <= 10) {
        tokens.add(new Token(html.substring(i, close + 1), 1, null, false, false));
        i = close + 1;
      } else if (Character.isHighSurrogate(c) && i + 1 < html.length()) {
        tokens.add(new Token(html.substring(i, i + 2), 2, null, false, false));
        i += 2;
      } else {
        tokens.add(new Token(String.valueOf(c), 1, null, false, false));
        i++;
      }
    }
    return tokens;
  }

  private static Token tag(String raw) {
    boolean closing = raw.startsWith("</");
    boolean selfClosing = raw.endsWith("/>");
    String inner = raw.substring(closing ? 2 : 1, raw.length() - (selfClosing ? 2 : 1)).strip();
    int nameEnd = 0;
    while (nameEnd < inner.length() && !Character.isWhitespace(inner.charAt(nameEnd))) {
      nameEnd++;
    }
    String name = inner.substring(0, nameEnd);
    return new Token(raw, 0, name, !closing && !selfClosing, closing);
  }
}
