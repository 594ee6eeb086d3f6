package com.wbassist.adapter.wb;

import com.fasterxml.jackson.core.JsonFactory;
import com.wbassist.application.port.out.WbAccess;
import com.wbassist.application.port.out.WbUnavailableException;
import com.wbassist.domain.cabinet.ApiToken;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.Optional;
import java.util.function.BiFunction;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.faulttolerance.exceptions.FaultToleranceException;

/**
 * Every call to WB goes through here: wait for the account's slot in the endpoint's budget, send
 * through the host's fault-tolerance boundary, sit out a 429 for as long as WB says (fault
 * tolerance cannot honour a server's delay), and hand the core only the port's two exceptions. The
 * token is revealed here and only here, into the header.
 */
@ApplicationScoped
class WbGateway {
  private final WbSettings settings;
  private final WbHosts hosts;
  private final WbClients clients;
  private final WbAnswers answers;
  private final WbRequests requests;
  private final RequestBudget budget;
  private final Sleeper sleeper;

  @Inject
  WbGateway(Config config, WbHosts hosts) {
    this(WbSettings.from(config), hosts, Sleeper.THREAD, Ticker.SYSTEM);
  }

  WbGateway(WbSettings settings, WbHosts hosts, Sleeper sleeper, Ticker ticker) {
    JsonFactory json = new JsonFactory();
    this.settings = settings;
    this.hosts = hosts;
    this.clients = new WbClients(settings);
    this.answers = new WbAnswers(json);
    this.requests = new WbRequests(json);
    this.budget = new RequestBudget(settings, ticker);
    this.sleeper = sleeper;
  }

  /** For the CDI proxy only. */
  protected WbGateway() {
    this.settings = null;
    this.hosts = null;
    this.clients = null;
    this.answers = null;
    this.requests = null;
    this.budget = null;
    this.sleeper = null;
  }

  @PreDestroy
  void close() {
    clients.close();
  }

  WbSettings settings() {
    return settings;
  }

  WbRequests requests() {
    return requests;
  }

  /** A call on a cabinet's behalf: its budget, its token. */
  <T> T call(
      WbAccess access,
      WbEndpoint endpoint,
      BiFunction<WbClients, String, Response> send,
      BodyReader<T> reader,
      T whenEmpty) {
    return call(access.cabinet().sid(), access.token(), endpoint, send, reader, whenEmpty);
  }

  /**
   * @param account whose budget the call spends: the cabinet's sid, or a stand-in for a token not
   *     yet linked to one
   * @param send the Rest Client call, given the clients and the raw token
   * @param whenEmpty what a 204 means, {@code null} where WB must send a body
   */
  <T> T call(
      String account,
      ApiToken token,
      WbEndpoint endpoint,
      BiFunction<WbClients, String, Response> send,
      BodyReader<T> reader,
      T whenEmpty) {
    WbAttempt<T> attempt =
        () -> answers.read(endpoint, send(endpoint, send, token), reader, whenEmpty);
    int throttled = 0;
    while (true) {
      waitForSlot(account, endpoint);
      try {
        return onHost(endpoint.host(), attempt);
      } catch (WbThrottled answer) {
        WbMarketDataAdapter.RATE_LIMITED.incrementAndGet();
        budget.holdOff(account, endpoint, answer.retryAfter());
        throttled++;
        if (throttled >= settings.maxThrottledAttempts()) {
          throw new WbRateLimitedException(
              endpoint.label() + ": WB answered 429 " + throttled + " times in a row");
        }
      } catch (WbServerTrouble trouble) {
        throw new WbUnavailableException(trouble.getMessage() + "; retries exhausted", trouble);
      } catch (FaultToleranceException refused) {
        throw new WbUnavailableException(
            endpoint.label()
                + ": "
                + refused.getClass().getSimpleName()
                + " on "
                + endpoint.host().name().toLowerCase()
                + " host: "
                + refused.getMessage(),
            refused);
      }
    }
  }

  private Response send(
      WbEndpoint endpoint, BiFunction<WbClients, String, Response> send, ApiToken token) {
    try {
      return send.apply(clients, token.reveal());
    } catch (ProcessingException broken) {
      Throwable cause = broken.getCause() == null ? broken : broken.getCause();
      throw new WbServerTrouble(endpoint.label() + ": no answer from WB: " + cause, broken);
    }
  }

  private void waitForSlot(String account, WbEndpoint endpoint) {
    Optional<Duration> wait = budget.reserve(account, endpoint, settings.maxWait());
    if (wait.isEmpty()) {
      throw new WbRateLimitedException(
          endpoint.label()
              + ": WB's rate limit allows this account's next request in "
              + budget.nextSlotIn(account, endpoint).toSeconds()
              + " s, longer than wb.throttle.max-wait-ms");
    }
    if (!wait.get().isZero()) {
      try {
        sleeper.sleep(wait.get());
      } catch (InterruptedException interrupted) {
        Thread.currentThread().interrupt();
        throw new WbUnavailableException(
            endpoint.label() + ": interrupted while waiting for WB's rate limit");
      }
    }
  }

  private <T> T onHost(WbHost host, WbAttempt<T> attempt) {
    return switch (host) {
      case STATISTICS -> hosts.statistics(attempt);
      case FEEDBACKS -> hosts.feedbacks(attempt);
      case CONTENT -> hosts.content(attempt);
      case ANALYTICS -> hosts.analytics(attempt);
      case COMMON -> hosts.common(attempt);
    };
  }
}
