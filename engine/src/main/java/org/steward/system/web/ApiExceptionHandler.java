package org.steward.system.web;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.validation.ConstraintViolationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/** Turns every error of the API into RFC 9457 problem details that name the bad field and its index. */
@RestControllerAdvice
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);
    private static final Pattern LEADING_INDEX = Pattern.compile("^\\[(\\d+)]\\.?(.*)$");

    @ExceptionHandler(InvalidInputException.class)
    ProblemDetail invalid(InvalidInputException e) {
        return Problems.invalid(e.getMessage(), e.problems());
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        return Problems.of(HttpStatus.NOT_FOUND, "not-found", "Not found", e.getMessage());
    }

    @ExceptionHandler(ConflictException.class)
    ProblemDetail conflict(ConflictException e) {
        return Problems.of(HttpStatus.CONFLICT, "conflict", "Conflict", e.getMessage());
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ProblemDetail constraintViolation(ConstraintViolationException e) {
        List<FieldProblem> errors = e.getConstraintViolations().stream()
                .map(v -> fieldProblem(lastNode(v.getPropertyPath().toString()), v.getMessage())).toList();
        return Problems.invalid(errors.size() + " invalid field(s)", errors);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e) {
        return Problems.invalid("Parameter '" + e.getName() + "' is invalid",
                List.of(FieldProblem.of(e.getName(), "cannot be read as " + simpleType(e.getRequiredType()) + ": '" + e.getValue() + "'")));
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail accessDenied(AccessDeniedException e) {
        return Problems.of(HttpStatus.FORBIDDEN, "forbidden", "Forbidden", "Your role does not allow this");
    }

    @ExceptionHandler(AuthenticationException.class)
    ProblemDetail unauthenticated(AuthenticationException e) {
        return Problems.of(HttpStatus.UNAUTHORIZED, "unauthorized", "Unauthorized", "Sign in to use Steward");
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        List<FieldProblem> errors = new ArrayList<>();
        for (FieldError error : e.getBindingResult().getFieldErrors()) {
            errors.add(fieldProblem(error.getField(), error.getDefaultMessage()));
        }
        e.getBindingResult().getGlobalErrors().forEach(error -> errors.add(FieldProblem.of(error.getObjectName(), error.getDefaultMessage())));
        return ResponseEntity.badRequest().body(Problems.invalid(errors.size() + " invalid field(s)", errors));
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException e, HttpHeaders headers,
                                                                            HttpStatusCode status, WebRequest request) {
        List<FieldProblem> errors = new ArrayList<>();
        e.getParameterValidationResults().forEach(result -> result.getResolvableErrors().forEach(error -> {
            String field = error instanceof FieldError fieldError ? fieldError.getField() : result.getMethodParameter().getParameterName();
            Integer index = result.getContainerIndex();
            errors.add(index != null ? FieldProblem.at(index, field, error.getDefaultMessage()) : fieldProblem(field, error.getDefaultMessage()));
        }));
        return ResponseEntity.badRequest().body(Problems.invalid(errors.size() + " invalid field(s)", errors));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        Throwable cause = e.getMostSpecificCause();
        // Jackson's own exception may wrap a more specific one (a DateTimeParseException for 2026-02-30).
        if (e.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()
                && !(cause instanceof JsonParseException)) {
            String path = jsonPath(mapping);
            return ResponseEntity.badRequest().body(Problems.invalid("The request body does not match the expected shape",
                    List.of(fieldProblem(path, reason(mapping)))));
        }
        String detail = cause instanceof JsonProcessingException json ? json.getOriginalMessage() : "The request body is not valid JSON";
        ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "malformed-json", "Malformed JSON", detail);
        if (cause instanceof JsonProcessingException json && json.getLocation() != null) {
            problem.setProperty("line", json.getLocation().getLineNr());
            problem.setProperty("column", json.getLocation().getColumnNr());
        }
        return ResponseEntity.badRequest().body(problem);
    }

    /**
     * The database gave up on a lock (a deadlock or lock wait that outlasted Steward's own retries): nothing of the
     * request was stored, and sending it again shortly is expected to work.
     */
    @ExceptionHandler(PessimisticLockingFailureException.class)
    ResponseEntity<ProblemDetail> busy(PessimisticLockingFailureException e) {
        log.warn("Request refused after lock conflicts in the database: {}", e.getMostSpecificCause().getMessage());
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "1")
                .body(Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "busy", "Busy",
                        "Other requests held the same rows; nothing of this request was stored. Send it again."));
    }

    @ExceptionHandler(RuntimeException.class)
    ProblemDetail unexpected(RuntimeException e) {
        log.error("Unexpected error", e);
        return Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "internal", "Internal error",
                "Steward could not handle this request; the error is in the server log");
    }

    private static String jsonPath(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            } else if (ref.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            }
        }
        return path.toString();
    }

    private static String reason(JsonMappingException e) {
        if (e instanceof UnrecognizedPropertyException) {
            return "is not a known field";
        }
        if (e instanceof InvalidFormatException format) {
            Class<?> target = format.getTargetType();
            if (target != null && target.isEnum()) {
                return "'" + format.getValue() + "' is not one of " + java.util.Arrays.toString(target.getEnumConstants());
            }
            return "'" + format.getValue() + "' is not a valid " + simpleType(target);
        }
        if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            return "must be " + article(simpleType(mismatch.getTargetType()));
        }
        return e.getOriginalMessage();
    }

    private static String simpleType(Class<?> type) {
        if (type == null) {
            return "value";
        }
        return switch (type.getSimpleName()) {
            case "LocalDate" -> "date (yyyy-MM-dd)";
            case "Instant", "OffsetDateTime" -> "timestamp (ISO 8601)";
            case "int", "Integer", "long", "Long" -> "whole number";
            case "BigDecimal", "double", "Double" -> "number";
            case "boolean", "Boolean" -> "boolean";
            case "List", "ArrayList", "Set" -> "list";
            default -> type.isEnum() ? "one of " + java.util.Arrays.toString(type.getEnumConstants()) : type.getSimpleName();
        };
    }

    private static String article(String noun) {
        return noun.startsWith("one of") ? noun : "a " + noun;
    }

    private static String lastNode(String propertyPath) {
        int dot = propertyPath.indexOf('.');
        return dot >= 0 ? propertyPath.substring(dot + 1) : propertyPath;
    }

    /** Splits a leading array index off a field path: {@code [3].segment} becomes index 3, field segment. */
    static FieldProblem fieldProblem(String path, String reason) {
        Matcher m = LEADING_INDEX.matcher(path == null ? "" : path);
        if (m.matches()) {
            return FieldProblem.at(Integer.parseInt(m.group(1)), m.group(2).isEmpty() ? null : m.group(2), reason);
        }
        return FieldProblem.of(path, reason);
    }
}
