package com.wbassist.adapter.wb;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * A WB-shaped orders page of any size, every field the spec lists, values varied the way a big
 * cabinet's are: a few hundred products, a few dozen warehouses and regions, times climbing a
 * second per row.
 */
final class OrdersPageFixture {
  private static final DateTimeFormatter NAIVE =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");
  private static final String[] WAREHOUSES = {
    "Коледино",
    "Подольск",
    "Электросталь",
    "Казань",
    "Краснодар",
    "Тула",
    "Невинномысск",
    "Екатеринбург - Испытателей 14г",
    "Новосибирск",
    "Хабаровск",
    "Санкт-Петербург Уткина Заводь"
  };
  private static final String[] REGIONS = {
    "Московская",
    "Ленинградская",
    "Краснодарский край",
    "Татарстан",
    "Свердловская",
    "Новосибирская",
    "Ростовская",
    "Самарская",
    "Нижегородская",
    "Приморский край"
  };

  private OrdersPageFixture() {}

  static byte[] json(int rows) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(rows * 900);
    try (Writer out = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
      LocalDateTime start = LocalDateTime.of(2026, 10, 1, 0, 0, 0);
      out.write('[');
      for (int i = 0; i < rows; i++) {
        if (i > 0) {
          out.write(',');
        }
        row(out, i, start.plusSeconds(i));
      }
      out.write(']');
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  private static void row(Writer out, int i, LocalDateTime changed) throws IOException {
    int product = i % 400;
    boolean cancelled = i % 17 == 0;
    out.write(
        "{\"date\":\""
            + changed.minusHours(2).format(NAIVE)
            + "\",\"lastChangeDate\":\""
            + changed.format(NAIVE)
            + "\",\"warehouseName\":\""
            + WAREHOUSES[i % WAREHOUSES.length]
            + "\",\"warehouseType\":\"Склад WB\""
            + ",\"countryName\":\"Россия\",\"oblastOkrugName\":\"Центральный федеральный округ\",\"regionName\":\""
            + REGIONS[i % REGIONS.length]
            + "\",\"supplierArticle\":\"DRESS-"
            + product
            + "\",\"nmId\":"
            + (100_000_000 + product)
            + ",\"barcode\":\"20000000"
            + (10_000 + product * 5 + i % 5)
            + "\",\"category\":\"Одежда\",\"subject\":\"Платья\""
            + ",\"brand\":\"Лето\",\"techSize\":\""
            + (40 + 2 * (i % 5))
            + "\",\"incomeID\":"
            + (56_000_000 + product)
            + ",\"isSupply\":false,\"isRealization\":true,\"totalPrice\":"
            + (1000 + product * 7)
            + ".5"
            + ",\"discountPercent\":"
            + (i % 50)
            + ",\"spp\":"
            + (i % 30)
            + ",\"finishedPrice\":"
            + (800 + product)
            + ",\"priceWithDisc\":"
            + (900 + product)
            + ".25,\"isCancel\":"
            + cancelled
            + ",\"cancelDate\":\""
            + (cancelled ? changed.format(NAIVE) : "0001-01-01T00:00:00")
            + "\",\"sticker\":\""
            + (926_912_515L + i)
            + "\",\"gNumber\":\""
            + (343_434_622_185L + i / 3)
            + "\",\"srid\":\""
            + i
            + ".rf9ef11fce1684117b0nhj9622298238"
            + i % 10
            + ".3.0\"}");
  }
}
