package brussels.maillage.directory.cadastres;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import brussels.maillage.directory.Theme;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public cadastre of trainings: a list narrowed by words, theme, language, audience
 * and cost, and the same list as CSV or XLSX.
 */
@Controller
class TrainingController {

	private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private final TrainingService trainings;

	private final TrainingExports exports;

	TrainingController(TrainingService trainings, TrainingExports exports) {
		this.trainings = trainings;
		this.exports = exports;
	}

	@GetMapping("/repertoire/formations")
	String list(@RequestParam(required = false) String q, @RequestParam(required = false) String theme,
			@RequestParam(required = false) String language, @RequestParam(required = false) String audience,
			@RequestParam(required = false) String free, Locale locale, Model model) {
		TrainingFilter filter = TrainingFilter.of(q, theme, language, audience, free);
		filterModel(filter, locale, model, this.trainings);
		model.addAttribute("trainings", this.trainings.find(filter));
		return "directory/cadastres/trainings";
	}

	@GetMapping("/repertoire/formations.csv")
	ResponseEntity<byte[]> csv(@RequestParam(required = false) String q, @RequestParam(required = false) String theme,
			@RequestParam(required = false) String language, @RequestParam(required = false) String audience,
			@RequestParam(required = false) String free, Locale locale) {
		List<Training> found = this.trainings.find(TrainingFilter.of(q, theme, language, audience, free));
		return download(this.exports.csv(found, themeLabels(this.trainings, locale), locale), "formations.csv",
				"text/csv;charset=UTF-8");
	}

	@GetMapping("/repertoire/formations.xlsx")
	ResponseEntity<byte[]> xlsx(@RequestParam(required = false) String q, @RequestParam(required = false) String theme,
			@RequestParam(required = false) String language, @RequestParam(required = false) String audience,
			@RequestParam(required = false) String free, Locale locale) {
		List<Training> found = this.trainings.find(TrainingFilter.of(q, theme, language, audience, free));
		return download(this.exports.xlsx(found, themeLabels(this.trainings, locale), locale), "formations.xlsx", XLSX);
	}

	/** What the filter form and the list need beside the trainings. */
	static void filterModel(TrainingFilter filter, Locale locale, Model model, TrainingService trainings) {
		model.addAttribute("filter", filter);
		model.addAttribute("themeLabels", themeLabels(trainings, locale));
		model.addAttribute("audiences", Training.Audience.values());
		model.addAttribute("trainingLanguages", TrainingForm.LANGUAGES);
	}

	/** Theme code to label in the reader's language, sorted by label. */
	static Map<String, String> themeLabels(TrainingService trainings, Locale locale) {
		Map<String, String> labels = new LinkedHashMap<>();
		trainings.themes()
			.stream()
			.sorted(java.util.Comparator.comparing((Theme theme) -> theme.label().in(locale).text(),
					String.CASE_INSENSITIVE_ORDER))
			.forEach((theme) -> labels.putIfAbsent(theme.code(), theme.label().in(locale).text()));
		return labels;
	}

	private static ResponseEntity<byte[]> download(byte[] body, String name, String type) {
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.contentType(MediaType.parseMediaType(type))
			.body(body);
	}

}
