package org.confidant.server.system;

import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * Sizes Tomcat's per-connection buffers for a server whose connections are mostly idle event streams.
 *
 * <p>Every attendee of a live meeting holds one connection open for the whole meeting, so the heap
 * each held connection costs decides how many attendees one node carries. Tomcat gives every
 * connection an 8 KiB socket read buffer and an 8 KiB write buffer; our pages and events are small,
 * so 2 KiB each cuts that cost by three quarters at the price of more, smaller writes for the few large responses.
 * The servlet request and response above them get smaller buffers too: the response's are sized by
 * {@link StreamFriendlyHttp11Protocol#getDesiredBufferSize()}, and the request's char buffer is
 * replaced by {@link SmallRequestCharBuffers}, for which this hands the protocol its connector.
 * Request and response header limits are set in application.properties.
 */
@Component
class TomcatTuning implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

  static final int SOCKET_BUFFER_BYTES = 2048;

  @Override
  public void customize(TomcatServletWebServerFactory factory) {
    factory.setProtocol(StreamFriendlyHttp11Protocol.class.getName());
    factory.addConnectorCustomizers(connector -> {
      connector.setProperty("socket.appReadBufSize", Integer.toString(SOCKET_BUFFER_BYTES));
      connector.setProperty("socket.appWriteBufSize", Integer.toString(SOCKET_BUFFER_BYTES));
      if (connector.getProtocolHandler() instanceof StreamFriendlyHttp11Protocol protocol) {
        protocol.useConnector(connector);
      }
    });
  }
}
