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

  /**
   * The request's caller. Only an API key brings one; a login that has the role some other way (an
   * operator whose own directory puts them in a group named {@code seller-api}) opens no cabinet
   * and is refused with 403, never answered with another's data nor a 500.
   */
  static ApiCaller of(HttpServletRequest request) {
    Object caller = request.getAttribute(ATTRIBUTE);
    if (caller instanceof ApiCaller known) {
      return known;
    }
    throw new ApiProblemException(
        "forbidden",
        "Only an API key opens the sellers' API",
        403,
        "this login is not an API key of a cabinet");
  }
}
