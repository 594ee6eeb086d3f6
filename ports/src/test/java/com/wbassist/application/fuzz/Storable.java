package com.wbassist.application.fuzz;

import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * Whether a value read from outside is whole and can be stored as it is: every text free of U+0000
 * and of lone UTF-16 surrogates (PostgreSQL's {@code text} refuses both), every amount within
 * {@code numeric}'s sane range (at most 15 digits before the point, 10 after), walked through
 * records, collections and optionals. What a fuzz run calls "nothing half-built".
 */
public final class Storable {
  private Storable() {}

  /** The first thing about {@code value} that could not be stored, or empty when all can be. */
  public static Optional<String> problem(Object value) {
    return problem(value, value == null ? "null" : value.getClass().getSimpleName(), 0);
  }

  private static Optional<String> problem(Object value, String path, int depth) {
    if (value == null || depth > 20) {
      return Optional.empty();
    }
    if (value instanceof String text) {
      return textProblem(text).map(p -> path + ": " + p);
    }
    if (value instanceof BigDecimal amount) {
      int digits = amount.precision() - amount.scale();
      return digits > 15 || amount.scale() > 10
          ? Optional.of(
              path + ": amount out of range (" + digits + " digits, scale " + amount.scale() + ")")
          : Optional.empty();
    }
    if (value instanceof Optional<?> optional) {
      return optional.flatMap(inner -> problem(inner, path, depth + 1));
    }
    if (value instanceof Collection<?> items) {
      int i = 0;
      for (Object item : items) {
        Optional<String> found = problem(item, path + "[" + i++ + "]", depth + 1);
        if (found.isPresent()) {
          return found;
        }
      }
      return Optional.empty();
    }
    if (value instanceof Map<?, ?> map) {
      return problem(map.values(), path, depth + 1);
    }
    if (value.getClass().isRecord()) {
      for (RecordComponent component : value.getClass().getRecordComponents()) {
        try {
          Object part = component.getAccessor().invoke(value);
          Optional<String> found = problem(part, path + "." + component.getName(), depth + 1);
          if (found.isPresent()) {
            return found;
          }
        } catch (ReflectiveOperationException unreachable) {
          return Optional.of(path + "." + component.getName() + ": " + unreachable);
        }
      }
    }
    return Optional.empty();
  }

  private static Optional<String> textProblem(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\u0000') {
        return Optional.of("NUL at " + i);
      }
      if (Character.isHighSurrogate(c)) {
        if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
          i++;
        } else {
          return Optional.of("lone surrogate at " + i);
        }
      } else if (Character.isLowSurrogate(c)) {
        return Optional.of("lone surrogate at " + i);
      }
    }
    return Optional.empty();
  }
}
