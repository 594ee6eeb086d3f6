package com.wbassist.app.security;

import com.wbassist.app.config.RunMode;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.SessionCookieConfig;
import jakarta.servlet.annotation.WebListener;

/**
 * The session cookie the console signs in with: unreadable by scripts ({@code HttpOnly}), never
 * sent with a request another site starts ({@code SameSite=Strict}), and only over HTTPS ({@code
 * Secure}) outside the sandbox — the sandbox runs on plain {@code http://localhost}. Only the
 * console opens sessions; nothing else in the WAR uses one.
 */
@WebListener
public class ConsoleSessionCookie implements ServletContextListener {
  @Override
  public void contextInitialized(ServletContextEvent event) {
    SessionCookieConfig cookie = event.getServletContext().getSessionCookieConfig();
    cookie.setHttpOnly(true);
    cookie.setSecure(!RunMode.current().isSandbox());
    cookie.setAttribute("SameSite", "Strict");
  }
}
