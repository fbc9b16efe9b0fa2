package brussels.maillage.directory.services;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import brussels.maillage.directory.SearchQuery;
import brussels.maillage.directory.ServiceKind;
import brussels.maillage.directory.Theme;

import org.springframework.context.MessageSource;
import org.springframework.ui.Model;

/**
 * The search form's pickers, labelled in the reader's language and with the current
 * choice marked: prepared here rather than in the template, where a message key built and
 * a comparison per option were a large part of the search page's rendering.
 */
final class SearchOptions {

	private static final List<String> KINDS = Arrays.stream(ServiceKind.values()).map(Enum::name).toList();

	private final MessageSource messages;

	SearchOptions(MessageSource messages) {
		this.messages = messages;
	}

	/**
	 * Adds the pickers of the search form to the page's model.
	 * @param communes the communes' codes and names, in the order shown
	 */
	void addTo(Model model, SearchQuery query, List<Map.Entry<String, String>> communes, List<Theme> themes,
			Locale locale) {
		model.addAttribute("themeOptions", themeOptions(themes, query.theme(), locale));
		model.addAttribute("communeOptions",
				communes.stream()
					.map((entry) -> new Choice(entry.getKey(), entry.getValue(),
							entry.getKey().equals(query.place().communeNis())))
					.toList());
		model.addAttribute("bassinOptions",
				choices(DirectoryController.BASSINS, "directory.bassin.", query.place().bassinCode(), locale));
		model.addAttribute("languageOptions",
				choices(DirectoryController.SPOKEN, "directory.spoken.", query.language(), locale));
		model.addAttribute("kindOptions",
				choices(KINDS, "directory.kind.", (query.kind() != null) ? query.kind().name() : null, locale));
		model.addAttribute("audienceOptions",
				choices(ServiceFormReader.AUDIENCES, "directory.audience.", query.audience(), locale));
	}

	/** A message as the template showed it ({@code ??key_fr??} when there is none). */
	String label(String key, Locale locale) {
		return this.messages.getMessage(key, null, ResultRows.absent(key, locale), locale);
	}

	private List<Choice> choices(List<String> values, String prefix, String chosen, Locale locale) {
		return values.stream()
			.map((value) -> new Choice(value, label(prefix + value, locale), value.equals(chosen)))
			.toList();
	}

	/** The theme picker's options, sub-themes after a dash. */
	private static List<Choice> themeOptions(List<Theme> themes, String chosen, Locale locale) {
		return themes.stream()
			.map((theme) -> new Choice(theme.code(),
					((theme.parentId() != null) ? "– " : "") + theme.label().in(locale).text(),
					theme.code().equals(chosen)))
			.toList();
	}

	/**
	 * One option of a picker.
	 *
	 * @param value the value sent
	 * @param label what the reader sees
	 * @param selected whether it is the current choice
	 */
	record Choice(String value, String label, boolean selected) {
	}

}
