package com.wbassist.adapter.wb;

import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;

/**
 * Turns one WB answer, streamed, into what the port returns: the whole page (its unreadable rows
 * named) or an exception, never a part of it.
 */
@FunctionalInterface
interface BodyReader<T> {
  T read(JsonParser parser) throws IOException;
}
