package com.wbassist.app.security;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The addresses the console's sign-in concerns, on the container's decoded, canonical path (servlet
 * path and path info: matrix parameters, encodings and doubled slashes already removed).
 */
final class ConsolePaths {
  static final String LOGIN_PAGE = "/console/login.html";
  static final String LOGIN = "/console/login";
  static final String LOGOUT = "/console/logout";
  static final String HOME = "/console/";

  private ConsolePaths() {}

  static String of(HttpServletRequest request) {
    return (request.getServletPath() == null ? "" : request.getServletPath())
        + (request.getPathInfo() == null ? "" : request.getPathInfo());
  }

  static boolean isConsole(String path) {
    return path.equals("/console") || path.startsWith("/console/");
  }

  static boolean isAdminApi(String path) {
    return path.equals("/api/admin") || path.startsWith("/api/admin/");
  }

  /** Where a console signed in by session may go: its pages and the admin API they call. */
  static boolean signedInMayReach(String path) {
    return isConsole(path) || isAdminApi(path);
  }
}
