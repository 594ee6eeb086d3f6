package com.wbassist.domain.chat;

import java.util.List;

/** An inline keyboard: rows of buttons under a message. */
public record Keyboard(List<List<Button>> rows) {
  public Keyboard {
    rows = rows.stream().map(List::copyOf).toList();
  }

  public static Keyboard none() {
    return new Keyboard(List.of());
  }

  public static Keyboard of(List<Button> row) {
    return new Keyboard(List.of(row));
  }

  public boolean isEmpty() {
    return rows.isEmpty();
  }
}
