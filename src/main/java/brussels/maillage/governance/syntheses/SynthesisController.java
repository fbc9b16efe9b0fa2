package brussels.maillage.governance.syntheses;

import java.util.Locale;
import java.util.UUID;

import org.springframework.context.MessageSource;
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

/** The public pages of published syntheses, in French and Dutch, and their PDF. */
@Controller
class SynthesisController {

	private final SynthesesService syntheses;

	private final SynthesisPages pages;

	private final SynthesisPdf pdf;

	private final MessageSource messages;

	SynthesisController(SynthesesService syntheses, SynthesisPages pages, SynthesisPdf pdf, MessageSource messages) {
		this.syntheses = syntheses;
		this.pages = pages;
		this.pdf = pdf;
		this.messages = messages;
	}

	@GetMapping("/gouvernance/syntheses")
	String list(@RequestParam(required = false) String territory, Model model, Locale locale) {
		model.addAttribute("views", this.pages.published(locale, territory));
		model.addAttribute("territory", territory);
		model.addAttribute("zone", this.pages.zone());
		String language = "nl".equals(locale.getLanguage()) ? "nl" : "fr";
		model.addAttribute("atomFeed", "/gouvernance/syntheses/feed.atom?lang=" + language);
		model.addAttribute("atomFeedTitle",
				this.messages.getMessage("governance.feed.title", null, Locale.of(language)));
		return "governance/syntheses";
	}

	@GetMapping("/gouvernance/syntheses/{id}")
	String synthesis(@PathVariable UUID id, Model model, Locale locale) {
		model.addAttribute("view", view(id, locale));
		model.addAttribute("zone", this.pages.zone());
		return "governance/synthesis";
	}

	@GetMapping("/gouvernance/syntheses/{id}/synthese.pdf")
	ResponseEntity<?> pdf(@PathVariable UUID id, @RequestParam(required = false) String lang, Model model,
			Locale locale) {
		Locale wanted = ("nl".equals(lang) || "fr".equals(lang)) ? Locale.of(lang) : locale;
		SynthesisView view = view(id, wanted);
		String url = ServletUriComponentsBuilder.fromCurrentContextPath()
			.path("/gouvernance/syntheses/{id}")
			.buildAndExpand(id)
			.toUriString();
		try {
			return ResponseEntity.ok()
				.contentType(MediaType.APPLICATION_PDF)
				.header("Content-Disposition", "inline; filename=\"synthese-" + view.language() + ".pdf\"")
				.body(this.pdf.pdf(view, url));
		}
		catch (SynthesisRefused ex) {
			// A clear sentence rather than a PDF cut off on a second page.
			return ResponseEntity.status(HttpStatus.UNPROCESSABLE_ENTITY)
				.contentType(new MediaType(MediaType.TEXT_PLAIN, java.nio.charset.StandardCharsets.UTF_8))
				.body(this.messages.getMessage(ex.messageKey(), null, Locale.of(view.language())));
		}
	}

	private SynthesisView view(UUID id, Locale locale) {
		return this.syntheses.synthesis(id)
			.filter(Synthesis::published)
			.flatMap((synthesis) -> this.pages.view(synthesis, locale, true))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

}
