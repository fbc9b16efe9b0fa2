package brussels.maillage.prevention.themes;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import brussels.maillage.identity.CurrentUser;
import brussels.maillage.identity.Role;
import brussels.maillage.prevention.local.PreventionBassin;
import brussels.maillage.prevention.local.LocalServices;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Staff pages of Info prévention: coordinators keep the calendar of themes; a bassin's
 * prevention officers write its page on each theme and pick local initiatives from the
 * directory as they type.
 */
@Controller
class ThemeEditorController {

	private static final int HITS = 8;

	private final ThemeService themes;

	private final LocalServices local;

	ThemeEditorController(ThemeService themes, LocalServices local) {
		this.themes = themes;
		this.local = local;
	}

	@GetMapping("/staff/prevention")
	String overview(@RequestParam(required = false) String year, @AuthenticationPrincipal CurrentUser user, Model model,
			Locale locale) {
		YearMonth now = this.themes.thisMonth();
		if (!model.containsAttribute("themeForm")) {
			model.addAttribute("themeForm", ThemeForm.empty(now));
		}
		return overview(ThemeController.month(year, "1").map(YearMonth::getYear).orElse(now.getYear()), user, model,
				locale);
	}

	private String overview(int year, CurrentUser user, Model model, Locale locale) {
		model.addAttribute("year", year);
		model.addAttribute("years", this.themes.years());
		model.addAttribute("themes", this.themes.calendar(year));
		model.addAttribute("thisMonth", this.themes.thisMonth());
		model.addAttribute("bassins",
				Arrays.stream(PreventionBassin.values()).filter((b) -> b.editableBy(user)).toList());
		model.addAttribute("coordinator", user.has(Role.COORDINATOR));
		model.addAttribute("monthNames", new MonthNames(locale));
		return "prevention/staff-themes";
	}

	@PostMapping("/staff/prevention/themes")
	String saveTheme(@Validated @ModelAttribute("themeForm") ThemeForm form, BindingResult errors,
			@AuthenticationPrincipal CurrentUser user, Model model, Locale locale, RedirectAttributes redirect) {
		if (!user.has(Role.COORDINATOR)) {
			throw new ThemeService.NotYourBassin();
		}
		if (errors.hasErrors()) {
			int year = errors.hasFieldErrors("year") ? this.themes.thisMonth().getYear()
					: Integer.parseInt(form.year());
			return overview(year, user, model, locale);
		}
		this.themes.saveTheme(form.yearMonth(), form.title());
		redirect.addFlashAttribute("notice", "prevention.notice.themeSaved");
		return "redirect:/staff/prevention?year=" + form.yearMonth().getYear();
	}

	@GetMapping("/staff/prevention/{bassin}/{year}/{month}")
	String edit(@PathVariable String bassin, @PathVariable String year, @PathVariable String month,
			@RequestParam(required = false) String q, @AuthenticationPrincipal CurrentUser user, Model model,
			Locale locale) {
		PreventionBassin edited = editable(bassin, user);
		Theme theme = theme(year, month);
		ThemePage page = this.themes.page(theme, edited).orElse(null);
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", PageForm.of(page));
		}
		return editPage(edited, theme, page, q, model, locale);
	}

	private String editPage(PreventionBassin bassin, Theme theme, ThemePage page, String q, Model model,
			Locale locale) {
		model.addAttribute("bassin", bassin);
		model.addAttribute("theme", theme);
		model.addAttribute("page", page);
		model.addAttribute("chosen", (page != null) ? this.themes.services(page) : List.of());
		model.addAttribute("problems", (page != null) ? this.themes.publicationProblems(page) : List.of());
		model.addAttribute("monthNames", new MonthNames(locale));
		hits(bassin, page, q, model);
		return "prevention/staff-page";
	}

	/** The type-ahead: local services matching what the officer typed so far. */
	@GetMapping("/staff/prevention/{bassin}/{year}/{month}/services")
	String search(@PathVariable String bassin, @PathVariable String year, @PathVariable String month,
			@RequestParam(required = false) String q, @AuthenticationPrincipal CurrentUser user, Model model) {
		PreventionBassin edited = editable(bassin, user);
		Theme theme = theme(year, month);
		model.addAttribute("bassin", edited);
		model.addAttribute("theme", theme);
		hits(edited, this.themes.page(theme, edited).orElse(null), q, model);
		return "prevention/staff-page :: hits";
	}

	private void hits(PreventionBassin bassin, ThemePage page, String q, Model model) {
		String words = (q != null) ? q.strip() : "";
		if (words.length() > 200) {
			words = words.substring(0, 200);
		}
		List<UUID> chosen = (page != null) ? page.services() : List.of();
		model.addAttribute("q", words);
		model.addAttribute("hits",
				this.local.search(words, bassin, HITS + chosen.size())
					.stream()
					.filter((hit) -> !chosen.contains(hit.id()))
					.limit(HITS)
					.toList());
	}

	@PostMapping("/staff/prevention/{bassin}/{year}/{month}")
	String save(@PathVariable String bassin, @PathVariable String year, @PathVariable String month,
			@Validated @ModelAttribute("form") PageForm form, BindingResult errors,
			@AuthenticationPrincipal CurrentUser user, Model model, Locale locale, RedirectAttributes redirect) {
		PreventionBassin edited = editable(bassin, user);
		Theme theme = theme(year, month);
		if (errors.hasErrors()) {
			return editPage(edited, theme, this.themes.page(theme, edited).orElse(null), null, model, locale);
		}
		this.themes.savePage(theme, edited, form.summary(), form.resources(), user);
		redirect.addFlashAttribute("notice", "prevention.notice.pageSaved");
		return redirect(edited, theme, null);
	}

	@PostMapping("/staff/prevention/{bassin}/{year}/{month}/services")
	String addService(@PathVariable String bassin, @PathVariable String year, @PathVariable String month,
			@RequestParam String serviceId, @RequestParam(required = false) String q,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		PreventionBassin edited = editable(bassin, user);
		Theme theme = theme(year, month);
		boolean added = this.themes.addService(theme, edited, uuid(serviceId), user);
		redirect.addFlashAttribute("notice",
				added ? "prevention.notice.serviceAdded" : "prevention.notice.serviceNotAdded");
		return redirect(edited, theme, q) + "#local-search";
	}

	@PostMapping("/staff/prevention/{bassin}/{year}/{month}/services/{serviceId}/delete")
	String removeService(@PathVariable String bassin, @PathVariable String year, @PathVariable String month,
			@PathVariable String serviceId, @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		PreventionBassin edited = editable(bassin, user);
		Theme theme = theme(year, month);
		this.themes.page(theme, edited).ifPresent((page) -> this.themes.removeService(page, uuid(serviceId), user));
		redirect.addFlashAttribute("notice", "prevention.notice.serviceRemoved");
		return redirect(edited, theme, null) + "#chosen";
	}

	@PostMapping("/staff/prevention/{bassin}/{year}/{month}/publish")
	String publish(@PathVariable String bassin, @PathVariable String year, @PathVariable String month,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		PreventionBassin edited = editable(bassin, user);
		Theme theme = theme(year, month);
		ThemePage page = this.themes.page(theme, edited)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		boolean published = this.themes.publish(page, user).isEmpty();
		redirect.addFlashAttribute("notice",
				published ? "prevention.notice.published" : "prevention.notice.notPublished");
		return redirect(edited, theme, null);
	}

	@PostMapping("/staff/prevention/{bassin}/{year}/{month}/unpublish")
	String unpublish(@PathVariable String bassin, @PathVariable String year, @PathVariable String month,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		PreventionBassin edited = editable(bassin, user);
		Theme theme = theme(year, month);
		this.themes.page(theme, edited).ifPresent((page) -> this.themes.unpublish(page, user));
		redirect.addFlashAttribute("notice", "prevention.notice.unpublished");
		return redirect(edited, theme, null);
	}

	@GetMapping("/staff/prevention/{bassin}/{year}/{month}/preview")
	String preview(@PathVariable String bassin, @PathVariable String year, @PathVariable String month,
			@AuthenticationPrincipal CurrentUser user, Model model, Locale locale) {
		PreventionBassin edited = editable(bassin, user);
		ThemePage page = this.themes.page(theme(year, month), edited)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		return ThemeController.show(page, this.themes, model, locale, true);
	}

	@ExceptionHandler(ThemeService.NotYourBassin.class)
	@ResponseStatus(HttpStatus.FORBIDDEN)
	String forbidden() {
		return "prevention/forbidden";
	}

	private static String redirect(PreventionBassin bassin, Theme theme, String q) {
		return "redirect:/staff/prevention/" + bassin.slug() + "/" + theme.year() + "/" + theme.month()
				+ ((q != null && !q.isBlank()) ? "?q=" + URLEncoder.encode(q.strip(), StandardCharsets.UTF_8) : "");
	}

	private static PreventionBassin editable(String value, CurrentUser user) {
		PreventionBassin bassin = ThemeController.bassin(value);
		if (!bassin.editableBy(user)) {
			throw new ThemeService.NotYourBassin();
		}
		return bassin;
	}

	private Theme theme(String year, String month) {
		return ThemeController.month(year, month)
			.flatMap(this.themes::theme)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private static UUID uuid(String value) {
		try {
			return UUID.fromString(value.strip());
		}
		catch (IllegalArgumentException ex) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
		}
	}

}
