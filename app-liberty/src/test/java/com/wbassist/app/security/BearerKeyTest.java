package com.wbassist.app.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class BearerKeyTest {
  @Test
  @DisplayName("the key of a Bearer header is read whatever the scheme's case")
  void bearer() {
    assertEquals(Optional.of("wba_x_y"), BearerKey.from("Bearer wba_x_y"));
    assertEquals(Optional.of("wba_x_y"), BearerKey.from("bearer   wba_x_y "));
  }

  @Test
  @DisplayName("Basic, an empty Bearer and no header are no API key")
  void notBearer() {
    assertTrue(BearerKey.from(null).isEmpty());
    assertTrue(BearerKey.from("Basic YWRtaW46c2FuZGJveA==").isEmpty());
    assertTrue(BearerKey.from("Bearer ").isEmpty());
    assertTrue(BearerKey.from("Bearer").isEmpty());
  }
}
