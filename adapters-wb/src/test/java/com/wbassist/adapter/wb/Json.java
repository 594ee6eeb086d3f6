package com.wbassist.adapter.wb;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Runs a reader over a literal body, as {@link WbAnswers} would over a response. */
final class Json {
  static final JsonFactory FACTORY = new JsonFactory();

  private Json() {}

  static <T> T read(BodyReader<T> reader, String body) {
    try (JsonParser parser = FACTORY.createParser(body)) {
      return reader.read(parser);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
