package org.confidant.server.authz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.confidant.server.ServerTest;
import org.confidant.server.account.AccountPrincipal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every route against every kind of caller: anonymous, member of another group, group member not
 * admitted, attendee, chair and secretary.
 *
 * <p>"Allowed" means the request got past authorization: not 403 or 404, not a sign-in demand.
 * It may still fail for other reasons (a conflict, a wrong passphrase), which is not this test's
 * concern. "Denied" means 403, 404 (ids the caller may not know of), or a sign-in demand for
 * anonymous callers. A route the application serves that is missing from {@link #MATRIX} fails
 * {@link #everyRouteIsInTheMatrix()}, so a new route cannot ship unchecked.
 */
class AuthorizationMatrixTest extends ServerTest {

  enum Actor { ANONYMOUS, OUTSIDER, MEMBER, ATTENDEE, CHAIR, SECRETARY }

  static final Set<Actor> ANYONE = EnumSet.allOf(Actor.class);
  static final Set<Actor> SIGNED_IN = EnumSet.complementOf(EnumSet.of(Actor.ANONYMOUS));
  static final Set<Actor> GROUP = EnumSet.of(Actor.MEMBER, Actor.ATTENDEE, Actor.CHAIR, Actor.SECRETARY);
  static final Set<Actor> IN_ROOM = EnumSet.of(Actor.ATTENDEE, Actor.CHAIR, Actor.SECRETARY);
  static final Set<Actor> CHAIRS = EnumSet.of(Actor.CHAIR, Actor.SECRETARY);
  static final Set<Actor> SECRETARY = EnumSet.of(Actor.SECRETARY);

  static final String MEETING_JSON = "{\"title\":\"Matrix meeting\",\"weekday\":2,\"startTime\":\"19:30\","
      + "\"timeZone\":\"America/Chicago\",\"format\":\"OPEN\"}";
  static final String MEETING_FORM = "title=Matrix+meeting&weekday=2&startTime=19:30&timeZone=America/Chicago&format=OPEN";

  static final String NEW = "harbor thistle quartz meadow";
  static final String PASS = Fixture.PASSPHRASE.replace(' ', '+');
  static final String NEW_PASS = NEW.replace(' ', '+');

  /** Route ("METHOD /pattern") → who may use it, with the body a valid request carries. */
  static final Map<String, Expect> MATRIX = new LinkedHashMap<>();

  record Expect(Set<Actor> allowed, String body, boolean json) {}

  static void route(String route, Set<Actor> allowed) {
    MATRIX.put(route, new Expect(allowed, null, false));
  }

  static void json(String route, Set<Actor> allowed, String body) {
    MATRIX.put(route, new Expect(allowed, body, true));
  }

  static void form(String route, Set<Actor> allowed, String body) {
    MATRIX.put(route, new Expect(allowed, body, false));
  }

  static {
    // public pages and the API's public entry points
    route("GET /", ANYONE);
    route("GET /help", ANYONE);
    route("GET /api/help", ANYONE);
    route("GET /privacy", ANYONE);
    route("GET /signin", ANYONE);
    route("GET /signup", ANYONE);
    form("POST /signup", ANYONE, "displayName=Zed&passphrase=");
    route("GET /recover", ANYONE);
    form("POST /recover", ANYONE, "signInName=nobody-0000&code=AAAA-AAAA-AAAA-AAAA&newPassphrase=x");
    json("POST /api/accounts", ANYONE, "{\"displayName\":\"Zed\",\"passphrase\":\"\"}");
    json("POST /api/recover", ANYONE,
        "{\"signInName\":\"nobody-0000\",\"code\":\"AAAA-AAAA-AAAA-AAAA\",\"newPassphrase\":\"x\"}");
    route("GET /api/session", ANYONE);
    json("POST /api/session", ANYONE, "{\"signInName\":\"nobody-0000\",\"passphrase\":\"wrong\"}");
    route("DELETE /api/session", ANYONE);
    route("GET /api/openapi", ANYONE);
    route("GET /api/openapi.yaml", ANYONE);

    // the member's own account
    route("GET /account", SIGNED_IN);
    form("POST /account/passphrase", SIGNED_IN, "currentPassphrase=" + PASS + "&newPassphrase=" + NEW_PASS);
    form("POST /account/signout-everywhere", SIGNED_IN, "");
    form("POST /account/delete", SIGNED_IN, "passphrase=" + PASS);
    route("GET /api/account", SIGNED_IN);
    json("PUT /api/account/passphrase", SIGNED_IN,
        "{\"currentPassphrase\":\"" + Fixture.PASSPHRASE + "\",\"newPassphrase\":\"" + NEW + "\"}");
    json("POST /api/account/signout-everywhere", SIGNED_IN, "{}");
    json("DELETE /api/account", SIGNED_IN, "{\"passphrase\":\"" + Fixture.PASSPHRASE + "\"}");

    // check before you post
    route("GET /check", SIGNED_IN);
    form("POST /check", SIGNED_IN, "text=Grateful+for+today&channel=group");
    json("POST /api/check", SIGNED_IN, "{\"text\":\"Grateful for today\",\"channel\":\"group\"}");

    // groups and invites
    route("GET /groups", SIGNED_IN);
    form("POST /groups", SIGNED_IN, "name=Matrix+group");
    route("GET /api/groups", SIGNED_IN);
    json("POST /api/groups", SIGNED_IN, "{\"name\":\"Matrix group\"}");
    route("GET /groups/{groupId}", GROUP);
    route("GET /api/groups/{groupId}", GROUP);
    form("POST /groups/{groupId}/invites", SECRETARY, "");
    json("POST /api/groups/{groupId}/invites", SECRETARY, "{}");
    route("GET /invite/{token}", SIGNED_IN);
    form("POST /invite/{token}", SIGNED_IN, "");
    json("POST /api/invites/{token}", SIGNED_IN, "{}");
    form("POST /groups/{groupId}/leave", GROUP, "");
    json("POST /api/groups/{groupId}/leave", GROUP, "{}");
    form("POST /groups/{groupId}/members/{accountId}/remove", SECRETARY, "");
    route("DELETE /api/groups/{groupId}/members/{accountId}", SECRETARY);
    form("POST /groups/{groupId}/retention", SECRETARY, "days=30");
    json("PUT /api/groups/{groupId}/retention", SECRETARY, "{\"days\":30}");

    // meetings (schedule)
    form("POST /groups/{groupId}/meetings", SECRETARY, MEETING_FORM);
    json("POST /api/groups/{groupId}/meetings", SECRETARY, MEETING_JSON);
    route("GET /meetings/{meetingId}", GROUP);
    route("GET /api/meetings/{meetingId}", GROUP);
    form("POST /meetings/{meetingId}", SECRETARY, MEETING_FORM);
    json("PUT /api/meetings/{meetingId}", SECRETARY, MEETING_JSON);
    form("POST /meetings/{meetingId}/delete", SECRETARY, "");
    route("DELETE /api/meetings/{meetingId}", SECRETARY);

    // sessions and the waiting room
    form("POST /meetings/{meetingId}/start", CHAIRS, "");
    json("POST /api/meetings/{meetingId}/sessions", CHAIRS, "{}");
    form("POST /sessions/{sessionId}/close", CHAIRS, "");
    json("POST /api/sessions/{sessionId}/close", CHAIRS, "{}");
    form("POST /sessions/{sessionId}/join", GROUP, "");
    json("POST /api/sessions/{sessionId}/join", GROUP, "{}");
    route("GET /sessions/{sessionId}/waiting", GROUP);
    route("GET /sessions/{sessionId}/waiting/status", GROUP);
    route("GET /sessions/{sessionId}/lobby", CHAIRS);
    route("GET /api/sessions/{sessionId}/attendees", CHAIRS);
    form("POST /sessions/{sessionId}/attendees/{accountId}/admit", CHAIRS, "");
    form("POST /sessions/{sessionId}/attendees/{accountId}/remove", CHAIRS, "");
    form("POST /sessions/{sessionId}/attendees/{accountId}/ban", CHAIRS, "");
    json("POST /api/sessions/{sessionId}/attendees/{accountId}/admit", CHAIRS, "{}");
    json("POST /api/sessions/{sessionId}/attendees/{accountId}/remove", CHAIRS, "{}");
    json("POST /api/sessions/{sessionId}/attendees/{accountId}/ban", CHAIRS, "{}");

    // the live room: only admitted attendees and those who chair
    route("GET /sessions/{sessionId}", IN_ROOM);
    route("GET /sessions/{sessionId}/stream", IN_ROOM);
    form("POST /sessions/{sessionId}/shares", IN_ROOM, "text=Grateful+to+be+here+tonight");
    route("GET /api/sessions/{sessionId}/shares", IN_ROOM);
    route("GET /api/sessions/{sessionId}/stream", IN_ROOM);
    json("POST /api/sessions/{sessionId}/shares", IN_ROOM, "{\"text\":\"Grateful to be here tonight\"}");
  }

  @Autowired
  @Qualifier("requestMappingHandlerMapping")
  RequestMappingHandlerMapping mappings;

  @Test
  void everyRouteIsInTheMatrix() {
    Set<String> served = new TreeSet<>();
    mappings.getHandlerMethods().forEach((info, handler) -> {
      Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
      Set<RequestMethod> effective = methods.isEmpty() ? EnumSet.of(RequestMethod.GET, RequestMethod.POST) : methods;
      for (String pattern : info.getPatternValues()) {
        if (pattern.equals("/error")) {
          continue; // the container's error dispatch, not a route of the application
        }
        for (RequestMethod m : effective) {
          served.add(m.name() + " " + pattern);
        }
      }
    });
    assertThat(MATRIX.keySet()).as("routes the matrix lists").containsAll(served);
    assertThat(served).as("matrix entries that no longer exist").containsAll(MATRIX.keySet());
  }

  static Stream<Arguments> cells() {
    return MATRIX.keySet().stream().flatMap(route -> ANYONE.stream().map(actor -> Arguments.of(route, actor)));
  }

  @ParameterizedTest(name = "{0} as {1}")
  @MethodSource("cells")
  void routeAnswersEachCallerAsTheMatrixSays(String route, Actor actor) throws Exception {
    Fixture f = new Fixture(jdbc);
    Expect expect = MATRIX.get(route);
    String method = route.substring(0, route.indexOf(' '));
    String path = route.substring(route.indexOf(' ') + 1)
        .replace("{groupId}", f.groupId.toString())
        .replace("{meetingId}", f.meetingId.toString())
        .replace("{sessionId}", f.sessionId.toString())
        .replace("{accountId}", (route.contains("/sessions/") ? f.waiting : f.member).id().toString())
        .replace("{token}", f.inviteToken);
    MockHttpServletRequestBuilder request = request(HttpMethod.valueOf(method), path).with(csrf());
    if (expect.body() != null) {
      if (expect.json()) {
        request.contentType(MediaType.APPLICATION_JSON).content(expect.body());
      } else {
        request.contentType(MediaType.APPLICATION_FORM_URLENCODED).content(expect.body());
      }
    }
    AccountPrincipal who = switch (actor) {
      case ANONYMOUS -> null;
      case OUTSIDER -> f.outsider;
      case MEMBER -> f.member;
      case ATTENDEE -> f.attendee;
      case CHAIR -> f.chair;
      case SECRETARY -> f.secretary;
    };
    if (who != null) {
      request.with(as(who));
    }
    MvcResult result = mvc.perform(request).andReturn();
    int status = result.getResponse().getStatus();
    String redirect = result.getResponse().getRedirectedUrl();
    String body = result.getRequest().isAsyncStarted() ? "" : result.getResponse().getContentAsString();
    // Spring Security sends anonymous callers to the bare sign-in page; "/signin?deleted" after
    // deleting one's own account is a successful outcome, not a demand.
    boolean signInDemanded = (redirect != null && redirect.endsWith("/signin"))
        || (status == 401 && body.contains("sign-in-required"));
    boolean denied = status == 403 || status == 404 || signInDemanded;
    String seen = status + (redirect == null ? "" : " -> " + redirect);
    if (expect.allowed().contains(actor)) {
      assertThat(denied).as("%s as %s should get past authorization, got %s", route, actor, seen).isFalse();
      assertThat(status).as("%s as %s: server error", route, actor).isLessThan(500);
    } else {
      assertThat(denied).as("%s as %s should be denied, got %s", route, actor, seen).isTrue();
      if (actor == Actor.ANONYMOUS) {
        assertThat(signInDemanded).as("%s as anonymous should demand sign-in, got %s", route, seen).isTrue();
      }
    }
  }
}
