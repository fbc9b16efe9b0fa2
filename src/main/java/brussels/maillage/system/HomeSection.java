package brussels.maillage.system;

import java.util.Map;

import org.springframework.security.core.Authentication;

/**
 * The home page's extension point: each module adds a section (a Thymeleaf fragment) by
 * declaring a bean.
 */
public interface HomeSection {

	/** Template holding the fragment, for example {@code directory/home}. */
	String template();

	/**
	 * Name of the fragment in that template; it receives the {@link #model} as
	 * {@code section}.
	 */
	default String fragment() {
		return "section";
	}

	/** Position on the page, lower first. */
	int order();

	/**
	 * Whether this viewer ({@code null} or anonymous for the public) sees the section.
	 */
	default boolean visibleTo(Authentication viewer) {
		return true;
	}

	/** What the fragment shows to this viewer. */
	default Map<String, Object> model(Authentication viewer) {
		return Map.of();
	}

}
