package de.welcomeportal.portal.webapi;

import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * Lets Tomcat refuse an oversized request body cleanly: "100 Continue" is sent only once the portal starts reading a
 * body, so a client that announces 10 MB gets the 413 before it sends anything; and a client that sends without
 * asking has up to 16 MB read and discarded, so it still receives the 413 instead of a reset connection.
 */
@Component
@ConditionalOnClass(name = "org.apache.catalina.connector.Connector")
class ApiServerCustomizer implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    static final int SWALLOW_BYTES = 16 * 1024 * 1024;

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addConnectorCustomizers(connector -> {
            connector.setProperty("continueResponseTiming", "onRead");
            connector.setProperty("maxSwallowSize", Integer.toString(SWALLOW_BYTES));
        });
    }
}
