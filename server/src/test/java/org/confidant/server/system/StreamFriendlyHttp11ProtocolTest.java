package org.confidant.server.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.nio.CharBuffer;
import java.util.ArrayList;
import java.util.List;
import org.apache.catalina.connector.Connector;
import org.apache.catalina.connector.CoyoteAdapter;
import org.apache.catalina.connector.InputBuffer;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.coyote.Adapter;
import org.apache.tomcat.util.net.SocketEvent;
import org.junit.jupiter.api.Test;

/** The protocol's adapter wrapping, without a server: what it attaches to a coyote request, and when it stands aside. */
class StreamFriendlyHttp11ProtocolTest {

  /** An adapter that records which methods were called, in place of Tomcat's CoyoteAdapter. */
  static final class RecordingAdapter implements Adapter {
    final List<String> calls = new ArrayList<>();

    @Override
    public void service(org.apache.coyote.Request req, org.apache.coyote.Response res) {
      calls.add("service");
    }

    @Override
    public boolean prepare(org.apache.coyote.Request req, org.apache.coyote.Response res) {
      calls.add("prepare");
      return true;
    }

    @Override
    public boolean asyncDispatch(org.apache.coyote.Request req, org.apache.coyote.Response res, SocketEvent status) {
      calls.add("asyncDispatch");
      return true;
    }

    @Override
    public void log(org.apache.coyote.Request req, org.apache.coyote.Response res, long time) {
      calls.add("log");
    }

    @Override
    public void checkRecycled(org.apache.coyote.Request req, org.apache.coyote.Response res) {
      calls.add("checkRecycled");
    }

    @Override
    public String getDomain() {
      calls.add("getDomain");
      return "domain";
    }
  }

  static int charBufferCapacity(Request request) throws ReflectiveOperationException {
    Field inputBuffer = Request.class.getDeclaredField("inputBuffer");
    inputBuffer.setAccessible(true);
    Field cb = InputBuffer.class.getDeclaredField("cb");
    cb.setAccessible(true);
    return ((CharBuffer) cb.get(inputBuffer.get(request))).capacity();
  }

  private static org.apache.coyote.Request coyoteRequest() {
    org.apache.coyote.Request req = new org.apache.coyote.Request();
    req.setResponse(new org.apache.coyote.Response());
    return req;
  }

  @Test
  void withItsConnectorTheProtocolAttachesARequestWithASmallCharBufferOncePerCoyoteRequest() throws Exception {
    StreamFriendlyHttp11Protocol protocol = new StreamFriendlyHttp11Protocol();
    Connector connector = new Connector(protocol);
    protocol.useConnector(connector);
    RecordingAdapter tomcats = new RecordingAdapter();
    protocol.setAdapter(tomcats);
    Adapter adapter = protocol.getAdapter();
    assertThat(adapter).isNotSameAs(tomcats);

    org.apache.coyote.Request req = coyoteRequest();
    org.apache.coyote.Response res = req.getResponse();
    adapter.service(req, res);

    Request request = (Request) req.getNote(CoyoteAdapter.ADAPTER_NOTES);
    Response response = (Response) res.getNote(CoyoteAdapter.ADAPTER_NOTES);
    assertThat(request).isNotNull();
    assertThat(response).isNotNull();
    assertThat(request.getCoyoteRequest()).isSameAs(req);
    assertThat(request.getResponse()).isSameAs(response);
    assertThat(response.getRequest()).isSameAs(request);
    assertThat(request.getConnector()).isSameAs(connector);
    assertThat(charBufferCapacity(request)).isEqualTo(SmallRequestCharBuffers.CHARS);
    assertThat(response.getBufferSize()).isEqualTo(StreamFriendlyHttp11Protocol.BUFFER_BYTES);

    // The next request on the same processor keeps the pair, as with CoyoteAdapter.
    adapter.service(req, res);
    adapter.log(req, res, 0);
    assertThat(req.getNote(CoyoteAdapter.ADAPTER_NOTES)).isSameAs(request);
    assertThat(res.getNote(CoyoteAdapter.ADAPTER_NOTES)).isSameAs(response);
  }

  @Test
  void aRequestThatIsOnlyLoggedAlsoGetsTheSmallCharBuffer() throws Exception {
    StreamFriendlyHttp11Protocol protocol = new StreamFriendlyHttp11Protocol();
    protocol.useConnector(new Connector(protocol));
    protocol.setAdapter(new RecordingAdapter());
    org.apache.coyote.Request req = coyoteRequest();
    protocol.getAdapter().log(req, req.getResponse(), 0);
    assertThat(charBufferCapacity((Request) req.getNote(CoyoteAdapter.ADAPTER_NOTES)))
        .isEqualTo(SmallRequestCharBuffers.CHARS);
  }

  @Test
  void everyAdapterCallReachesTomcatsAdapter() throws Exception {
    StreamFriendlyHttp11Protocol protocol = new StreamFriendlyHttp11Protocol();
    protocol.useConnector(new Connector(protocol));
    RecordingAdapter tomcats = new RecordingAdapter();
    protocol.setAdapter(tomcats);
    Adapter adapter = protocol.getAdapter();
    org.apache.coyote.Request req = coyoteRequest();
    org.apache.coyote.Response res = req.getResponse();
    adapter.service(req, res);
    adapter.prepare(req, res);
    adapter.asyncDispatch(req, res, SocketEvent.OPEN_READ);
    adapter.log(req, res, 0);
    adapter.checkRecycled(req, res);
    assertThat(adapter.getDomain()).isEqualTo("domain");
    assertThat(tomcats.calls).containsExactly("service", "prepare", "asyncDispatch", "log", "checkRecycled", "getDomain");
  }

  @Test
  void withoutItsConnectorTheProtocolKeepsTomcatsAdapterAsItIs() {
    StreamFriendlyHttp11Protocol protocol = new StreamFriendlyHttp11Protocol();
    RecordingAdapter tomcats = new RecordingAdapter();
    protocol.setAdapter(tomcats);
    assertThat(protocol.getAdapter()).isSameAs(tomcats);
  }

  @Test
  void thisTomcatHasTheFieldTheSwapNeeds() {
    assertThat(SmallRequestCharBuffers.available()).as("Request.inputBuffer found and writable").isTrue();
  }
}
