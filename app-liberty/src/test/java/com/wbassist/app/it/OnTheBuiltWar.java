package com.wbassist.app.it;

import java.io.File;
import java.net.URI;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Base of every *IT: the WAR this build produced, deployed on the managed Liberty test server with
 * its own embedded PostgreSQL (ItServer runs first, then Arquillian). Tests talk HTTP to it.
 */
@ExtendWith(ItServer.class)
@ExtendWith(ArquillianExtension.class)
abstract class OnTheBuiltWar {

  @Deployment(testable = false)
  static WebArchive theBuiltWar() {
    return ShrinkWrap.createFromZipFile(
        WebArchive.class, new File(System.getProperty("wbassist.it.war")));
  }

  /** An address on the test server, e.g. {@code at("/health/ready")}. */
  static URI at(String path) {
    return URI.create("http://localhost:" + ItServer.httpPort() + path);
  }
}
