package brussels.maillage.identity.tokens;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import brussels.maillage.system.Problems;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.json.ProblemDetailJacksonMixin;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.web.servlet.LocaleResolver;

/**
 * 401 and 403 answers of the API as RFC 9457 problem documents in the caller's language.
 */
class ProblemResponses {

	private final Problems problems;

	private final LocaleResolver locales;

	private final JsonMapper json = JsonMapper.builder()
		.addMixIn(ProblemDetail.class, ProblemDetailJacksonMixin.class)
		.build();

	ProblemResponses(Problems problems, LocaleResolver locales) {
		this.problems = problems;
		this.locales = locales;
	}

	AuthenticationEntryPoint unauthorized() {
		return (request, response, ex) -> {
			response.setHeader("WWW-Authenticate", "Bearer");
			write(request, response, HttpStatus.UNAUTHORIZED);
		};
	}

	AccessDeniedHandler forbidden() {
		return (request, response, ex) -> write(request, response, HttpStatus.FORBIDDEN);
	}

	private void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status) throws IOException {
		ProblemDetail problem = this.problems.of(status, this.locales.resolveLocale(request), request.getRequestURI());
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		response.getWriter().write(this.json.writeValueAsString(problem));
	}

}
