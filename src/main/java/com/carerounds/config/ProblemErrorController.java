package com.carerounds.config;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The container's error page (errors that never reached a controller, such as a filter's failure) as
 * problem details in place of Spring Boot's own error JSON or HTML: the status and its reason, never
 * an exception's message or stack trace.
 */
@Hidden
@RestController
class ProblemErrorController implements ErrorController {

    @RequestMapping(path = "${server.error.path:/error}", produces = MediaType.ALL_VALUE)
    ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer c && HttpStatus.resolve(c) != null
                ? HttpStatus.valueOf(c) : HttpStatus.INTERNAL_SERVER_ERROR;
        if (!status.isError()) {
            status = HttpStatus.INTERNAL_SERVER_ERROR;
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail(status));
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (uri instanceof String path) {
            problem.setInstance(java.net.URI.create(path.replaceAll("[^A-Za-z0-9/_\\-.~]", "_")));
        }
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    static String detail(HttpStatus status) {
        return switch (status) {
            case BAD_REQUEST -> "the request is malformed";
            case UNAUTHORIZED -> "sign in to use CareRounds";
            case FORBIDDEN -> "your role may not do this";
            case NOT_FOUND -> "no such address in CareRounds";
            case METHOD_NOT_ALLOWED -> "this address does not take that method";
            case PAYLOAD_TOO_LARGE -> "the request body is too large";
            default -> status.is5xxServerError()
                    ? "CareRounds could not complete the request; it has been logged" : status.getReasonPhrase();
        };
    }
}
