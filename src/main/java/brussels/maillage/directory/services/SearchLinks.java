package brussels.maillage.directory.services;

import java.util.Map;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * Links of the search page that keep every filter the person chose: other pages, other
 * themes.
 *
 * @param parameters the search's parameters as typed, without the page
 */
record SearchLinks(Map<String, String> parameters) {

	public SearchLinks {
		parameters = Map.copyOf(parameters);
	}

	/** The same search, page {@code number} (from 1). */
	public String page(long number) {
		return with("page", (number > 1) ? Long.toString(number) : null);
	}

	/** The same search narrowed to a theme, from the first page. */
	public String theme(String code) {
		return with("theme", code);
	}

	private String with(String name, String value) {
		UriComponentsBuilder builder = UriComponentsBuilder.fromPath("/repertoire");
		new java.util.TreeMap<>(this.parameters).forEach((key, current) -> {
			if (!key.equals(name) && current != null && !current.isBlank()) {
				builder.queryParam(key, current);
			}
		});
		if (value != null) {
			builder.queryParam(name, value);
		}
		return builder.encode().build().toUriString();
	}

}
