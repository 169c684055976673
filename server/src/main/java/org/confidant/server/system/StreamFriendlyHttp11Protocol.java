package org.confidant.server.system;

import org.apache.coyote.http11.Http11NioProtocol;

/**
 * Tomcat's NIO HTTP/1.1 protocol with smaller request and response buffers.
 *
 * <p>Tomcat gives each connection's request and response an 8 Ki byte buffer and an 8 Ki char
 * buffer each (48 KiB in all), held for as long as the connection is in use: for a live
 * meeting's event stream, the whole meeting. Asking for 2 KiB buffers (12 KiB in all) is what lets
 * one node hold thousands of attendees; larger bodies are still served, in more, smaller writes.
 * Public with a no-argument constructor because Tomcat instantiates it by class name.
 */
public class StreamFriendlyHttp11Protocol extends Http11NioProtocol {

  /** Bytes of the request and response buffers that Tomcat sizes from {@link #getDesiredBufferSize()}. */
  static final int BUFFER_BYTES = 2048;

  @Override
  public int getDesiredBufferSize() {
    return BUFFER_BYTES;
  }
}
