package com.wbassist.app.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SellerApiCallerTest {
  @Test
  @DisplayName(
      "a login with the sellers' API role but no API key (an operator's own group) is refused 403, not a 500")
  void roleWithoutAKeyIsForbidden() {
    ApiProblemException refused =
        assertThrows(ApiProblemException.class, () -> SellerApiCaller.of(request(new HashMap<>())));
    assertEquals(403, refused.status());
    assertEquals("forbidden", refused.kind());
  }

  /** A request that keeps attributes and knows nothing else. */
  private static HttpServletRequest request(Map<String, Object> attributes) {
    return (HttpServletRequest)
        Proxy.newProxyInstance(
            SellerApiCallerTest.class.getClassLoader(),
            new Class<?>[] {HttpServletRequest.class},
            (proxy, method, args) ->
                switch (method.getName()) {
                  case "getAttribute" -> attributes.get((String) args[0]);
                  case "setAttribute" -> attributes.put((String) args[0], args[1]);
                  default -> throw new UnsupportedOperationException(method.getName());
                });
  }
}
