package brussels.maillage.directory;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.UUID;

/**
 * A search of the directory: free text in French, Dutch or English, filters, the person's
 * place and the page wanted.
 *
 * @param text what the person typed, or {@code null} to browse
 * @param theme code of a taxonomy term (a theme or sub-theme), or {@code null}
 * @param language a language the service must speak ({@code fr}, {@code nl}, ...), or
 * {@code null}
 * @param accessibleOnly only free and low-threshold services
 * @param kind only this kind of entry, or {@code null}
 * @param place the person's place
 * @param organizationId only services of this organisation, or {@code null}
 * @param modifiedAfter only services changed after this instant, or {@code null}
 * @param page page number, from 0
 * @param size hits per page, 1 to {@value #MAX_SIZE}
 * @param audience code of a group the service must be meant for ({@code seniors}, ...),
 * or {@code null}
 * @param openAt only services open at this local time (Brussels), or {@code null}
 * @param packageTerm only services carrying this term of an imported package's own
 * taxonomy (HSDS {@code taxonomy_term_id}), or {@code null}
 */
public record SearchQuery(String text, String theme, String language, boolean accessibleOnly, ServiceKind kind,
		Place place, UUID organizationId, Instant modifiedAfter, int page, int size, String audience,
		LocalDateTime openAt, UUID packageTerm) {

	/** The largest page. */
	public static final int MAX_SIZE = 100;

	public SearchQuery {
		text = (text == null || text.isBlank()) ? null : text.strip();
		theme = (theme == null || theme.isBlank()) ? null : theme.strip();
		language = (language == null || language.isBlank()) ? null : language.strip().toLowerCase();
		place = (place != null) ? place : Place.NOWHERE;
		page = Math.max(page, 0);
		size = Math.clamp(size, 1, MAX_SIZE);
		audience = (audience == null || audience.isBlank()) ? null : audience.strip();
	}

	/** A search without package term. */
	public SearchQuery(String text, String theme, String language, boolean accessibleOnly, ServiceKind kind,
			Place place, UUID organizationId, Instant modifiedAfter, int page, int size, String audience,
			LocalDateTime openAt) {
		this(text, theme, language, accessibleOnly, kind, place, organizationId, modifiedAfter, page, size, audience,
				openAt, null);
	}

	/** A search without audience or opening-time filter. */
	public SearchQuery(String text, String theme, String language, boolean accessibleOnly, ServiceKind kind,
			Place place, UUID organizationId, Instant modifiedAfter, int page, int size) {
		this(text, theme, language, accessibleOnly, kind, place, organizationId, modifiedAfter, page, size, null, null);
	}

	/** A first page of 20 hits for {@code text}, with no filter. */
	public static SearchQuery of(String text, Place place) {
		return new SearchQuery(text, null, null, false, null, place, null, null, 0, 20);
	}

}
