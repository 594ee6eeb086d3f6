package com.wbassist.domain.notification;

import com.wbassist.domain.chat.Button;
import com.wbassist.domain.chat.Keyboard;
import java.util.ArrayList;
import java.util.List;

/**
 * The button under a running-out notification that silences the product's stock alerts for whoever
 * presses it (docs/decisions/0623). Its data names the product only — never a seller — so a
 * forwarded message cannot change anyone else's settings.
 */
public final class QuietProductButton {
  /** What the data starts with; the product's {@code nmId} follows. */
  public static final String PREFIX = "quiet:";

  static final String TEXT = "🔕 Не сообщать об остатках";

  private QuietProductButton() {}

  public static String data(long nmId) {
    return PREFIX + nmId;
  }

  /** The keyboard with the silencing button in a row of its own, below the others. */
  static Keyboard under(Keyboard keyboard, long nmId) {
    List<List<Button>> rows = new ArrayList<>(keyboard.rows());
    rows.add(List.of(Button.action(TEXT, data(nmId))));
    return new Keyboard(rows);
  }
}
