package com.wbassist.adapter.telegram;

import java.io.IOException;
import java.net.Authenticator;
import java.net.CookieHandler;
import java.net.ProxySelector;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;

/**
 * The client's HTTP stack, noting when each Bot API message leaves: the limiter's side of the
 * benchmark.
 */
final class DepartureRecordingHttpClient extends HttpClient {
  /**
   * The chat the calling thread is sending to (the client calls {@code send} on the caller's
   * thread).
   */
  static final ThreadLocal<Long> CHAT = ThreadLocal.withInitial(() -> 0L);

  private final HttpClient delegate;
  private final List<MessageSpread.Sent> departures = new ArrayList<>();

  DepartureRecordingHttpClient(HttpClient delegate) {
    this.delegate = delegate;
  }

  synchronized List<MessageSpread.Sent> departures() {
    return List.copyOf(departures);
  }

  @Override
  public <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler)
      throws IOException, InterruptedException {
    String path = request.uri().getPath();
    if (path.endsWith("/sendPhoto") || path.endsWith("/sendMessage")) {
      long now = System.nanoTime();
      synchronized (this) {
        departures.add(new MessageSpread.Sent(CHAT.get(), now));
      }
    }
    return delegate.send(request, handler);
  }

  @Override
  public <T> CompletableFuture<HttpResponse<T>> sendAsync(
      HttpRequest request, HttpResponse.BodyHandler<T> handler) {
    return delegate.sendAsync(request, handler);
  }

  @Override
  public <T> CompletableFuture<HttpResponse<T>> sendAsync(
      HttpRequest request,
      HttpResponse.BodyHandler<T> handler,
      HttpResponse.PushPromiseHandler<T> push) {
    return delegate.sendAsync(request, handler, push);
  }

  @Override
  public Optional<CookieHandler> cookieHandler() {
    return delegate.cookieHandler();
  }

  @Override
  public Optional<Duration> connectTimeout() {
    return delegate.connectTimeout();
  }

  @Override
  public Redirect followRedirects() {
    return delegate.followRedirects();
  }

  @Override
  public Optional<ProxySelector> proxy() {
    return delegate.proxy();
  }

  @Override
  public SSLContext sslContext() {
    return delegate.sslContext();
  }

  @Override
  public SSLParameters sslParameters() {
    return delegate.sslParameters();
  }

  @Override
  public Optional<Authenticator> authenticator() {
    return delegate.authenticator();
  }

  @Override
  public Version version() {
    return delegate.version();
  }

  @Override
  public Optional<Executor> executor() {
    return delegate.executor();
  }
}
