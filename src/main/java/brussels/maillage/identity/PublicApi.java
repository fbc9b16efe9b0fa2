package brussels.maillage.identity;

import java.util.List;

import org.springframework.http.HttpMethod;

/**
 * Declares paths of {@code /api/**} that answer without a token (public data, such as the
 * directory's open API). A module declares one as a bean; every other API path needs a
 * personal access token.
 *
 * @param method the HTTP method allowed without a token
 * @param patterns path patterns, for example {@code /api/hsds/**}
 */
public record PublicApi(HttpMethod method, List<String> patterns) {

	public PublicApi {
		patterns = List.copyOf(patterns);
		if (patterns.stream().anyMatch((pattern) -> !pattern.startsWith("/api/"))) {
			throw new IllegalArgumentException("Public API paths start with /api/");
		}
	}

}
