package org.confidant.bench.load;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * One simulated member talking to the server's JSON API: their session cookie and CSRF token.
 *
 * <p>Cookies are kept by hand (one per member) so that one {@link HttpClient} serves every member.
 * Failures throw {@link IllegalStateException} naming the route and status, never a body.
 */
final class ApiClient {

  static final ObjectMapper JSON = new ObjectMapper();

  private final HttpClient http;
  private final URI base;
  private volatile String cookie;
  private volatile String csrfHeader = "X-CSRF-TOKEN";
  private volatile String csrfToken;

  ApiClient(HttpClient http, URI base) {
    this.http = http;
    this.base = base;
  }

  URI base() {
    return base;
  }

  String cookie() {
    return cookie;
  }

  /** Sends a JSON request and returns the parsed body; throws unless the status is 2xx. */
  JsonNode call(String method, String path, Object body) throws IOException, InterruptedException {
    HttpResponse<String> response = http.send(request(method, path, body), HttpResponse.BodyHandlers.ofString());
    remember(response);
    if (response.statusCode() / 100 != 2) {
      throw new IllegalStateException(method + " " + path + " answered " + response.statusCode());
    }
    String text = response.body();
    return text == null || text.isBlank() ? JSON.nullNode() : JSON.readTree(text);
  }

  /** Sends a JSON request without waiting; the future holds the status code. */
  CompletableFuture<Integer> callAsync(String method, String path, Object body) {
    return http.sendAsync(request(method, path, body), HttpResponse.BodyHandlers.discarding())
        .thenApply(HttpResponse::statusCode);
  }

  /** Reads the CSRF token the API hands out for this session (needed after every sign-in). */
  void refreshCsrf() throws IOException, InterruptedException {
    JsonNode session = call("GET", "/api/session", null);
    csrfHeader = session.path("csrfHeader").asString("X-CSRF-TOKEN");
    csrfToken = session.path("csrfToken").asString(null);
  }

  HttpRequest request(String method, String path, Object body) {
    HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path)).header("Accept", "application/json");
    if (cookie != null) {
      b.header("Cookie", cookie);
    }
    if (!method.equals("GET") && csrfToken != null) {
      b.header(csrfHeader, csrfToken);
    }
    if (body == null) {
      b.method(method, HttpRequest.BodyPublishers.noBody());
    } else {
      b.header("Content-Type", "application/json");
      b.method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
    }
    return b.build();
  }

  private void remember(HttpResponse<?> response) {
    Map<String, List<String>> headers = response.headers().map();
    Optional<String> set = headers.entrySet().stream()
        .filter(e -> e.getKey().equalsIgnoreCase("set-cookie"))
        .flatMap(e -> e.getValue().stream())
        .filter(v -> v.startsWith("CONFIDANT_SESSION="))
        .findFirst();
    set.ifPresent(v -> cookie = v.substring(0, v.indexOf(';') < 0 ? v.length() : v.indexOf(';')));
  }
}
