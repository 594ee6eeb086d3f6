package com.wbassist.domain.task;

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
