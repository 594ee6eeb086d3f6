package com.wbassist.application.port.out;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

/** DNS: every address a host name has now (a literal address is answered as it is). */
public interface HostResolver {
  List<InetAddress> resolve(String host) throws UnknownHostException;
}
