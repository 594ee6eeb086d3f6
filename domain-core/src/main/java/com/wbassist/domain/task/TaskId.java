package com.wbassist.domain.task;

import com.wbassist.domain.cabinet.CabinetId;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A background task's id: 32 hex digits drawn at random, so an id is never guessed from another
 * (the API still answers only the task's own cabinet).
 */
public record TaskId(String value) {
  private static final Pattern FORM = Pattern.compile("[0-9a-f]{32}");

  public TaskId {
    Objects.requireNonNull(value, "value");
    if (!FORM.matcher(value).matches()) {
      throw new IllegalArgumentException("a task id is 32 lowercase hex digits");
    }
  }

  /**
   * The id under which a cabinet's primary sync is shown as a task: always the same for the cabinet
   * (the view has no row to keep a random one in), and of the same form as the others.
   */
  public static TaskId primarySyncOf(CabinetId cabinet) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest(("primary-sync:" + cabinet.sid()).getBytes(StandardCharsets.UTF_8));
      return new TaskId(HexFormat.of().formatHex(digest, 0, 16));
    } catch (NoSuchAlgorithmException impossible) {
      throw new IllegalStateException("every JVM has SHA-256", impossible);
    }
  }

  /** The id a client sent; empty when it cannot be one of ours. */
  public static java.util.Optional<TaskId> parse(String text) {
    if (text == null || !FORM.matcher(text).matches()) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(new TaskId(text));
  }

  @Override
  public String toString() {
    return value;
  }
}
