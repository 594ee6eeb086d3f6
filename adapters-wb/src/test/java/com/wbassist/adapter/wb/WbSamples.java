package com.wbassist.adapter.wb;

/** WB's answers as its documentation and live clients show them (WB-AND-TELEGRAM-API.md §2). */
final class WbSamples {
  private WbSamples() {}

  static final String SPEC_ORDERS =
      """
      [{"date":"2022-03-04T18:08:31","lastChangeDate":"2022-03-06T10:11:07","warehouseName":"Подольск",
        "warehouseType":"Склад продавца","countryName":"Россия","oblastOkrugName":"Центральный федеральный округ",
        "regionName":"Московская","supplierArticle":"12345","nmId":1234567,"barcode":"123453559000",
        "category":"Бытовая техника","subject":"Мультистайлеры","brand":"Тест","techSize":"0","incomeID":56735459,
        "isSupply":false,"isRealization":true,"totalPrice":1887,"discountPercent":18,"spp":26,"finishedPrice":1145,
        "priceWithDisc":1547,"isCancel":true,"cancelDate":"2022-03-09T00:00:00","sticker":"926912515",
        "gNumber":"34343462218572569531","srid":"11.rf9ef11fce1684117b0nhj96222982382.3.0"}]""";

  static final String SPEC_SALES_AND_RETURN =
      """
      [{"date":"2022-03-04T18:08:31","lastChangeDate":"2022-03-06T10:11:07","warehouseName":"Подольск",
        "warehouseType":"Склад продавца","countryName":"Россия","oblastOkrugName":"Центральный федеральный округ",
        "regionName":"Московская","supplierArticle":"12345","nmId":1234567,"barcode":"123453559000",
        "category":"Бытовая техника","subject":"Мультистайлеры","brand":"Тест","techSize":"0","incomeID":56735459,
        "isSupply":false,"isRealization":true,"totalPrice":1887,"discountPercent":18,"spp":20,"paymentSaleAmount":93,
        "forPay":1284.01,"finishedPrice":1145,"priceWithDisc":1547,"saleID":"S9993700024","sticker":"926912515",
        "gNumber":"34343462218572569531","srid":"11.rf9ef11fce1684117b0nhj96222982382.3.0"},
       {"date":"2022-03-08T11:00:00","lastChangeDate":"2022-03-08T12:00:00","nmId":1234567,"saleID":"R9993700025",
        "forPay":-160,"priceWithDisc":-400.5,"finishedPrice":-380,"srid":"11.rf9ef11fce1684117b0nhj96222982382.3.0"}]""";

  static final String SPEC_FEEDBACK =
      """
      {"id":"YX52RZEBhH9mrcYdEJuD","text":"Спасибо, всё подошло","pros":"Удобный","cons":"Нет","productValuation":5,
       "createdDate":"2024-09-26T10:20:48+03:00","answer":{"text":"Пожалуйста. Ждём вас снова!","state":"wbRu","editable":false},
       "state":"wbRu","productDetails":{"imtId":123456789,"nmId":987654321,"productName":"ВАЗ","supplierArticle":"DP02/черный",
       "supplierName":"ГП Реклама и услуги","brandName":"Бест Трикотаж","size":"0"},
       "video":{"previewImage":"https://videofeedback01.wbbasket.ru/x/preview.webp","link":"https://videofeedback01.wbbasket.ru/x/index.m3u8","durationSec":10},
       "wasViewed":true,"photoLinks":[{"fullSize":"https://feedback04.wbbasket.ru/fs.jpg","miniSize":"https://feedback04.wbbasket.ru/ms.jpg"}],
       "userName":"Николай","matchingSize":"ok","isAbleSupplierFeedbackValuation":false,"supplierFeedbackValuation":1,
       "isAbleSupplierProductValuation":false,"supplierProductValuation":2,"isAbleReturnProductOrders":false,
       "returnProductOrdersDate":"2024-08-20T16:39:49Z","bables":["цена"],"lastOrderShkId":123456789,
       "lastOrderCreatedAt":"2024-08-12T10:20:48+03:00","color":"colorless","subjectId":219,"subjectName":"Футболки-поло",
       "parentFeedbackId":null,"childFeedbackId":"bIjTCZDvJni7NGnLbUlf"}""";

  static final String RATING_ONLY_FEEDBACK =
      """
      {"id":"RatingOnly1","text":"","pros":"","cons":"","productValuation":1,"createdDate":"2024-09-27T08:00:00+03:00",
       "answer":null,"productDetails":{"imtId":1,"nmId":2,"productName":"Платье"},"photoLinks":null,"video":null}""";

  static String feedbacksEnvelope(String... feedbacks) {
    return "{\"data\":{\"countUnanswered\":52,\"countArchive\":1000,\"feedbacks\":["
        + String.join(",", feedbacks)
        + "]},\"error\":false,\"errorText\":\"\",\"additionalErrors\":null}";
  }

  static final String SPEC_CARDS =
      """
      {"cards":[{"nmID":12345678,"imtID":123654789,"nmUUID":"01bda0b1-5c0b-736c-b2be-d0a6543e9be","subjectID":7771,
        "subjectName":"AKF системы","vendorCode":"wb7f6mumjr1","brand":"Тест","title":"Тест-система","description":"…",
        "needKiz":false,"photos":[{"big":"https://basket-10.wbbasket.ru/vol1592/part159206/159206280/images/big/1.webp",
        "c246x328":"https://basket-10.wbbasket.ru/vol1592/part159206/159206280/images/c246x328/1.webp",
        "c516x688":"https://basket-10.wbbasket.ru/vol1592/part159206/159206280/images/c516x688/1.webp",
        "square":"https://basket-10.wbbasket.ru/vol1592/part159206/159206280/images/square/1.webp",
        "tm":"https://basket-10.wbbasket.ru/vol1592/part159206/159206280/images/tm/1.webp"}],
        "dimensions":{"length":55,"width":40,"height":15,"weightBrutto":6.24,"isValid":true},
        "characteristics":[{"id":14177449,"name":"Цвет","value":["красно-сиреневый"]}],
        "sizes":[{"chrtID":316399238,"techSize":"0","skus":["987456321654"]}],"tags":[],
        "createdAt":"2023-12-06T11:17:00.96577Z","updatedAt":"2023-12-06T11:17:00.96577Z"}],
       "cursor":{"updatedAt":"2023-12-06T11:17:00.96577Z","nmID":12345678,"total":1}}""";

  static final String STOCK_ROW =
      """
      {"nmId":1439871458,"chrtId":316399238,"warehouseId":-999999,"warehouseName":"Склад WB","regionName":"Склад WB",
       "quantity":33,"inWayToClient":1,"inWayFromClient":0}""";

  static final String SELLER_INFO =
      """
      {"name":"ИП Кружинин В. Р.","sid":"e8923014-e233-47q8-898e-3cc86d67ea61","tin":"1234567890","tradeMark":"Flax Store"}""";

  static final String UNAUTHORIZED =
      """
      {"title":"unauthorized","detail":"token problem; token is malformed: could not base64 decode signature: illegal base64 data at input byte 84",
       "code":"07e4668e--a53a3d31f8b0-[UK-oWaVDUqNrKG]; 03bce=277; 84bd353bf-75","requestId":"7b80742415072fe8b6b7f7761f1d1211",
       "origin":"s2s-api-auth-catalog","status":401,"statusText":"Unauthorized","timestamp":"2024-09-30T06:52:38Z"}""";

  static final String FORBIDDEN_ENVELOPE =
      """
      {"data":null,"error":true,"errorText":"Ошибка авторизации","additionalErrors":null,"requestId":"r1"}""";

  static final String TOO_MANY_REQUESTS =
      """
      {"title":"too many requests","detail":"limited by c122a060-aaaa","code":"x","requestId":"r2",
       "origin":"s2s-api-auth-catalog","status":429,"statusText":"Too Many Requests","timestamp":"2024-09-30T06:52:38Z"}""";

  static final String BAD_REQUEST_LIST = "{\"errors\":[\"dateFrom: field required\"]}";
  static final String BAD_REQUEST_TEXT = "{\"errors\":\"dateFrom: Value not validated\"}";
  static final String BAD_REQUEST_ENVELOPE =
      """
      {"data":null,"error":true,"errorText":"Плохой формат isAnswered","additionalErrors":null,"requestId":"r3"}""";
}
