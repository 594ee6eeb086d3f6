package com.wbassist.adapter.wb;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.wbassist.domain.market.CardCursor;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Optional;

/** The JSON bodies of WB's POST methods. */
final class WbRequests {
  private final JsonFactory json;

  WbRequests(JsonFactory json) {
    this.json = json;
  }

  /**
   * {@code
   * {"settings":{"sort":{"ascending":true},"filter":{"withPhoto":-1},"cursor":{"limit":…}}}}, with
   * the last page's {@code updatedAt} and {@code nmID} in the cursor after the first page. {@code
   * withPhoto} is -1 because WB's default, 0, would list only the cards without a photo.
   */
  String cards(Optional<CardCursor> after, int limit) {
    return write(
        generator -> {
          generator.writeObjectFieldStart("settings");
          generator.writeObjectFieldStart("sort");
          generator.writeBooleanField("ascending", true);
          generator.writeEndObject();
          generator.writeObjectFieldStart("filter");
          generator.writeNumberField("withPhoto", -1);
          generator.writeEndObject();
          generator.writeObjectFieldStart("cursor");
          generator.writeNumberField("limit", limit);
          if (after.isPresent()) {
            generator.writeStringField("updatedAt", after.get().updatedAt().toString());
            generator.writeNumberField("nmID", after.get().nmId());
          }
          generator.writeEndObject();
          generator.writeEndObject();
        });
  }

  /** {@code {"limit":…,"offset":…}}: every size in every WB warehouse, one slice of the report. */
  String stocks(int offset, int limit) {
    return write(
        generator -> {
          generator.writeNumberField("limit", limit);
          generator.writeNumberField("offset", offset);
        });
  }

  private interface Fields {
    void write(JsonGenerator generator) throws IOException;
  }

  private String write(Fields fields) {
    StringWriter out = new StringWriter();
    try (JsonGenerator generator = json.createGenerator(out)) {
      generator.writeStartObject();
      fields.write(generator);
      generator.writeEndObject();
    } catch (IOException impossible) {
      throw new UncheckedIOException(impossible);
    }
    return out.toString();
  }
}
