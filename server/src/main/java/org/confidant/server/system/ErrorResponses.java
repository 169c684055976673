package org.confidant.server.system;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.BindException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Maps every feature's failures to HTTP in one place.
 *
 * <p>Under {@code /api} the answer is an RFC 9457 problem detail with a stable {@code code};
 * elsewhere it is the error page with the same sentence. Unexpected failures are logged by
 * exception class only (never their message, which could quote input) and answered with 500.
 */
@ControllerAdvice
class ErrorResponses {

  private static final Logger log = LoggerFactory.getLogger(ErrorResponses.class);

  @ExceptionHandler(ConfidantException.class)
  Object confidant(ConfidantException e, HttpServletRequest request, HttpServletResponse response) {
    return respond(request, response, e.status(), e.code(), e.getMessage(), Map.of());
  }

  @ExceptionHandler(BindException.class)
  Object binding(BindException e, HttpServletRequest request, HttpServletResponse response) {
    Map<String, String> fields = e.getFieldErrors().stream()
        .collect(Collectors.toMap(f -> f.getField(), f -> String.valueOf(f.getDefaultMessage()), (a, b) -> a,
            LinkedHashMap::new));
    return respond(request, response, HttpStatus.BAD_REQUEST, "invalid-input",
        "Some fields need changing: " + String.join(", ", fields.keySet()) + ".", fields);
  }

  @ExceptionHandler({HttpMessageNotReadableException.class, MissingServletRequestParameterException.class,
      MethodArgumentTypeMismatchException.class})
  Object unreadable(Exception e, HttpServletRequest request, HttpServletResponse response) {
    return respond(request, response, HttpStatus.BAD_REQUEST, "unreadable-request",
        "The request could not be read. Check the fields and try again.", Map.of());
  }

  @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
  Object method(Exception e, HttpServletRequest request, HttpServletResponse response) {
    return respond(request, response, HttpStatus.METHOD_NOT_ALLOWED, "method-not-allowed",
        "That action is not available here.", Map.of());
  }

  @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
  Object mediaType(Exception e, HttpServletRequest request, HttpServletResponse response) {
    return respond(request, response, HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type",
        "Send JSON (application/json) to this endpoint.", Map.of());
  }

  @ExceptionHandler(NoResourceFoundException.class)
  Object noResource(Exception e, HttpServletRequest request, HttpServletResponse response) {
    return respond(request, response, HttpStatus.NOT_FOUND, "not-found", "There is nothing here.", Map.of());
  }

  @ExceptionHandler(org.springframework.security.access.AccessDeniedException.class)
  Object denied(Exception e, HttpServletRequest request, HttpServletResponse response) {
    return respond(request, response, HttpStatus.FORBIDDEN, "forbidden", "You may not do that.", Map.of());
  }

  /**
   * Two requests changed the same thing at the same moment (a double click on "Join", one invite
   * accepted twice at once) and the database refused the second: its transaction rolled back,
   * nothing was half-done, and the member only needs to look again.
   */
  @ExceptionHandler(DuplicateKeyException.class)
  Object race(Exception e, HttpServletRequest request, HttpServletResponse response) {
    return respond(request, response, HttpStatus.CONFLICT, "changed-concurrently",
        "That was changed by another request at the same moment. Reload the page to see where things stand.",
        Map.of());
  }

  @ExceptionHandler(Exception.class)
  Object unexpected(Exception e, HttpServletRequest request, HttpServletResponse response) {
    log.error("unexpected failure: {}", e.getClass().getName());
    return respond(request, response, HttpStatus.INTERNAL_SERVER_ERROR, "internal-error",
        "Something went wrong on our side. Nothing you typed was shared. Please try again.", Map.of());
  }

  static boolean isApi(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return path.startsWith("/api/") || path.equals("/api");
  }

  private static Object respond(HttpServletRequest request, HttpServletResponse response, HttpStatus status,
      String code, String message, Map<String, String> fields) {
    if (isApi(request)) {
      ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, message);
      problem.setTitle(status.getReasonPhrase());
      problem.setProperty("code", code);
      if (!fields.isEmpty()) {
        problem.setProperty("fields", fields);
      }
      return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
    response.setStatus(status.value());
    ModelAndView page = new ModelAndView("error");
    page.setStatus(status);
    page.addObject("status", status.value());
    page.addObject("reason", status.getReasonPhrase());
    page.addObject("code", code);
    page.addObject("message", message);
    page.addObject("fields", fields);
    return page;
  }
}
