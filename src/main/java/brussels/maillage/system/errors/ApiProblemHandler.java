package brussels.maillage.system.errors;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import brussels.maillage.system.Problems;

import org.springframework.context.MessageSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Errors raised by the JSON API's controllers, answered as RFC 9457 problem documents in
 * the reader's language, with the invalid fields listed under {@code errors}. Unexpected
 * failures are logged and answered without internals.
 */
@RestControllerAdvice(annotations = RestController.class)
class ApiProblemHandler extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiProblemHandler.class);

	private final MessageSource messages;

	ApiProblemHandler(MessageSource messages) {
		this.messages = messages;
		setMessageSource(messages);
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		Locale locale = LocaleContextHolder.getLocale();
		ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.BAD_REQUEST);
		problem.setTitle(this.messages.getMessage("problem.invalid.title", null, locale));
		problem.setDetail(this.messages.getMessage("problem.invalid.detail", null, locale));
		List<Map<String, String>> errors = ex.getBindingResult()
			.getFieldErrors()
			.stream()
			.map((FieldError error) -> Map.of("field", error.getField(), "message",
					this.messages.getMessage(error, locale)))
			.toList();
		problem.setProperty("errors", errors);
		return handleExceptionInternal(ex, problem, headers, HttpStatus.BAD_REQUEST, request);
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		// The parser's own message names Java types; the reader gets the plain
		// explanation instead.
		Locale locale = LocaleContextHolder.getLocale();
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof RequestGuardFilter.BodyTooLargeException tooLarge) {
				return tooLarge(ex, tooLarge.limit(), headers, request);
			}
		}
		ProblemDetail problem = ProblemDetail.forStatus(status);
		problem.setDetail(this.messages.getMessage("problem.400.detail", null, locale));
		return handleExceptionInternal(ex, problem, headers, status, request);
	}

	@Override
	protected ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		if (ex.getMaxUploadSize() > 0) {
			return tooLarge(ex, DataSize.ofBytes(ex.getMaxUploadSize()), headers, request);
		}
		return super.handleMaxUploadSizeExceededException(ex, headers, status, request);
	}

	private ResponseEntity<Object> tooLarge(Exception ex, DataSize limit, HttpHeaders headers, WebRequest request) {
		Locale locale = LocaleContextHolder.getLocale();
		String limitText = Problems.format(limit, locale);
		ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.CONTENT_TOO_LARGE);
		problem.setDetail(this.messages.getMessage("problem.413.limit", new Object[] { limitText }, locale));
		problem.setProperty("limit", limitText);
		problem.setProperty("limitBytes", limit.toBytes());
		return handleExceptionInternal(ex, problem, headers, HttpStatus.CONTENT_TOO_LARGE, request);
	}

	/**
	 * A body that cannot be read as the parts it claims to have (no boundary, broken
	 * parts).
	 */
	@ExceptionHandler(MultipartException.class)
	ResponseEntity<Object> unreadableParts(MultipartException ex, WebRequest request) {
		ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.BAD_REQUEST);
		problem.setDetail(this.messages.getMessage("problem.multipart.detail", null, LocaleContextHolder.getLocale()));
		return handleExceptionInternal(ex, problem, new HttpHeaders(), HttpStatus.BAD_REQUEST, request);
	}

	/**
	 * The safety net under each module's own checks: a statement the database refuses is
	 * the caller's problem, told without the database's text: 400 for a value it cannot
	 * store (a null character, too long, out of range), 409 for a duplicate, 422 for a
	 * reference to a row that does not exist and other broken rules.
	 */
	@ExceptionHandler(DataIntegrityViolationException.class)
	ResponseEntity<Object> refusedByTheDatabase(DataIntegrityViolationException ex, WebRequest request) {
		log.warn("The database refused a statement in an API request to {}: {}", request.getDescription(false),
				ex.getMostSpecificCause().getMessage());
		Refusal refusal = Refusal.of(ex);
		ProblemDetail problem = ProblemDetail.forStatus(refusal.status());
		problem.setDetail(this.messages.getMessage(refusal.detail(), null, LocaleContextHolder.getLocale()));
		return handleExceptionInternal(ex, problem, new HttpHeaders(), refusal.status(), request);
	}

	/** Every problem this handler answers passes here, whatever built its body. */
	@Override
	protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode statusCode,
			WebRequest request) {
		if (body instanceof ProblemDetail problem) {
			localize(problem, statusCode);
		}
		return super.createResponseEntity(body, headers, statusCode, request);
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<Object> unexpected(Exception ex, WebRequest request) {
		log.error("Unexpected error in an API request to {}", request.getDescription(false), ex);
		ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.INTERNAL_SERVER_ERROR);
		localize(problem, HttpStatus.INTERNAL_SERVER_ERROR);
		return ResponseEntity.internalServerError().body(problem);
	}

	private void localize(ProblemDetail problem, HttpStatusCode statusCode) {
		HttpStatus status = HttpStatus.resolve(statusCode.value());
		if (status == null) {
			return;
		}
		Locale locale = LocaleContextHolder.getLocale();
		String kind = Problems.kind(status);
		problem.setTitle(this.messages.getMessage("problem." + kind + ".title", null, problem.getTitle(), locale));
		if (problem.getDetail() == null || status.is5xxServerError()) {
			problem
				.setDetail(this.messages.getMessage("problem." + kind + ".detail", null, problem.getDetail(), locale));
		}
	}

}
