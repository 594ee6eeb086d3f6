package com.wbassist.domain.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RussianPluralTest {

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource({
    "0, заказов",
    "1, заказ",
    "2, заказа",
    "4, заказа",
    "5, заказов",
    "11, заказов",
    "12, заказов",
    "14, заказов",
    "21, заказ",
    "22, заказа",
    "25, заказов",
    "101, заказ",
    "111, заказов",
    "1004, заказа"
  })
  void orders(long count, String noun) {
    assertEquals(count + " " + noun, RussianPlural.ORDERS.of(count));
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource({"1, отмена", "3, отмены", "5, отмен", "1, негативный отзыв"})
  void otherNouns(long count, String noun) {
    String shown =
        noun.endsWith("отзыв")
            ? RussianPlural.NEGATIVE_REVIEWS.of(count)
            : RussianPlural.CANCELLATIONS.of(count);
    assertEquals(count + " " + noun, shown);
  }
}
