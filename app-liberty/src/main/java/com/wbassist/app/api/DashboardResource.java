package com.wbassist.app.api;

import com.wbassist.app.security.Roles;
import com.wbassist.application.port.in.ShopDashboard;
import com.wbassist.domain.figures.DashboardPeriod;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The shop at a glance: the daily summary's figures (decision 0620) of today so far, yesterday, or
 * the last 7 or 30 Moscow days, computed by the very query the bot's summary uses (decision 0629).
 */
@Path("api/v1/dashboard")
@RolesAllowed(Roles.SELLER_API)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "sellers' API", description = "A shop's own data, for the seller's own systems")
@SecurityRequirement(name = "apiKey")
public class DashboardResource {
  private static final String EXAMPLE =
      "{\"period\":\"7d\",\"from\":\"2026-11-26\",\"to\":\"2026-12-02\","
          + "\"asOf\":\"2026-12-02T12:00:00+03:00\","
          + "\"orders\":{\"count\":14,\"sum\":23560.00},"
          + "\"buyouts\":{\"count\":9,\"sum\":15120.00},"
          + "\"cancellations\":{\"count\":2,\"sum\":3000.50},"
          + "\"returns\":{\"count\":1,\"sum\":1500.00},\"buyoutRatePercent\":82,"
          + "\"topProducts\":[{\"nmId\":101001,\"supplierArticle\":\"DRESS-01\","
          + "\"title\":\"Платье летнее\",\"orders\":5,\"sum\":7500.00}],"
          + "\"sizesRunningOut\":[{\"nmId\":101001,\"techSize\":\"44\","
          + "\"title\":\"Платье летнее\",\"stock\":2,\"daysOfStock\":3.5}]}";

  @Inject ShopDashboard dashboard;
  @Context HttpServletRequest request;

  @GET
  @Operation(
      summary =
          "The shop's figures of a span of Moscow days: counts and money of orders, buyouts,"
              + " cancellations and returns, the buyout rate, the five products ordered most and"
              + " the sizes running out — the daily summary's figures, from the same query")
  @APIResponse(
      responseCode = "200",
      content = @Content(examples = @ExampleObject(name = "the last 7 days", value = EXAMPLE)))
  @APIResponse(
      responseCode = "400",
      description = "A period other than today, yesterday, 7d or 30d",
      content = @Content(mediaType = Problems.MEDIA_TYPE))
  public DashboardJson dashboard(
      @Parameter(
              description =
                  "today (so far), yesterday, 7d or 30d (the last 7 or 30 Moscow days, today"
                      + " included); today when not given",
              schema =
                  @Schema(
                      type = SchemaType.STRING,
                      enumeration = {"today", "yesterday", "7d", "30d"},
                      defaultValue = "today"))
          @QueryParam("period")
          String period) {
    DashboardPeriod asked =
        period == null || period.isBlank()
            ? DashboardPeriod.TODAY
            : DashboardPeriod.named(period)
                .orElseThrow(
                    () ->
                        ApiProblemException.badParameter(
                            "period must be today, yesterday, 7d or 30d"));
    return DashboardJson.of(dashboard.dashboard(SellerApiCaller.of(request), asked));
  }
}
