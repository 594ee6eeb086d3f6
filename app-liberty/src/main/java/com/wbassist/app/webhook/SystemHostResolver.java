package com.wbassist.app.webhook;

import com.wbassist.application.port.out.HostResolver;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

/**
 * The JVM's resolver. It caches answers for {@code networkaddress.cache.ttl} (30 s by default
 * without a security manager), which only shortens the window a rebinding attacker has: the request
 * goes to the addresses checked, whatever DNS says next.
 */
public final class SystemHostResolver implements HostResolver {
  @Override
  public List<InetAddress> resolve(String host) throws UnknownHostException {
    String bare = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
    return List.of(InetAddress.getAllByName(bare));
  }
}
