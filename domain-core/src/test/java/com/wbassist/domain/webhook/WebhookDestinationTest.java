package com.wbassist.domain.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WebhookDestinationTest {
  private final WebhookDestination production = WebhookDestination.production();
  private final WebhookDestination sandbox = WebhookDestination.sandbox();

  @ParameterizedTest
  @ValueSource(
      strings = {
        "127.0.0.1",
        "127.255.255.254",
        "::1", // loopback
        "10.0.0.1",
        "10.255.255.255",
        "172.16.0.1",
        "172.31.255.255",
        "192.168.0.1",
        "192.168.255.255",
        "fc00::1",
        "fd12:3456::1",
        "fdff:ffff::1", // private
        "fec0::1", // site-local
        "169.254.169.254",
        "169.254.0.1",
        "fe80::1",
        "febf::1", // link-local, metadata
        "0.0.0.0",
        "0.1.2.3",
        "::", // any-local
        "224.0.0.1",
        "239.255.255.250",
        "ff02::1",
        "ff0e::1", // multicast
        "100.64.0.1",
        "100.100.100.200",
        "100.127.255.255", // CGNAT (and Alibaba's metadata)
        "240.0.0.1",
        "255.255.255.255",
        "192.0.0.8",
        "198.18.0.1",
        "198.19.255.255",
        "192.0.2.1",
        "198.51.100.7",
        "203.0.113.9",
        "2001:db8::1",
        "100::1",
        "::127.0.0.1",
        "64:ff9b::a9fe:a9fe",
        "64:ff9b::7f00:1",
        "2002:a9fe:a9fe::1",
        "2002:c0a8:0101::1",
        "fd00:ec2::254"
      })
  @DisplayName("production refuses every address that is not public")
  void refused(String literal) throws Exception {
    assertTrue(
        production.refusal(InetAddress.getByName(literal)).isPresent(), literal + " refused");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "8.8.8.8",
        "1.1.1.1",
        "93.184.216.34",
        "172.15.255.255",
        "172.32.0.0",
        "192.167.1.1",
        "192.169.0.1",
        "100.63.255.255",
        "100.128.0.0",
        "169.253.255.255",
        "169.255.0.1",
        "11.0.0.1",
        "223.255.255.255",
        "198.17.255.255",
        "198.20.0.0",
        "2a00:1450:4010::65",
        "2606:4700::1111",
        "fbff::1",
        "fe00::1",
        "2002:0808:0808::1",
        "64:ff9b::808:808"
      })
  @DisplayName("production lets public addresses through, right beside the refused blocks")
  void allowed(String literal) throws Exception {
    assertEquals(Optional.empty(), production.refusal(InetAddress.getByName(literal)), literal);
  }

  @Test
  @DisplayName("an IPv4-mapped IPv6 address is judged by the IPv4 address it carries")
  void mapped() throws Exception {
    byte[] mapped = new byte[16];
    mapped[10] = (byte) 0xff;
    mapped[11] = (byte) 0xff;
    for (String v4 : List.of("127.0.0.1", "10.1.2.3", "169.254.169.254", "100.64.0.1")) {
      System.arraycopy(InetAddress.getByName(v4).getAddress(), 0, mapped, 12, 4);
      // Built as an Inet6Address on purpose: InetAddress.getByName would hand back the IPv4 one.
      InetAddress six = Inet6Address.getByAddress(null, mapped.clone(), -1);
      assertTrue(six instanceof Inet6Address);
      assertTrue(production.refusal(six).isPresent(), "::ffff:" + v4);
    }
    System.arraycopy(InetAddress.getByName("8.8.8.8").getAddress(), 0, mapped, 12, 4);
    assertTrue(production.refusal(Inet6Address.getByAddress(null, mapped, -1)).isEmpty());
  }

  @Test
  @DisplayName("a host with one refused address among public ones is refused (no picking)")
  void anyRefusedAddress() throws Exception {
    List<InetAddress> mixed =
        List.of(InetAddress.getByName("8.8.8.8"), InetAddress.getByName("10.0.0.5"));
    assertTrue(production.refusal(mixed).orElseThrow().contains("10.0.0.5"));
    assertTrue(production.refusal(List.of()).isPresent(), "no address at all");
    assertTrue(production.refusal(List.of(InetAddress.getByName("8.8.8.8"))).isEmpty());
  }

  @Test
  @DisplayName("the sandbox lets a local test receiver through, but never link-local or metadata")
  void sandboxAddresses() throws Exception {
    for (String local : List.of("127.0.0.1", "::1", "10.0.0.1", "192.168.1.10", "172.17.0.2")) {
      assertTrue(sandbox.refusal(InetAddress.getByName(local)).isEmpty(), local);
    }
    for (String never : List.of("169.254.169.254", "fe80::1", "0.0.0.0", "224.0.0.1")) {
      assertTrue(sandbox.refusal(InetAddress.getByName(never)).isPresent(), never);
    }
  }

  @Test
  @DisplayName("production URLs are https with a host, no credentials, no fragment, no local name")
  void productionUrls() {
    assertTrue(production.url("https://crm.example.com/hooks/wb?x=1").isOk());
    assertTrue(production.url("https://crm.example.com:8443/wb").isOk());
    assertRefused(production, "http://crm.example.com/wb", "https");
    assertRefused(production, "ftp://crm.example.com/wb", "https");
    assertRefused(production, "https://user:pw@crm.example.com/wb", "user");
    assertRefused(production, "https://crm.example.com/wb#x", "fragment");
    assertRefused(production, "https:///wb", "host");
    assertRefused(production, "not a url at all", "");
    assertRefused(production, "", "required");
    assertRefused(production, "https://localhost/wb", "localhost");
    assertRefused(production, "https://api.localhost./wb", "localhost");
    assertRefused(production, "https://metadata.google.internal/computeMetadata/v1/", "metadata");
    assertRefused(production, "https://127.0.0.1/wb", "loopback");
    assertRefused(production, "https://[::1]/wb", "loopback");
    assertRefused(production, "https://169.254.169.254/latest/meta-data/", "link-local");
    assertRefused(production, "https://" + "a".repeat(2000) + ".com", "longer");
  }

  @Test
  @DisplayName("the sandbox allows http and localhost, never metadata")
  void sandboxUrls() {
    assertTrue(sandbox.url("http://localhost:9999/hook").isOk());
    assertTrue(sandbox.url("http://127.0.0.1:9999/hook").isOk());
    assertRefused(sandbox, "ftp://localhost/hook", "http");
    assertRefused(sandbox, "http://169.254.169.254/", "link-local");
    assertRefused(sandbox, "http://metadata/", "metadata");
  }

  private static void assertRefused(WebhookDestination rule, String url, String why) {
    var checked = rule.url(url);
    assertFalse(checked.isOk(), url + " refused");
    assertTrue(checked.refusal().contains(why), url + ": " + checked.refusal());
  }
}
