package com.wbassist.domain.webhook;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** A block of IP addresses (CIDR) a webhook must not reach, and why. */
record AddressBlock(String why, byte[] network, int prefix) {

  static AddressBlock of(String cidr, String why) {
    int slash = cidr.indexOf('/');
    try {
      // Literal addresses only: no name is looked up.
      byte[] network = InetAddress.getByName(cidr.substring(0, slash)).getAddress();
      if (cidr.contains(":") && network.length == 4) {
        throw new IllegalArgumentException("write IPv6 blocks in IPv6: " + cidr);
      }
      return new AddressBlock(why, network, Integer.parseInt(cidr.substring(slash + 1)));
    } catch (UnknownHostException notLiteral) {
      throw new IllegalArgumentException(cidr, notLiteral);
    }
  }

  boolean contains(byte[] address) {
    if (address.length != network.length) {
      return false;
    }
    int whole = prefix / 8;
    for (int i = 0; i < whole; i++) {
      if (address[i] != network[i]) {
        return false;
      }
    }
    int rest = prefix % 8;
    if (rest == 0) {
      return true;
    }
    int mask = (0xff << (8 - rest)) & 0xff;
    return (address[whole] & mask) == (network[whole] & mask);
  }
}
