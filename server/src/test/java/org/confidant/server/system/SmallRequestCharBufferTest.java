package org.confidant.server.system;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletRequestWrapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.Reader;
import java.lang.reflect.Field;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.catalina.connector.InputBuffer;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.RequestFacade;
import org.confidant.server.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The real server on a random port: each connection's servlet request has the small char buffer
 * of {@link SmallRequestCharBuffers}, and bodies far larger than it, in multi-byte UTF-8, still
 * arrive intact as bytes (JSON, forms) and through {@code getReader()}.
 *
 * <p>No route of ours reads a body with {@code getReader()}, so a test-only filter, ahead of
 * security, answers {@code /test-only/request-body}: it reports the request's char buffer capacity
 * (read from Tomcat's request by reflection) and echoes the body as read through the reader or as
 * the {@code text} form parameter.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SmallRequestCharBufferTest {

  static final String PROBE = "/test-only/request-body";
  static final String CAPACITY_HEADER = "X-Char-Buffer-Capacity";

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    TestDatabase.register(registry);
  }

  @TestConfiguration
  static class Probe {
    @Bean
    FilterRegistrationBean<OncePerRequestFilter> requestBodyProbe() {
      FilterRegistrationBean<OncePerRequestFilter> bean = new FilterRegistrationBean<>(new OncePerRequestFilter() {
        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws java.io.IOException {
          response.setHeader(CAPACITY_HEADER, Integer.toString(charBufferCapacity(request)));
          response.setContentType("text/plain;charset=UTF-8");
          String body;
          if (request.getContentType() != null && request.getContentType().startsWith("application/x-www-form-urlencoded")) {
            body = request.getParameter("text");
          } else {
            StringBuilder read = new StringBuilder();
            char[] chunk = new char[97]; // odd-sized reads, so they straddle the buffer's refills
            try (Reader reader = request.getReader()) {
              for (int n; (n = reader.read(chunk)) >= 0; ) {
                read.append(chunk, 0, n);
              }
            }
            body = read.toString();
          }
          response.getWriter().write(body == null ? "" : body);
        }
      });
      bean.addUrlPatterns(PROBE);
      bean.setOrder(Ordered.HIGHEST_PRECEDENCE);
      return bean;
    }
  }

  @LocalServerPort int port;

  private final HttpClient http = HttpClient.newHttpClient();
  private final ObjectMapper json = new ObjectMapper();

  /** Chars of 1, 2, 3 and 4 (a surrogate pair) UTF-8 bytes, in a period that does not divide the buffer. */
  static String multiByteText(int chars) {
    String unit = "Grateful today, café naïve 日本語 🌱 one step, żółć ∑ 🙂 again. ";
    StringBuilder text = new StringBuilder(chars + unit.length());
    while (text.length() < chars) {
      text.append(unit);
    }
    text.setLength(chars);
    if (Character.isHighSurrogate(text.charAt(chars - 1))) {
      text.setLength(chars - 1);
    }
    return text.toString();
  }

  /** Tomcat's request behind the servlet request, then its InputBuffer's char buffer. */
  static int charBufferCapacity(ServletRequest request) {
    try {
      while (request instanceof ServletRequestWrapper wrapper) {
        request = wrapper.getRequest();
      }
      Field facadeRequest = RequestFacade.class.getDeclaredField("request");
      facadeRequest.setAccessible(true);
      Request tomcatRequest = (Request) facadeRequest.get(request);
      Field inputBuffer = Request.class.getDeclaredField("inputBuffer");
      inputBuffer.setAccessible(true);
      Field cb = InputBuffer.class.getDeclaredField("cb");
      cb.setAccessible(true);
      return ((CharBuffer) cb.get(inputBuffer.get(tomcatRequest))).capacity();
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  private URI uri(String path) {
    return URI.create("http://localhost:" + port + path);
  }

  @Test
  void eachRequestHasTheSmallCharBufferNotTomcatsDefault() throws Exception {
    assertThat(SmallRequestCharBuffers.CHARS).isLessThan(InputBuffer.DEFAULT_BUFFER_SIZE);
    // Several requests: the first creates the connection's servlet request, the others reuse it.
    for (int i = 0; i < 3; i++) {
      HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri(PROBE))
          .POST(HttpRequest.BodyPublishers.ofString("x", StandardCharsets.UTF_8))
          .header("Content-Type", "text/plain;charset=UTF-8").build(), HttpResponse.BodyHandlers.ofString());
      assertThat(response.statusCode()).isEqualTo(200);
      assertThat(response.headers().firstValue(CAPACITY_HEADER)).hasValue(Integer.toString(SmallRequestCharBuffers.CHARS));
    }
  }

  @Test
  void aLargeMultiByteBodyReadThroughGetReaderArrivesIntact() throws Exception {
    for (int chars : new int[] {SmallRequestCharBuffers.CHARS - 1, SmallRequestCharBuffers.CHARS + 1, 20_000}) {
      String text = multiByteText(chars);
      HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri(PROBE))
          .POST(HttpRequest.BodyPublishers.ofString(text, StandardCharsets.UTF_8))
          .header("Content-Type", "text/plain;charset=UTF-8").build(),
          HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      assertThat(response.statusCode()).isEqualTo(200);
      assertThat(response.body()).as("%d chars read back", chars).isEqualTo(text);
      // After a body longer than the buffer, the (recycled) request is back to the small buffer.
      assertThat(response.headers().firstValue(CAPACITY_HEADER)).hasValue(Integer.toString(SmallRequestCharBuffers.CHARS));
    }
  }

  @Test
  void aLargeMultiByteFormBodyArrivesIntact() throws Exception {
    String text = multiByteText(20_000);
    HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri(PROBE))
        .POST(HttpRequest.BodyPublishers.ofString("text=" + URLEncoder.encode(text, StandardCharsets.UTF_8)))
        .header("Content-Type", "application/x-www-form-urlencoded;charset=UTF-8").build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).isEqualTo(text);
  }

  @Test
  void aLargeMultiByteJsonBodyReachesTheCheckApiIntact() throws Exception {
    // A member of our own, signed up over HTTP: session cookie and CSRF token as any client has them.
    Map<String, String> cookie = new java.util.HashMap<>();
    JsonNode session = call("GET", "/api/session", null, cookie, null);
    JsonNode signedUp = call("POST", "/api/accounts",
        Map.of("displayName", "Rob T.", "passphrase", "quiet harbor lantern buffer 7731"), cookie, session);
    String text = multiByteText(9_000);
    JsonNode checked = call("POST", "/api/check", Map.of("text", text, "channel", "group"), cookie, signedUp);
    assertThat(checked.path("action").asString()).isEqualTo("allow");
    assertThat(checked.path("redactedText").asString()).isEqualTo(text);
  }

  private JsonNode call(String method, String path, Object body, Map<String, String> cookie, JsonNode csrf)
      throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(uri(path)).header("Accept", "application/json");
    if (cookie.containsKey("value")) {
      b.header("Cookie", cookie.get("value"));
    }
    if (csrf != null) {
      b.header(csrf.path("csrfHeader").asString(), csrf.path("csrfToken").asString());
    }
    if (body == null) {
      b.method(method, HttpRequest.BodyPublishers.noBody());
    } else {
      b.header("Content-Type", "application/json");
      b.method(method, HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body), StandardCharsets.UTF_8));
    }
    HttpResponse<String> response = http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    assertThat(response.statusCode()).as("%s %s: %s", method, path, response.body()).isBetween(200, 299);
    List<String> set = response.headers().allValues("set-cookie");
    set.stream().filter(v -> v.startsWith("CONFIDANT_SESSION="))
        .forEach(v -> cookie.put("value", v.substring(0, v.indexOf(';') < 0 ? v.length() : v.indexOf(';'))));
    return json.readTree(response.body());
  }
}
