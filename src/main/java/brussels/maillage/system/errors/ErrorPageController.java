package brussels.maillage.system.errors;

import java.util.Locale;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import brussels.maillage.system.Problems;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * Every error that reaches the servlet container: a problem+json document (RFC 9457) for
 * {@code /api/**}, a localized page for everything else; never a stack trace.
 */
@Controller
class ErrorPageController implements ErrorController {

	private final Problems problems;

	private final MessageSource messages;

	ErrorPageController(Problems problems, MessageSource messages) {
		this.problems = problems;
		this.messages = messages;
	}

	@RequestMapping("/error")
	Object error(HttpServletRequest request, Locale locale) {
		HttpStatus status = status(request);
		if (isApi(request)) {
			return problem(request, status, locale);
		}
		ModelAndView page = new ModelAndView("system/error", status);
		page.addObject("status", status.value());
		page.addObject("kind", Problems.kind(status));
		if (request.getAttribute(RequestGuardFilter.LIMIT) instanceof DataSize limit) {
			page.addObject("limit", Problems.format(limit, locale));
		}
		return page;
	}

	private ResponseEntity<ProblemDetail> problem(HttpServletRequest request, HttpStatus status, Locale locale) {
		Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		ProblemDetail problem = this.problems.of(status, locale, (uri != null) ? uri.toString() : null);
		Object limit = request.getAttribute(RequestGuardFilter.LIMIT);
		String limitText = (limit instanceof DataSize size) ? Problems.format(size, locale) : null;
		if (limit instanceof DataSize size) {
			problem.setProperty("limit", limitText);
			problem.setProperty("limitBytes", size.toBytes());
		}
		if (request.getAttribute(RequestGuardFilter.DETAIL) instanceof String key) {
			problem.setDetail(this.messages.getMessage(key, new Object[] { limitText }, problem.getDetail(), locale));
		}
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	private static boolean isApi(HttpServletRequest request) {
		Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		return uri != null && (uri.toString().startsWith("/api/") || uri.toString().equals("/api"));
	}

	private static HttpStatus status(HttpServletRequest request) {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		if (code instanceof Integer value) {
			HttpStatus status = HttpStatus.resolve(value);
			if (status != null) {
				return status;
			}
		}
		return HttpStatus.INTERNAL_SERVER_ERROR;
	}

}
