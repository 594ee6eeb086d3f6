package com.wbassist.app.it;

import java.nio.file.Files;
import java.nio.file.Path;
import javax.management.MBeanServerConnection;
import javax.management.ObjectName;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;

/** Restarts the WAR on the test server through Liberty's application MBean, as a redeploy would. */
final class ApplicationRestart {
  private ApplicationRestart() {}

  static void now() throws Exception {
    Path serverDir =
        Path.of(
            System.getProperty("wbassist.it.wlp.dir"),
            "usr/servers",
            System.getProperty("wbassist.it.server"));
    String address =
        Files.readString(serverDir.resolve("logs/state/com.ibm.ws.jmx.local.address")).strip();
    try (JMXConnector connector = JMXConnectorFactory.connect(new JMXServiceURL(address))) {
      MBeanServerConnection server = connector.getMBeanServerConnection();
      ObjectName application =
          new ObjectName(
              "WebSphere:service=com.ibm.websphere.application.ApplicationMBean,name=wb-assist");
      server.invoke(application, "restart", null, null);
    }
  }
}
