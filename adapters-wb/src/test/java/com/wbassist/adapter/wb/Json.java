package com.wbassist.adapter.wb;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.wbassist.application.port.out.WbPage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/** Runs a reader over a literal body, as {@link WbAnswers} would over a response. */
final class Json {
  static final JsonFactory FACTORY = new JsonFactory();

  private Json() {}

  /** The readable rows of a page the reader reads from a literal body. */
  static <T> List<T> rows(BodyReader<WbPage<T>> reader, String body) {
    return read(reader, body).rows();
  }

  static <T> T read(BodyReader<T> reader, String body) {
    try (JsonParser parser = FACTORY.createParser(body)) {
      return reader.read(parser);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
