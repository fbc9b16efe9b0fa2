package brussels.maillage.focus.repertoires;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;

import brussels.maillage.focus.FocusService;
import brussels.maillage.focus.Repertoire;
import brussels.maillage.focus.trainings.FocusTrainings;
import brussels.maillage.system.LocalizedText;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.servlet.view.RedirectView;

/**
 * The public Focus pages: the list of published repertoires, one page per repertoire and
 * its brochure as PDF; editors preview drafts the same way under {@code /staff/focus}.
 */
@Controller
class FocusController {

	private static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final FocusService focus;

	private final FocusBrochure brochure;

	private final FocusTrainings trainings;

	FocusController(FocusService focus, FocusBrochure brochure, FocusTrainings trainings) {
		this.focus = focus;
		this.brochure = brochure;
		this.trainings = trainings;
	}

	@GetMapping("/focus")
	String list(Model model) {
		model.addAttribute("repertoires", this.focus.published());
		return "focus/list";
	}

	@GetMapping("/focus/{slug}")
	Object page(@PathVariable String slug, Model model, Locale locale) {
		String canonical = slug.toLowerCase(Locale.ROOT);
		if (!canonical.equals(slug) && canonical.matches(RepertoireForm.SLUG)
				&& this.focus.published(canonical).isPresent()) {
			// An address typed with capitals leads to the page at its own address.
			RedirectView lowerCase = new RedirectView("/focus/" + canonical, true);
			lowerCase.setStatusCode(HttpStatus.MOVED_PERMANENTLY);
			return lowerCase;
		}
		Repertoire repertoire = this.focus.published(slug)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		return show(repertoire, model, locale, false);
	}

	@GetMapping("/focus/{slug}/brochure.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable String slug, @RequestParam(required = false) String lang, Locale locale) {
		Repertoire repertoire = this.focus.published(slug)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		return pdf(repertoire, language(lang, locale));
	}

	/** The trainings a published repertoire lists, as CSV for Belgian Excel. */
	@GetMapping("/focus/{slug}/formations.csv")
	ResponseEntity<byte[]> trainingsCsv(@PathVariable String slug, Locale locale) {
		Repertoire repertoire = this.focus.published(slug)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		return download(this.trainings.csv(repertoire.id(), locale), "focus-" + slug + "-formations.csv",
				MediaType.parseMediaType("text/csv;charset=UTF-8"));
	}

	/** The trainings a published repertoire lists, as XLSX. */
	@GetMapping("/focus/{slug}/formations.xlsx")
	ResponseEntity<byte[]> trainingsXlsx(@PathVariable String slug, Locale locale) {
		Repertoire repertoire = this.focus.published(slug)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		return download(this.trainings.xlsx(repertoire.id(), locale), "focus-" + slug + "-formations.xlsx", XLSX);
	}

	private static ResponseEntity<byte[]> download(byte[] body, String name, MediaType type) {
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.contentType(type)
			.body(body);
	}

	@GetMapping("/staff/focus/{id}/preview")
	String preview(@PathVariable UUID id, Model model, Locale locale) {
		Repertoire repertoire = this.focus.repertoire(id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		return show(repertoire, model, locale, true);
	}

	@GetMapping("/staff/focus/{id}/brochure.pdf")
	ResponseEntity<byte[]> draftPdf(@PathVariable UUID id, @RequestParam(required = false) String lang, Locale locale) {
		Repertoire repertoire = this.focus.repertoire(id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		return pdf(repertoire, language(lang, locale));
	}

	private String show(Repertoire repertoire, Model model, Locale locale, boolean preview) {
		model.addAttribute("view", this.focus.view(repertoire));
		model.addAttribute("repertoire", repertoire);
		model.addAttribute("text", new FocusText(locale));
		model.addAttribute("preview", preview);
		model.addAttribute("pdfPath", preview ? "/staff/focus/" + repertoire.id() + "/brochure.pdf"
				: "/focus/" + repertoire.slug() + "/brochure.pdf");
		return "focus/page";
	}

	private ResponseEntity<byte[]> pdf(Repertoire repertoire, Locale locale) {
		String url = ServletUriComponentsBuilder.fromCurrentContextPath()
			.path("/focus/{slug}")
			.buildAndExpand(repertoire.slug())
			.toUriString();
		byte[] pdf = this.brochure.pdf(this.focus.view(repertoire), locale, url);
		String fileName = "focus-" + repertoire.slug() + "-" + locale.getLanguage() + ".pdf";
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline().filename(fileName, StandardCharsets.UTF_8).build().toString())
			.body(pdf);
	}

	static Locale language(String lang, Locale locale) {
		if (lang != null && LocalizedText.LANGUAGES.contains(lang)) {
			return Locale.of(lang);
		}
		String current = (locale != null) ? locale.getLanguage() : "fr";
		return Locale.of(LocalizedText.LANGUAGES.contains(current) ? current : "fr");
	}

}
