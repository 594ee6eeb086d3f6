package com.wbassist.app.web;

import com.wbassist.app.config.RunMode;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Map;

/**
 * The WAR's web pages and their files: {@code /} (the sandbox's chat in sandbox mode, a plain front
 * page in production), {@code /chat/…} (the chat's files, sandbox only), {@code /console/…} (the
 * operators' console, guarded in web.xml), {@code /ui/…} (files both share) and {@code /webjars/…}
 * (libraries vendored as WebJars). The REST application is served from the root ({@code /*}), so
 * these prefixes are mapped to this servlet explicitly; a longer servlet mapping wins.
 *
 * <p>Every page is sent with a Content-Security-Policy that allows only this server's own scripts,
 * styles, images and connections: the pages work without external network, and an injected {@code
 * <script>} in a bot message rendered as HTML would not run.
 */
@WebServlet(
    name = "web-pages",
    urlPatterns = {"", "/chat/*", "/console/*", "/ui/*", "/webjars/*"})
public class WebPages extends HttpServlet {
  private static final long serialVersionUID = 1L;

  static final String CONTENT_SECURITY_POLICY =
      "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self';"
          + " connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

  private static final Map<String, String> TYPES =
      Map.of(
          "html", "text/html;charset=UTF-8",
          "js", "text/javascript;charset=UTF-8",
          "css", "text/css;charset=UTF-8",
          "svg", "image/svg+xml",
          "png", "image/png",
          "ico", "image/x-icon",
          "json", "application/json;charset=UTF-8");

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String path = fileOf(request);
    if (path == null) {
      // "/console" without its slash: the page's relative links need the slash.
      response.sendRedirect(request.getContextPath() + request.getServletPath() + "/");
      return;
    }
    String type = typeOf(path);
    if (type == null
        || path.contains("/WEB-INF")
        || path.contains("/META-INF")
        || (path.startsWith("/chat/") && !RunMode.current().isSandbox())) {
      // The sandbox's chat is a tool beside the product: a production server does not serve it.
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    try (InputStream file = getServletContext().getResourceAsStream(path)) {
      if (file == null) {
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
        return;
      }
      response.setContentType(type);
      response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
      response.setHeader("X-Content-Type-Options", "nosniff");
      response.setHeader("Referrer-Policy", "same-origin");
      // Libraries are versioned by path; the product's own files change with each deployment.
      response.setHeader(
          "Cache-Control",
          path.startsWith("/webjars/") ? "public, max-age=86400" : "no-cache, private");
      file.transferTo(response.getOutputStream());
    }
  }

  /**
   * The file under the WAR's root that the request names, or {@code null} when it needs a slash.
   */
  private static String fileOf(HttpServletRequest request) {
    String servletPath = request.getServletPath();
    String pathInfo = request.getPathInfo();
    if (servletPath.isEmpty() && (pathInfo == null || pathInfo.equals("/"))) {
      return RunMode.current().isSandbox() ? "/chat/index.html" : "/ui/home.html";
    }
    if (pathInfo == null) {
      return null;
    }
    String path = servletPath + pathInfo;
    return path.endsWith("/") ? path + "index.html" : path;
  }

  private static String typeOf(String path) {
    int dot = path.lastIndexOf('.');
    return dot < 0 ? null : TYPES.get(path.substring(dot + 1).toLowerCase(Locale.ROOT));
  }
}
