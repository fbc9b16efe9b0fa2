package brussels.maillage.prevention.themes;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import brussels.maillage.prevention.local.PreventionBassin;
import brussels.maillage.system.LocalizedText;

/**
 * A bassin's page on a month's theme: a short text, resources, and local initiatives as
 * directory services in the officer's order.
 *
 * @param id page id
 * @param theme the theme
 * @param bassin the bassin
 * @param summary the short text in fr and nl
 * @param resources useful resources (one a line) in fr and nl
 * @param published whether the public sees it
 * @param publishedAt when it was first published, or {@code null}
 * @param lastModified last change
 * @param services ids of the directory services listed
 */
public record ThemePage(UUID id, Theme theme, PreventionBassin bassin, LocalizedText summary, LocalizedText resources,
		boolean published, Instant publishedAt, Instant lastModified, List<UUID> services) {

	public ThemePage {
		services = List.copyOf(services);
	}

	/** The resources of one language, one a line, blank lines left out. */
	public List<String> resourceLines(String language) {
		String text = this.resources.get(language);
		return (text == null) ? List.of() : text.lines().map(String::strip).filter((line) -> !line.isEmpty()).toList();
	}

}
