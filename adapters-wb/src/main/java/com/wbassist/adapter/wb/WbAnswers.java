package com.wbassist.adapter.wb;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.wbassist.application.port.out.WbTokenRejectedException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * What one WB answer means: 2xx a body to read (204 the empty page), 401/403 a refused token, 429 a
 * wait, 5xx and broken connections trouble worth retrying, any other status a refused request. A
 * body that is not what WB documents is a malformed response; a connection that breaks while the
 * body streams in is trouble, not malformation.
 */
final class WbAnswers {
  private static final Duration DEFAULT_RETRY = Duration.ofSeconds(1);

  private final JsonFactory json;

  WbAnswers(JsonFactory json) {
    this.json = json;
  }

  /**
   * @param whenEmpty the page a 204 stands for; {@code null} when a body is required
   */
  <T> T read(WbEndpoint endpoint, Response response, BodyReader<T> reader, T whenEmpty) {
    try (response) {
      int status = response.getStatus();
      if (status == 204 && whenEmpty != null) {
        return whenEmpty;
      }
      if (status >= 200 && status < 300) {
        return body(endpoint, response, reader);
      }
      throw failure(endpoint, response, status);
    }
  }

  private <T> T body(WbEndpoint endpoint, Response response, BodyReader<T> reader) {
    if (!response.hasEntity()) {
      throw new WbMalformedResponseException(
          endpoint, response.getStatus() + " without a body", null);
    }
    try (InputStream in = response.readEntity(InputStream.class)) {
      return readBody(endpoint, in, reader);
    } catch (IOException | ProcessingException broken) {
      throw new WbServerTrouble(
          endpoint.label() + ": the connection broke while reading the answer: " + broken, broken);
    }
  }

  /**
   * A 2xx body as the port's page: read whole, its unreadable rows named, or refused whole with
   * {@link WbMalformedResponseException} when it is not JSON, is cut short or has the wrong shape.
   *
   * @throws IOException when the stream itself breaks (trouble, worth retrying)
   */
  <T> T readBody(WbEndpoint endpoint, InputStream in, BodyReader<T> reader) throws IOException {
    try (JsonParser parser = json.createParser(in)) {
      return reader.read(parser);
    } catch (JsonProcessingException notJson) {
      throw new WbMalformedResponseException(endpoint, notJson.getOriginalMessage(), notJson);
    } catch (CharConversionException notText) {
      // Bytes that are no text in the encoding the parser detected: not JSON, not a broken line.
      throw new WbMalformedResponseException(endpoint, notText.getMessage(), notText);
    } catch (WbBodyProblem problem) {
      throw new WbMalformedResponseException(endpoint, problem.getMessage(), null);
    }
  }

  private RuntimeException failure(WbEndpoint endpoint, Response response, int status) {
    String detail = WbErrorBody.describe(json, errorBody(response));
    if (status == 401 || status == 403) {
      return new WbTokenRejectedException(
          endpoint.label() + ": WB refused the token (" + status + ": " + detail + ")");
    }
    if (status == 429) {
      return new WbThrottled(endpoint, retryAfter(response));
    }
    if (status >= 500 || status == 408) {
      return new WbServerTrouble(
          endpoint.label() + ": WB answered " + status + " (" + detail + ")");
    }
    return new WbRequestRefusedException(endpoint, status, detail);
  }

  private static String errorBody(Response response) {
    if (!response.hasEntity()) {
      return "";
    }
    try (InputStream in = response.readEntity(InputStream.class)) {
      return new String(in.readNBytes(WbErrorBody.MAX_BODY), StandardCharsets.UTF_8);
    } catch (IOException | ProcessingException unreadable) {
      return "";
    }
  }

  /**
   * WB's own {@code X-Ratelimit-Retry} (seconds), else a standard {@code Retry-After} in seconds,
   * else one second.
   */
  static Duration retryAfter(Response response) {
    for (String header : new String[] {"X-Ratelimit-Retry", "Retry-After"}) {
      String value = response.getHeaderString(header);
      if (value != null && !value.isBlank()) {
        try {
          double seconds = Double.parseDouble(value.strip());
          if (seconds >= 0 && !Double.isInfinite(seconds)) {
            return Duration.ofMillis((long) Math.ceil(seconds * 1000));
          }
        } catch (NumberFormatException httpDateOrGarbage) {
          // an HTTP-date Retry-After is not worth parsing: WB sends seconds
        }
      }
    }
    return DEFAULT_RETRY;
  }
}
