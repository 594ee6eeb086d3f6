package com.wbassist.adapter.wb;

import com.wbassist.application.port.out.SellerAccount;
import com.wbassist.application.port.out.WbAccountCheck;
import com.wbassist.domain.cabinet.ApiToken;
import com.wbassist.domain.token.TokenInspector;
import com.wbassist.domain.token.WbTokenClaims;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;

/**
 * Asks WB once whose account a token opens: {@code GET /api/v1/seller-info} on the common host. A
 * Base token may call it only once a day, so when WB's rate limit refuses it the adapter pings the
 * same host instead, which still proves the token, and names the account by the token's own {@code
 * sid} with no shop name.
 */
@ApplicationScoped
public class WbAccountCheckAdapter implements WbAccountCheck {
  private final WbGateway wb;

  @Inject
  WbAccountCheckAdapter(WbGateway wb) {
    this.wb = wb;
  }

  /** For the CDI proxy only. */
  protected WbAccountCheckAdapter() {
    this.wb = null;
  }

  @Override
  public SellerAccount verify(ApiToken token) {
    // No cabinet yet: the token itself (by hash, never its text) stands for the account whose
    // budget is spent.
    String account = "token:" + Integer.toHexString(token.hashCode());
    try {
      return wb.call(
          account,
          token,
          WbEndpoint.SELLER_INFO,
          (clients, raw) -> clients.common.sellerInfo(raw),
          SellerInfoReader::account,
          null);
    } catch (WbRateLimitedException sellerInfoExhausted) {
      wb.call(
          account,
          token,
          WbEndpoint.PING,
          (clients, raw) -> clients.common.ping(raw),
          SellerInfoReader::pong,
          Boolean.TRUE);
      return new SellerAccount(sidOf(token).orElseThrow(() -> sellerInfoExhausted), "", "");
    }
  }

  private static java.util.Optional<String> sidOf(ApiToken token) {
    return new TokenInspector()
        .inspect(token.reveal(), Instant.now())
        .claims()
        .map(WbTokenClaims::sellerId);
  }
}
