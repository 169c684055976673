package org.confidant.server.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.ModelAndView;

class ErrorResponsesTest {

  private final ErrorResponses errors = new ErrorResponses();

  @ParameterizedTest(name = "{0}")
  @CsvSource({
      "/api/sessions/x/join, true",
      "/sessions/x/join, false",
  })
  void simultaneousChangesAreAConflictNotAServerError(String path, boolean api) {
    MockHttpServletRequest request = new MockHttpServletRequest("POST", path);
    MockHttpServletResponse response = new MockHttpServletResponse();
    Object answer = errors.race(new DuplicateKeyException("duplicate key value violates unique constraint"), request,
        response);
    if (api) {
      ResponseEntity<?> entity = (ResponseEntity<?>) answer;
      assertThat(entity.getStatusCode().value()).isEqualTo(409);
      ProblemDetail problem = (ProblemDetail) entity.getBody();
      assertThat(problem.getProperties()).containsEntry("code", "changed-concurrently");
      assertThat(problem.getDetail()).doesNotContain("duplicate key");
    } else {
      ModelAndView page = (ModelAndView) answer;
      assertThat(response.getStatus()).isEqualTo(409);
      assertThat(page.getModel().get("message")).asString().startsWith("That was changed");
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"/api/groups", "/groups"})
  void unexpectedFailuresNeverEchoTheirMessage(String path) {
    MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
    MockHttpServletResponse response = new MockHttpServletResponse();
    Object answer = errors.unexpected(new IllegalStateException("Call Dana at 555-0134"), request, response);
    String shown = answer instanceof ResponseEntity<?> e ? String.valueOf(((ProblemDetail) e.getBody()).getDetail())
        : String.valueOf(((ModelAndView) answer).getModel().get("message"));
    assertThat(shown).doesNotContain("555-0134").contains("Something went wrong");
  }
}
