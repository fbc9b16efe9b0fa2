package brussels.maillage.system.ratelimit;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpMethod;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * One limit on requests of a method and path patterns, counted per client address, per
 * client address and target (the pattern's {@code {target}}), or per e-mail address typed
 * in a field of the form or JSON body.
 *
 * @param bucket the name of what is counted; rules with the same name share their counts
 * @param limit how many requests per period
 * @param per what the count is kept for
 * @param field the form or JSON field with the e-mail address, for {@link Per#RECIPIENT}
 * @param method the HTTP method
 * @param patterns the paths, Spring MVC patterns
 * @param applies further condition on the request (e.g. a form's button that does not
 * submit)
 */
record RateLimitRule(String bucket, Limit limit, Per per, String field, HttpMethod method, List<PathPattern> patterns,
		Predicate<HttpServletRequest> applies) {

	private static final PathPatternParser PARSER = PathPatternParser.defaultInstance;

	/** What a count is kept for. */
	enum Per {

		/** The client address. */
		ADDRESS,

		/** The client address and the target named in the path ({@code {target}}). */
		ADDRESS_AND_TARGET,

		/** The e-mail address typed in {@link RateLimitRule#field()}. */
		RECIPIENT

	}

	static RateLimitRule post(String bucket, Limit limit, Per per, String field, String... patterns) {
		return new RateLimitRule(bucket, limit, per, field, HttpMethod.POST,
				List.of(patterns).stream().map(PARSER::parse).toList(), (request) -> true);
	}

	RateLimitRule when(Predicate<HttpServletRequest> condition) {
		return new RateLimitRule(this.bucket, this.limit, this.per, this.field, this.method, this.patterns, condition);
	}

	/**
	 * The target of a matching request ({@code ""} when the pattern names none), or empty
	 * when this rule does not apply to it.
	 */
	Optional<String> match(String method, PathContainer path) {
		if (!this.method.matches(method)) {
			return Optional.empty();
		}
		for (PathPattern pattern : this.patterns) {
			PathPattern.PathMatchInfo info = pattern.matchAndExtract(path);
			if (info != null) {
				Map<String, String> variables = info.getUriVariables();
				return Optional.of(variables.getOrDefault("target", ""));
			}
		}
		return Optional.empty();
	}

}
