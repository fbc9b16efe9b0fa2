package brussels.maillage.system.ratelimit;

import java.io.IOException;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import brussels.maillage.system.Problems;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.json.ProblemDetailJacksonMixin;
import org.springframework.web.servlet.LocaleResolver;

/**
 * What a refused request is told, in the reader's language: how long to wait and from
 * what time (local time of the platform) to try again.
 */
class RateLimitAnswers {

	private final Problems problems;

	private final MessageSource messages;

	private final LocaleResolver locales;

	private final Clock clock;

	private final JsonMapper json = JsonMapper.builder()
		.addMixIn(ProblemDetail.class, ProblemDetailJacksonMixin.class)
		.build();

	RateLimitAnswers(Problems problems, MessageSource messages, LocaleResolver locales, Clock clock) {
		this.problems = problems;
		this.messages = messages;
		this.locales = locales;
		this.clock = clock;
	}

	/** The RFC 9457 problem, with the wait in its detail and in {@code retryAfter}. */
	void problem(HttpServletRequest request, HttpServletResponse response, long seconds) throws IOException {
		Locale locale = this.locales.resolveLocale(request);
		ProblemDetail problem = this.problems.of(HttpStatus.TOO_MANY_REQUESTS, locale, request.getRequestURI());
		problem.setDetail(this.messages.getMessage("ratelimit.detail",
				new Object[] { waitText(seconds, locale), retryTime(seconds, locale) }, locale));
		problem.setProperty("retryAfter", seconds);
		response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		response.getWriter().write(this.json.writeValueAsString(problem));
	}

	/**
	 * "42 seconds", "3 minutes": a wait of two minutes or more in whole minutes, rounded
	 * up.
	 */
	String waitText(long seconds, Locale locale) {
		if (seconds < 120) {
			return this.messages.getMessage("ratelimit.seconds", new Object[] { seconds }, locale);
		}
		return this.messages.getMessage("ratelimit.minutes", new Object[] { (seconds + 59) / 60 }, locale);
	}

	/** The time from which to try again, e.g. 14:05 (14:05:30 when under two minutes). */
	String retryTime(long seconds, Locale locale) {
		ZonedDateTime at = ZonedDateTime.now(this.clock).plusSeconds(seconds);
		DateTimeFormatter format = DateTimeFormatter
			.ofLocalizedTime((seconds < 120) ? FormatStyle.MEDIUM : FormatStyle.SHORT)
			.withLocale(locale);
		return format.format(at);
	}

}
