package org.confidant.server.system;

import java.lang.reflect.Field;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.connector.Connector;
import org.apache.catalina.connector.CoyoteAdapter;
import org.apache.catalina.connector.InputBuffer;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.util.ServerInfo;
import org.apache.coyote.Adapter;
import org.apache.tomcat.util.net.SocketEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gives each connection's servlet request a small char buffer instead of Tomcat's 8 Ki chars.
 *
 * <p>Tomcat's {@link Request} makes {@code new InputBuffer(coyoteRequest)} in its constructor, and
 * that eagerly allocates an 8192-char {@code CharBuffer}: 16 KiB per connection, held for as long as
 * the connection's processor lives, so for a live meeting's event stream the whole meeting. Tomcat
 * 11.0.22 has no setting for it, and Spring Boot 4.0.7 builds its {@link Connector} itself
 * ({@code new Connector(protocol)}), so {@link Connector#createRequest} cannot be overridden either.
 *
 * <p>So this wraps the {@link Adapter} the connector hands its protocol. The first time the wrapper
 * sees a coyote request without a servlet request attached (once per processor, not per HTTP
 * request: the pair is reused across keep-alive requests and recycled processors), it creates the
 * pair exactly as {@link CoyoteAdapter} would, with {@link Connector#createRequest} and
 * {@link Connector#createResponse}, except that the request's final {@code inputBuffer} field is
 * replaced by reflection with {@code new InputBuffer(CHARS, coyoteRequest)}, before anything has
 * read it. Everything else, and every other {@link Adapter} method, is Tomcat's own.
 *
 * <p>Why {@value #CHARS} chars is enough: the char buffer only serves {@code getReader()}. Request
 * bodies here are read as bytes (Jackson reads JSON from the input stream; Tomcat parses form
 * bodies from bytes), and a reader still gets any length of text, converted {@value #CHARS} chars
 * at a time from the bytes Tomcat has read; a UTF-8 sequence split between two reads or two
 * conversions is carried over by Tomcat's decoder. A {@code mark} with a longer read-ahead
 * still works: Tomcat grows the buffer for it and shrinks it back when the request is recycled. At 1 KiB
 * it costs a sixteenth of the default, and the conversions stay large enough not to matter.
 *
 * <p>If a Tomcat upgrade renames or retypes the field, start-up logs a warning saying so and
 * requests keep Tomcat's default buffer: more heap per connection, nothing broken. The test
 * {@code SmallRequestCharBufferTest} fails in that case.
 */
final class SmallRequestCharBuffers {

  /** Capacity, in chars, of each request's char buffer (Tomcat's default is 8192). */
  static final int CHARS = 512;

  private static final Logger log = LoggerFactory.getLogger(SmallRequestCharBuffers.class);

  /** {@code Request.inputBuffer}, made writable; null when this Tomcat does not have it. */
  private static final Field INPUT_BUFFER = inputBufferField();

  private SmallRequestCharBuffers() {}

  /** Whether request char buffers can be swapped in this Tomcat; false after a start-up warning. */
  static boolean available() {
    return INPUT_BUFFER != null;
  }

  /**
   * Wraps the connector's adapter so that its requests get small char buffers, or returns it as it is
   * (after a warning) when that cannot be done.
   */
  static Adapter wrap(Adapter adapter, Connector connector) {
    if (connector == null) {
      log.warn("Request char buffers stay at Tomcat's default {} chars ({} KiB per connection): the "
          + "protocol was not given its connector (TomcatTuning's connector customizer did not run).",
          InputBuffer.DEFAULT_BUFFER_SIZE, InputBuffer.DEFAULT_BUFFER_SIZE * 2 / 1024);
      return adapter;
    }
    if (!available()) {
      return adapter;
    }
    return new SmallCharBufferAdapter(adapter, connector);
  }

  private static Field inputBufferField() {
    try {
      Field field = Request.class.getDeclaredField("inputBuffer");
      if (field.getType() != InputBuffer.class) {
        throw new NoSuchFieldException("inputBuffer is a " + field.getType().getName());
      }
      field.setAccessible(true);
      return field;
    } catch (ReflectiveOperationException | RuntimeException e) {
      log.warn("Request char buffers stay at Tomcat's default {} chars ({} KiB per connection): {} has no "
          + "writable field 'InputBuffer inputBuffer' ({}). Per-connection heap is over its target until "
          + "SmallRequestCharBuffers is adapted to this Tomcat.",
          InputBuffer.DEFAULT_BUFFER_SIZE, InputBuffer.DEFAULT_BUFFER_SIZE * 2 / 1024,
          ServerInfo.getServerInfo(), e.toString());
      return null;
    }
  }

  /** Tomcat's request-response pair for a coyote pair, as {@link CoyoteAdapter} makes it, with a small char buffer. */
  static final class SmallCharBufferAdapter implements Adapter {

    private final Adapter delegate;
    private final Connector connector;
    private final AtomicBoolean warned = new AtomicBoolean();

    SmallCharBufferAdapter(Adapter delegate, Connector connector) {
      this.delegate = delegate;
      this.connector = connector;
    }

    Adapter delegate() {
      return delegate;
    }

    @Override
    public void service(org.apache.coyote.Request req, org.apache.coyote.Response res) throws Exception {
      attachServletPair(req, res);
      delegate.service(req, res);
    }

    @Override
    public void log(org.apache.coyote.Request req, org.apache.coyote.Response res, long time) {
      // CoyoteAdapter.log also creates the pair when a request fails before service (a bad request
      // line, say); the pair then stays with the processor, so it gets the small buffer too.
      attachServletPair(req, res);
      delegate.log(req, res, time);
    }

    @Override
    public boolean prepare(org.apache.coyote.Request req, org.apache.coyote.Response res) throws Exception {
      return delegate.prepare(req, res);
    }

    @Override
    public boolean asyncDispatch(org.apache.coyote.Request req, org.apache.coyote.Response res, SocketEvent status)
        throws Exception {
      return delegate.asyncDispatch(req, res, status);
    }

    @Override
    public void checkRecycled(org.apache.coyote.Request req, org.apache.coyote.Response res) {
      delegate.checkRecycled(req, res);
    }

    @Override
    public String getDomain() {
      return delegate.getDomain();
    }

    /** What CoyoteAdapter.service does when the coyote request has no servlet request yet, plus the swap. */
    private void attachServletPair(org.apache.coyote.Request req, org.apache.coyote.Response res) {
      if (req.getNote(CoyoteAdapter.ADAPTER_NOTES) != null) {
        return;
      }
      Request request = connector.createRequest(req);
      useSmallCharBuffer(request, req);
      Response response = connector.createResponse(res);
      request.setResponse(response);
      response.setRequest(request);
      req.setNote(CoyoteAdapter.ADAPTER_NOTES, request);
      res.setNote(CoyoteAdapter.ADAPTER_NOTES, response);
      req.getParameters().setQueryStringCharset(connector.getURICharset());
    }

    private void useSmallCharBuffer(Request request, org.apache.coyote.Request req) {
      try {
        INPUT_BUFFER.set(request, new InputBuffer(CHARS, req));
      } catch (IllegalAccessException | RuntimeException e) {
        // The request keeps the InputBuffer its constructor made: it works, it is only larger.
        if (warned.compareAndSet(false, true)) {
          log.warn("Request char buffers stay at Tomcat's default size: replacing Request.inputBuffer failed ({})",
              e.toString());
        }
      }
    }
  }
}
