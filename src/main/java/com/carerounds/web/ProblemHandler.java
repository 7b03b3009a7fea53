package com.carerounds.web;

import com.carerounds.kernel.BrokenRulesException;
import com.carerounds.kernel.ConflictException;
import com.carerounds.kernel.InvalidFieldException;
import com.carerounds.kernel.NotFoundException;
import com.carerounds.kernel.RejectedRowsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.data.relational.core.conversion.DbActionExecutionException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/** Every error as RFC 7807 problem details saying what is wrong and, where it applies, with which field. */
@RestControllerAdvice
public class ProblemHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
    }

    @ExceptionHandler(ConflictException.class)
    ProblemDetail conflict(ConflictException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        if (e instanceof BrokenRulesException broken) {
            problem.setProperty("violations", broken.violations());
        }
        return problem;
    }

    /**
     * A change the database refused: told apart by the SQL state, never by the database's message, which
     * names the values (a national ID in a duplicate key). A value the columns cannot hold is the
     * client's (400); a unique key, a reference or an exclusion is a conflict with saved data (409).
     */
    @ExceptionHandler(DataIntegrityViolationException.class)
    ProblemDetail integrity(DataIntegrityViolationException e) {
        String state = sqlState(e);
        if (state.startsWith("22")) {
            return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                    "a value is too long, out of range or has characters that cannot be stored");
        }
        if (state.equals("23514") || state.equals("23513")) {
            return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "a value breaks a rule of the stored data");
        }
        if (state.equals("23503") || state.equals("23506")) {
            return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                    "conflicts with saved data: refers to a record that does not exist, or one others still refer to");
        }
        if (state.equals("23P01")) {
            return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                    "conflicts with saved data: overlaps a record already saved, such as a contract in force");
        }
        return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                "conflicts with saved data: a code already in use, or a record others still refer to");
    }

    /**
     * Spring Data JDBC wraps what the database said while saving an aggregate; the cause is the refusal
     * (a constraint, a stale version). Anything else stays a 500, logged without the wrapped message.
     */
    @ExceptionHandler(DbActionExecutionException.class)
    ProblemDetail refusedWhileSaving(DbActionExecutionException e) {
        Throwable cause = e.getCause();
        if (cause instanceof DataIntegrityViolationException integrity) {
            return integrity(integrity);
        }
        if (cause instanceof OptimisticLockingFailureException stale) {
            return stale(stale);
        }
        if (cause instanceof PessimisticLockingFailureException busy) {
            return busy(busy);
        }
        log.error("Saving failed: {}", cause == null ? "no cause" : cause.getClass().getName());
        return ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                "CareRounds could not complete the request; it has been logged");
    }

    private static String sqlState(Throwable e) {
        for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                return sql.getSQLState();
            }
        }
        return "";
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ProblemDetail stale(OptimisticLockingFailureException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                "someone else changed this record meanwhile: reload it and apply your change again");
    }

    /** A lock not had in time, or a deadlock the database broke: nothing was saved, and trying again works. */
    @ExceptionHandler(PessimisticLockingFailureException.class)
    ProblemDetail busy(PessimisticLockingFailureException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                "someone else is changing the same records right now; nothing was saved: send the change again");
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail forbidden(AccessDeniedException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, e.getMessage());
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail badRequest(IllegalArgumentException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
    }

    @ExceptionHandler(RejectedRowsException.class)
    ProblemDetail rowsRejected(RejectedRowsException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY, e.getMessage());
        problem.setProperty("errors", e.errors());
        return problem;
    }

    @ExceptionHandler(InvalidFieldException.class)
    ProblemDetail invalidField(InvalidFieldException e) {
        return invalidFields(List.of(fieldError(e.field(), e.reason())));
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        List<Map<String, String>> errors = e.getBindingResult().getFieldErrors().stream()
                .map(error -> fieldError(error.getField(), String.valueOf(error.getDefaultMessage())))
                .toList();
        return ResponseEntity.badRequest().body(invalidFields(errors));
    }

    /** A query or path parameter its constraint refuses (an implausible date), named like a body field. */
    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException e,
                                                                            HttpHeaders headers, HttpStatusCode status,
                                                                            WebRequest request) {
        List<Map<String, String>> errors = e.getParameterValidationResults().stream()
                .flatMap(result -> result.getResolvableErrors().stream().map(error -> fieldError(
                        String.valueOf(result.getMethodParameter().getParameterName()),
                        String.valueOf(error.getDefaultMessage()))))
                .toList();
        return ResponseEntity.badRequest().body(invalidFields(errors));
    }

    /**
     * A value of the wrong type, an unknown enum constant or one its record refuses (a tier's ADL out of
     * range), named by its path in the JSON body.
     */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        if (e.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = mapping.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? "." + ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining()).substring(1);
            return ResponseEntity.badRequest().body(invalidFields(List.of(fieldError(field, reason(mapping)))));
        }
        return ResponseEntity.badRequest().body(ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "the request body is not readable JSON of the expected shape"));
    }

    private static String reason(JsonMappingException e) {
        if (e instanceof ValueInstantiationException) {
            return e.getCause() instanceof IllegalArgumentException refused && !(refused instanceof NumberFormatException)
                    && refused.getMessage() != null ? refused.getMessage() : "is incomplete: a required value is missing";
        }
        return "has the wrong type or an unknown value";
    }

    private static ProblemDetail invalidFields(List<Map<String, String>> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "the request has invalid fields");
        problem.setProperty("errors", errors);
        return problem;
    }

    private static Map<String, String> fieldError(String field, String reason) {
        return Map.of("field", field, "reason", reason);
    }

    /** A multipart body Tomcat cannot split (no boundary, cut short): the client's mistake, not a 500. */
    @ExceptionHandler(MultipartException.class)
    ProblemDetail unreadableMultipart(MultipartException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "the multipart/form-data body cannot be "
                + "read (is its boundary missing?): send files as multipart/form-data with a boundary, "
                + "everything else as application/json");
    }
}
