package brussels.maillage.prevention.themes;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;

import brussels.maillage.prevention.local.PreventionBassin;
import brussels.maillage.system.AtomFeed;
import brussels.maillage.system.LocalizedText;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The public Info prévention pages: the year's calendar of themes, each bassin's list of
 * published pages with its Atom feed, and one page per theme and bassin.
 */
@Controller
class ThemeController {

	private static final int LISTED = 100;

	private final ThemeService themes;

	private final MessageSource messages;

	ThemeController(ThemeService themes, MessageSource messages) {
		this.themes = themes;
		this.messages = messages;
	}

	@GetMapping("/prevention")
	String calendar(@RequestParam(required = false) String year, Model model, Locale locale) {
		int shown = year(year, this.themes.thisMonth().getYear());
		model.addAttribute("year", shown);
		model.addAttribute("years", this.themes.years());
		model.addAttribute("themes", this.themes.calendar(shown));
		model.addAttribute("pages", this.themes.publishedIn(shown));
		model.addAttribute("bassins", PreventionBassin.values());
		model.addAttribute("thisMonth", this.themes.thisMonth());
		model.addAttribute("monthNames", new MonthNames(locale));
		return "prevention/calendar";
	}

	@GetMapping("/prevention/{bassin}")
	String bassin(@PathVariable String bassin, Model model, Locale locale) {
		PreventionBassin shown = bassin(bassin);
		model.addAttribute("bassin", shown);
		model.addAttribute("pages", this.themes.published(shown, LISTED));
		model.addAttribute("monthNames", new MonthNames(locale));
		return "prevention/bassin";
	}

	@GetMapping("/prevention/{bassin}/{year}/{month}")
	String page(@PathVariable String bassin, @PathVariable String year, @PathVariable String month, Model model,
			Locale locale) {
		PreventionBassin shown = bassin(bassin);
		ThemePage page = month(year, month).flatMap(this.themes::theme)
			.flatMap((theme) -> this.themes.page(theme, shown))
			.filter(ThemePage::published)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		return show(page, model, locale, false);
	}

	static String show(ThemePage page, ThemeService themes, Model model, Locale locale, boolean preview) {
		model.addAttribute("page", page);
		model.addAttribute("services", themes.services(page));
		model.addAttribute("preview", preview);
		model.addAttribute("monthNames", new MonthNames(locale));
		String language = LocalizedText.LANGUAGES.contains(locale.getLanguage()) ? locale.getLanguage() : "fr";
		List<String> resources = page.resourceLines(language);
		model.addAttribute("resources", resources.isEmpty() ? page.resourceLines("fr") : resources);
		return "prevention/page";
	}

	private String show(ThemePage page, Model model, Locale locale, boolean preview) {
		return show(page, this.themes, model, locale, preview);
	}

	@GetMapping(path = "/prevention/{bassin}/feed.atom")
	ResponseEntity<String> feed(@PathVariable String bassin, @RequestParam(required = false) String lang,
			Locale locale) {
		PreventionBassin shown = bassin(bassin);
		Locale language = Locale.of((lang != null && LocalizedText.LANGUAGES.contains(lang)) ? lang
				: LocalizedText.LANGUAGES.contains(locale.getLanguage()) ? locale.getLanguage() : "fr");
		String base = ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
		String list = base + "/prevention/" + shown.slug();
		MonthNames months = new MonthNames(language);
		List<AtomFeed.Entry> entries = this.themes.published(shown, LISTED)
			.stream()
			.map((page) -> new AtomFeed.Entry("urn:uuid:" + page.id(),
					page.theme().title().in(language).text() + " (" + months.of(page.theme()) + ")",
					list + "/" + page.theme().year() + "/" + page.theme().month() + "?lang=" + language.getLanguage(),
					page.lastModified(), page.publishedAt(), page.summary().in(language).text()))
			.toList();
		Instant updated = entries.stream().map(AtomFeed.Entry::updated).max(Instant::compareTo).orElse(Instant.EPOCH);
		String title = this.messages.getMessage("prevention.feed.title",
				new Object[] { this.messages.getMessage("prevention.bassin." + shown.name(), null, language) },
				language);
		AtomFeed feed = new AtomFeed(list + "/feed.atom?lang=" + language.getLanguage(), title, language.getLanguage(),
				list + "/feed.atom?lang=" + language.getLanguage(), list + "?lang=" + language.getLanguage(), updated,
				entries);
		return ResponseEntity.ok().header(HttpHeaders.CONTENT_TYPE, AtomFeed.CONTENT_TYPE).body(feed.xml());
	}

	static PreventionBassin bassin(String value) {
		return PreventionBassin.of(value).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	static java.util.Optional<YearMonth> month(String year, String month) {
		try {
			int y = Integer.parseInt(year);
			int m = Integer.parseInt(month);
			return (y >= 2000 && y <= 2100 && m >= 1 && m <= 12) ? java.util.Optional.of(YearMonth.of(y, m))
					: java.util.Optional.empty();
		}
		catch (NumberFormatException ex) {
			return java.util.Optional.empty();
		}
	}

	private static int year(String value, int otherwise) {
		try {
			int year = (value != null) ? Integer.parseInt(value.strip()) : otherwise;
			return (year >= 2000 && year <= 2100) ? year : otherwise;
		}
		catch (NumberFormatException ex) {
			return otherwise;
		}
	}

}
