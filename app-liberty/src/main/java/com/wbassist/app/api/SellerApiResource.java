package com.wbassist.app.api;

import com.wbassist.app.security.Roles;
import com.wbassist.application.port.in.ReadShopData;
import com.wbassist.application.port.out.RecordCursor;
import com.wbassist.application.port.out.RecordPage;
import com.wbassist.domain.apikey.ApiCaller;
import com.wbassist.domain.cabinet.Cabinet;
import com.wbassist.domain.market.Period;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The sellers' API: a shop's own data for its own systems, with an API key of the cabinet ({@code
 * Authorization: Bearer wba_…}). Every answer is of the key's cabinet; lists are of whole Moscow
 * days ({@code from}, {@code to}: {@code YYYY-MM-DD}, both included, the last 7 days when not
 * given, at most 90), oldest first, a page at a time ({@code limit} up to 500, {@code cursor} from
 * the previous page's {@code next}). Errors are {@code application/problem+json}.
 */
@Path("api/v1")
@RolesAllowed(Roles.SELLER_API)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "sellers' API", description = "A shop's own data, for the seller's own systems")
@SecurityScheme(
    securitySchemeName = "apiKey",
    type = SecuritySchemeType.HTTP,
    scheme = "bearer",
    description = "An API key of the cabinet, created by its owner in the bot: wba_<id>_<secret>")
@SecurityRequirement(name = "apiKey")
@APIResponse(
    responseCode = "401",
    description = "No API key, or one that is unknown or revoked",
    content =
        @Content(
            mediaType = Problems.MEDIA_TYPE,
            examples =
                @ExampleObject(
                    name = "no key",
                    value =
                        "{\"type\":\"https://wb-assist.example/problems/unauthorized\","
                            + "\"title\":\"An API key is needed\",\"status\":401}")))
@APIResponse(
    responseCode = "429",
    description =
        "The key's requests of the last 60 seconds are spent; Retry-After says when one more fits",
    content = @Content(mediaType = Problems.MEDIA_TYPE))
public class SellerApiResource {
  private static final int DEFAULT_DAYS = 7;

  @Inject ReadShopData shop;
  @Inject Clock clock;
  @Context HttpServletRequest request;

  @GET
  @Path("cabinet")
  @Operation(summary = "The cabinet the key opens, and how its syncing stands")
  @APIResponse(
      responseCode = "200",
      content =
          @Content(
              examples =
                  @ExampleObject(
                      name = "a ready cabinet",
                      value =
                          "{\"sid\":\"5ad5e6e3-…\",\"shopName\":\"ИП Тестов\",\"status\":\"READY\","
                              + "\"lastSyncAt\":\"2026-12-02T09:12:00+03:00\","
                              + "\"tokenExpiresAt\":\"2027-05-30T12:00:00+03:00\",\"lastError\":null}")))
  public CabinetJson cabinet() {
    ApiCaller caller = caller();
    Cabinet cabinet =
        shop.cabinet(caller)
            .orElseThrow(() -> ApiProblemException.notFound("the key's cabinet is gone"));
    return new CabinetJson(
        cabinet.id().sid(),
        cabinet.shopName(),
        cabinet.status().name(),
        MoscowJson.time(cabinet.lastSyncAt()),
        MoscowJson.time(cabinet.tokenExpiresAt()),
        cabinet.lastError());
  }

  @GET
  @Path("orders")
  @Operation(summary = "Orders placed in the period (by the order's own date)")
  @APIResponse(
      responseCode = "200",
      content =
          @Content(
              examples =
                  @ExampleObject(
                      name = "one order",
                      value =
                          "{\"items\":[{\"srid\":\"11.rf9ef11fce1684117b0nknk1a1.0.0\","
                              + "\"date\":\"2026-12-01T10:15:00+03:00\",\"nmId\":123456,"
                              + "\"supplierArticle\":\"PLATYE-01\",\"techSize\":\"42\","
                              + "\"warehouseType\":\"Склад WB\",\"priceWithDisc\":1999.00,"
                              + "\"isCancel\":false}],\"next\":null}")))
  public PageJson<OrderJson> orders(
      @Parameter(description = "first Moscow day, YYYY-MM-DD") @QueryParam("from") String from,
      @Parameter(description = "last Moscow day, YYYY-MM-DD") @QueryParam("to") String to,
      @Parameter(description = "the previous page's next") @QueryParam("cursor") String cursor,
      @Parameter(description = "rows a page, 1–500 (100)") @QueryParam("limit") Integer limit) {
    ApiCaller caller = caller();
    return page(shop.orders(caller, period(from, to), cursor(cursor), limit(limit)), OrderJson::of);
  }

  @GET
  @Path("sales")
  @Operation(summary = "Buyouts and returns of the period (by the sale row's own date)")
  @APIResponse(responseCode = "200", description = "One page of sale rows, oldest first")
  public PageJson<SaleJson> sales(
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("cursor") String cursor,
      @QueryParam("limit") Integer limit) {
    ApiCaller caller = caller();
    return page(shop.sales(caller, period(from, to), cursor(cursor), limit(limit)), SaleJson::of);
  }

  @GET
  @Path("feedbacks")
  @Operation(summary = "Buyers' reviews written in the period")
  @APIResponse(responseCode = "200", description = "One page of reviews, oldest first")
  public PageJson<FeedbackJson> feedbacks(
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("cursor") String cursor,
      @QueryParam("limit") Integer limit) {
    ApiCaller caller = caller();
    return page(
        shop.feedbacks(caller, period(from, to), cursor(cursor), limit(limit)), FeedbackJson::of);
  }

  @GET
  @Path("stocks")
  @Operation(summary = "Stock by size over all warehouses, as of the last sync")
  @APIResponse(responseCode = "200", description = "Every size the last sync saw, with its stock")
  public List<StockJson> stocks() {
    return StockJson.bySize(shop.stocks(caller()));
  }

  @GET
  @Path("notifications")
  @Operation(
      summary = "Events the bot detected in the period, and how their Telegram messages went")
  @APIResponse(responseCode = "200", description = "One page of events, oldest first")
  public PageJson<NotifiedJson> notifications(
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("cursor") String cursor,
      @QueryParam("limit") Integer limit) {
    ApiCaller caller = caller();
    try {
      return page(
          shop.notified(caller, period(from, to), cursor(cursor), limit(limit)), NotifiedJson::of);
    } catch (IllegalArgumentException otherList) {
      // A cursor of another list: its key is no event id.
      throw ApiProblemException.badParameter(
          "cursor is not one this list gave out: pass a page's next as it is");
    }
  }

  private ApiCaller caller() {
    return SellerApiCaller.of(request);
  }

  private Period period(String from, String to) {
    Period recent = Period.lastDays(DEFAULT_DAYS, clock);
    LocalDate last = to == null || to.isBlank() ? recent.last() : day("to", to);
    LocalDate first =
        from == null || from.isBlank() ? last.minusDays(DEFAULT_DAYS - 1L) : day("from", from);
    try {
      return new Period(first, last);
    } catch (IllegalArgumentException wrong) {
      throw ApiProblemException.badParameter(wrong.getMessage());
    }
  }

  private static LocalDate day(String name, String text) {
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException wrong) {
      throw ApiProblemException.badParameter(
          name + " must be a day as YYYY-MM-DD, e.g. 2026-12-01");
    }
  }

  private static Optional<RecordCursor> cursor(String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    return Optional.of(
        RecordCursor.parse(text)
            .orElseThrow(
                () ->
                    ApiProblemException.badParameter(
                        "cursor is not one this API gave out: pass a page's next as it is")));
  }

  private static int limit(Integer limit) {
    if (limit == null) {
      return ReadShopData.DEFAULT_PAGE;
    }
    if (limit < 1 || limit > ReadShopData.LONGEST_PAGE) {
      throw ApiProblemException.badParameter(
          "limit must be between 1 and " + ReadShopData.LONGEST_PAGE);
    }
    return limit;
  }

  private static <T, J> PageJson<J> page(RecordPage<T> page, Function<T, J> json) {
    return new PageJson<>(
        page.records().stream().map(json).toList(),
        page.next().map(RecordCursor::text).orElse(null));
  }
}
