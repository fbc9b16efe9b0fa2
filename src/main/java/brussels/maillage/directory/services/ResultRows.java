package brussels.maillage.directory.services;

import java.text.NumberFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import brussels.maillage.directory.SearchHit;
import brussels.maillage.directory.ServiceStatus;
import brussels.maillage.directory.ThemeFacet;
import brussels.maillage.system.LocalizedText;

import org.springframework.context.MessageSource;
import org.thymeleaf.util.NumberUtils;

/**
 * The search page's results as the page shows them: every label looked up and every link
 * built here, once per result, so that the template only places them. Written as the
 * template did, with the same texts: looking each one up in the template (a message key
 * built from an enum, a fragment per name, a link with a parameter) was most of the
 * page's rendering.
 */
final class ResultRows {

	private final MessageSource messages;

	private final Locale locale;

	private final Map<String, String> labels = new HashMap<>();

	private String translationMissing;

	private ResultRows(MessageSource messages, Locale locale) {
		this.messages = messages;
		this.locale = locale;
	}

	/**
	 * The rows of one page of results.
	 * @param hits the page's hits, best first
	 * @param first the number of the page's first hit in the whole list (from 1)
	 * @param contextPath the application's context path, before every link
	 */
	static List<ResultRow> of(List<SearchHit> hits, int first, String contextPath, MessageSource messages,
			Locale locale) {
		ResultRows rows = new ResultRows(messages, locale);
		List<ResultRow> result = new java.util.ArrayList<>(hits.size());
		for (int i = 0; i < hits.size(); i++) {
			result.add(rows.row(hits.get(i), i + 1, first + i, contextPath));
		}
		return result;
	}

	/**
	 * The links to narrow the search to each theme found, with their counts in the page's
	 * language.
	 * @param chosen the theme chosen, or {@code null}
	 */
	static List<FacetRow> facets(List<ThemeFacet> themes, String chosen, SearchLinks links, String contextPath,
			Locale locale) {
		NumberFormat numbers = NumberFormat.getIntegerInstance(locale);
		return themes.stream()
			.map((facet) -> new FacetRow(contextPath + links.theme(facet.code()), facet.label().in(locale).text(),
					numbers.format(facet.count()), facet.code().equals(chosen)))
			.toList();
	}

	/**
	 * A link that narrows the search to a theme.
	 *
	 * @param href the link
	 * @param label the theme's name
	 * @param count how many services it has among the results
	 * @param current whether it is the theme chosen
	 */
	record FacetRow(String href, String label, String count, boolean current) {
	}

	private ResultRow row(SearchHit hit, int position, int number, String contextPath) {
		LocalizedText.Shown name = (hit.name() != null) ? hit.name().in(this.locale) : null;
		String shownName = null;
		String nameLanguage = null;
		if (name != null && !name.fallback()) {
			shownName = name.text();
		}
		else if (name != null && name.text() != null && !name.text().isEmpty()) {
			shownName = name.text();
			nameLanguage = name.language();
		}
		return new ResultRow("hit-" + position, number, hit.latitude(), hit.longitude(),
				contextPath + "/repertoire/services/" + hit.id(), shownName, nameLanguage,
				(nameLanguage != null) ? translationMissing() : null, hit.organization(),
				label("directory.kind." + hit.kind()), label("directory.cost." + hit.cost()), hit.cost().accessible(),
				(hit.status() != ServiceStatus.ACTIVE) ? label("directory.status." + hit.status()) : null,
				hit.address(), label(hit.proximity().messageKey()),
				(hit.distanceKm() != null) ? message("directory.distance", decimal(hit.distanceKm())) : null,
				(hit.synonym() != null) ? message("directory.synonym", hit.synonym()) : null,
				hit.approximate() ? label("directory.approximate") : null,
				hit.partial() ? label("directory.partial") : null);
	}

	private String translationMissing() {
		if (this.translationMissing == null) {
			this.translationMissing = message("text.translationMissing",
					label("language." + this.locale.getLanguage()));
		}
		return this.translationMissing;
	}

	private String label(String key) {
		String known = this.labels.get(key);
		if (known == null) {
			known = this.messages.getMessage(key, null, absent(key, this.locale), this.locale);
			this.labels.put(key, known);
		}
		return known;
	}

	private String message(String key, Object argument) {
		return this.messages.getMessage(key, new Object[] { argument }, absent(key, this.locale), this.locale);
	}

	/** What the template showed for a key without a message. */
	static String absent(String key, Locale locale) {
		return "??" + key + "_" + locale + "??";
	}

	/**
	 * As the template wrote it ({@code #numbers.formatDecimal(x, 1, 1)}): one decimal in
	 * the page's language.
	 */
	private String decimal(double value) {
		return NumberUtils.format(value, 1, 1, this.locale);
	}

}
