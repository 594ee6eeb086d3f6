package com.wbassist.app.api;

import com.wbassist.domain.apikey.ApiCaller;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The caller of a sellers' API request, as the authentication mechanism found it: kept on the
 * request, so a resource reads the cabinet the key opens, never one a parameter names.
 */
public final class SellerApiCaller {
  static final String ATTRIBUTE = SellerApiCaller.class.getName();

  private SellerApiCaller() {}

  public static void remember(HttpServletRequest request, ApiCaller caller) {
    request.setAttribute(ATTRIBUTE, caller);
  }

  /** The request's caller; a request without one never reaches a resource of the role. */
  static ApiCaller of(HttpServletRequest request) {
    Object caller = request.getAttribute(ATTRIBUTE);
    if (caller instanceof ApiCaller known) {
      return known;
    }
    throw new IllegalStateException("a sellers' API request without its API key's caller");
  }
}
