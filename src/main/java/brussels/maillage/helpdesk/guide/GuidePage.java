package brussels.maillage.helpdesk.guide;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import brussels.maillage.system.LocalizedText;

/**
 * A page of the respondent's guide, in French and Dutch.
 *
 * @param id page id
 * @param position order, lower first
 * @param title its title
 * @param body its text, one step per line
 * @param updatedAt when it was last edited
 * @param updatedBy who edited it last, or {@code null}
 */
record GuidePage(long id, int position, LocalizedText title, LocalizedText body, Instant updatedAt, String updatedBy) {

	/**
	 * The steps of the page in {@code locale} (French when it has no text in that
	 * language).
	 */
	public List<String> steps(Locale locale) {
		String text = this.body.in(locale).text();
		return (text != null) ? Arrays.stream(text.split("\\R")).filter((line) -> !line.isBlank()).toList() : List.of();
	}

}
