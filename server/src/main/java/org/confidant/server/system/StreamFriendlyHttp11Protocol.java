package org.confidant.server.system;

import org.apache.catalina.connector.Connector;
import org.apache.coyote.Adapter;
import org.apache.coyote.http11.Http11NioProtocol;

/**
 * Tomcat's NIO HTTP/1.1 protocol with smaller per-connection request and response buffers.
 *
 * <p>Each connection's servlet request and response hold buffers for as long as the connection is
 * in use: for a live meeting's event stream, the whole meeting. By default the response has an
 * 8 Ki byte buffer and an 8 Ki char buffer (24 KiB) and the request an 8 Ki char buffer (16 KiB).
 * <ul>
 *   <li>{@link #getDesiredBufferSize()} is what Tomcat's {@link Connector#createResponse} sizes the
 *       response's buffers from: 2 KiB bytes and 2 Ki chars (6 KiB). Larger bodies are still
 *       served, in more, smaller writes. Tomcat does not use it for the request.</li>
 *   <li>The request's char buffer has no setting; {@link #setAdapter} wraps the connector's adapter
 *       so that requests get a {@value SmallRequestCharBuffers#CHARS}-char one instead
 *       ({@link SmallRequestCharBuffers}). That needs the connector, which
 *       {@link TomcatTuning} hands over with {@link #useConnector}.</li>
 * </ul>
 * Public with a no-argument constructor because Tomcat instantiates it by class name.
 */
public class StreamFriendlyHttp11Protocol extends Http11NioProtocol {

  /** Bytes (and chars) of the response buffers that Tomcat sizes from {@link #getDesiredBufferSize()}. */
  static final int BUFFER_BYTES = 2048;

  private volatile Connector connector;

  @Override
  public int getDesiredBufferSize() {
    return BUFFER_BYTES;
  }

  /** The connector this protocol serves; must be given before the connector starts. */
  void useConnector(Connector connector) {
    this.connector = connector;
  }

  /** Called by the connector at start-up with Tomcat's CoyoteAdapter; keeps it, wrapped. */
  @Override
  public void setAdapter(Adapter adapter) {
    super.setAdapter(SmallRequestCharBuffers.wrap(adapter, connector));
  }
}
