package brussels.maillage.directory.search.contract;

import java.time.Instant;
import java.util.UUID;

/**
 * A search as the engine runs it: the words (the place already taken out), the filters,
 * the person's place and the page.
 *
 * @param text the words, or {@code null} to browse
 * @param theme a theme code, or {@code null}
 * @param language a language spoken, or {@code null}
 * @param accessibleOnly only free and low-threshold services
 * @param kind a kind code, or {@code null}
 * @param organizationId only this organisation's services, or {@code null}
 * @param modifiedAfter only services changed after this instant (closed ones included),
 * or {@code null}
 * @param audience a target group code, or {@code null}
 * @param openMinute a minute of the week (Monday 00:00 = 0) when the service must be
 * open, or {@code null}
 * @param age the person's age, or {@code null}
 * @param quartier the person's quartier code, or {@code null}
 * @param commune the person's commune NIS code, or {@code null}
 * @param bassin the person's bassin code, or {@code null}
 * @param lat the person's latitude, or {@code null}
 * @param lon the person's longitude, or {@code null}
 * @param offset hits to skip
 * @param size hits wanted
 * @param facets whether to count the hits per theme
 * @param term only services carrying this imported package's taxonomy term (by id), or
 * {@code null}
 * @param openDay the day (epoch day) of {@code openMinute}, for the schedules' validity,
 * or {@code null} for any day
 * @param placeWords the words of the place read in the text (taken out of {@code text}),
 * searched in names only, empty for a postcode, or {@code null} when the text names no
 * place
 * @param explain whether to say of each hit which concept of the words found it
 * ({@code SearchHit.through}, the pages' "why"; the HSDS API does not show it)
 */
public record SearchRequest(String text, String theme, String language, boolean accessibleOnly, String kind,
		UUID organizationId, Instant modifiedAfter, String audience, Integer openMinute, Integer age, String quartier,
		String commune, String bassin, Double lat, Double lon, int offset, int size, boolean facets, String term,
		Integer openDay, String placeWords, boolean explain) {

	/** A search whose hits are explained. */
	public SearchRequest(String text, String theme, String language, boolean accessibleOnly, String kind,
			UUID organizationId, Instant modifiedAfter, String audience, Integer openMinute, Integer age,
			String quartier, String commune, String bassin, Double lat, Double lon, int offset, int size,
			boolean facets, String term, Integer openDay, String placeWords) {
		this(text, theme, language, accessibleOnly, kind, organizationId, modifiedAfter, audience, openMinute, age,
				quartier, commune, bassin, lat, lon, offset, size, facets, term, openDay, placeWords, true);
	}

	/** A search whose text named no place. */
	public SearchRequest(String text, String theme, String language, boolean accessibleOnly, String kind,
			UUID organizationId, Instant modifiedAfter, String audience, Integer openMinute, Integer age,
			String quartier, String commune, String bassin, Double lat, Double lon, int offset, int size,
			boolean facets, String term, Integer openDay) {
		this(text, theme, language, accessibleOnly, kind, organizationId, modifiedAfter, audience, openMinute, age,
				quartier, commune, bassin, lat, lon, offset, size, facets, term, openDay, null);
	}

	/** A search without package term, open at any date. */
	public SearchRequest(String text, String theme, String language, boolean accessibleOnly, String kind,
			UUID organizationId, Instant modifiedAfter, String audience, Integer openMinute, Integer age,
			String quartier, String commune, String bassin, Double lat, Double lon, int offset, int size,
			boolean facets) {
		this(text, theme, language, accessibleOnly, kind, organizationId, modifiedAfter, audience, openMinute, age,
				quartier, commune, bassin, lat, lon, offset, size, facets, null, null, null);
	}

	/** Whether anything is known of the person's place. */
	public boolean placeKnown() {
		return this.quartier != null || this.commune != null || this.bassin != null || this.lat != null;
	}

}
