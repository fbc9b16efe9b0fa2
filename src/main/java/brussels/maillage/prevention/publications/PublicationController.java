package brussels.maillage.prevention.publications;

import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import brussels.maillage.identity.CurrentUser;
import brussels.maillage.prevention.programmes.ProgrammeService;
import brussels.maillage.system.AtomFeed;
import brussels.maillage.system.LocalizedText;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The register of publications: the public list and its Atom feed, the PDFs kept, and the
 * staff page that registers one.
 */
@Controller
class PublicationController {

	private static final int LISTED = 200;

	private static final long MAX_PDF = 30L * 1024 * 1024;

	private final PublicationService publications;

	private final ProgrammeService programmes;

	private final MessageSource messages;

	PublicationController(PublicationService publications, ProgrammeService programmes, MessageSource messages) {
		this.publications = publications;
		this.programmes = programmes;
		this.messages = messages;
	}

	@GetMapping("/publications")
	String list(Model model) {
		model.addAttribute("publications", this.publications.latest(LISTED));
		model.addAttribute("programmes", this.programmes.all());
		return "prevention/publications";
	}

	@GetMapping("/publications/{id}.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable String id) {
		UUID uuid;
		try {
			uuid = UUID.fromString(id);
		}
		catch (IllegalArgumentException ex) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		byte[] pdf = this.publications.pdf(uuid).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF).body(pdf);
	}

	@GetMapping("/publications/feed.atom")
	ResponseEntity<String> feed(@RequestParam(required = false) String lang, Locale locale) {
		Locale language = Locale.of((lang != null && LocalizedText.LANGUAGES.contains(lang)) ? lang
				: LocalizedText.LANGUAGES.contains(locale.getLanguage()) ? locale.getLanguage() : "fr");
		String base = ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
		List<AtomFeed.Entry> entries = this.publications.latest(50)
			.stream()
			.map((publication) -> new AtomFeed.Entry("urn:uuid:" + publication.id(),
					publication.title().in(language).text(), link(publication, base),
					publication.publishedOn().atStartOfDay().toInstant(ZoneOffset.UTC),
					publication.publishedOn().atStartOfDay().toInstant(ZoneOffset.UTC),
					publication.summary().in(language).text()))
			.toList();
		String self = base + "/publications/feed.atom?lang=" + language.getLanguage();
		AtomFeed feed = new AtomFeed(self, this.messages.getMessage("publication.feed.title", null, language),
				language.getLanguage(), self, base + "/publications?lang=" + language.getLanguage(),
				entries.stream()
					.map(AtomFeed.Entry::updated)
					.max(java.time.Instant::compareTo)
					.orElse(java.time.Instant.EPOCH),
				entries);
		return ResponseEntity.ok().header(HttpHeaders.CONTENT_TYPE, AtomFeed.CONTENT_TYPE).body(feed.xml());
	}

	static String link(Publication publication, String base) {
		return (publication.url() != null) ? publication.url() : base + "/publications/" + publication.id() + ".pdf";
	}

	@GetMapping("/staff/publications")
	String staff(Model model) {
		if (!model.containsAttribute("publicationForm")) {
			model.addAttribute("publicationForm", PublicationForm.empty());
		}
		model.addAttribute("publications", this.publications.latest(LISTED));
		model.addAttribute("programmes", this.programmes.all());
		model.addAttribute("series", Publication.Series.values());
		model.addAttribute("publicationLanguages", PublicationForm.LANGUAGES);
		return "prevention/publications-staff";
	}

	@PostMapping("/staff/publications")
	String register(@Validated @ModelAttribute("publicationForm") PublicationForm form, BindingResult errors,
			@RequestParam(required = false) MultipartFile pdf, @AuthenticationPrincipal CurrentUser user, Model model,
			RedirectAttributes redirect) throws IOException {
		byte[] content = null;
		if (pdf != null && !pdf.isEmpty()) {
			content = (pdf.getSize() <= MAX_PDF) ? pdf.getBytes() : null;
			if (content == null || content.length < 5
					|| !new String(content, 0, 5, java.nio.charset.StandardCharsets.US_ASCII).equals("%PDF-")) {
				errors.rejectValue("url", "publication.pdf.invalid");
				content = null;
			}
		}
		if (!errors.hasFieldErrors("url") && form.url().isEmpty() && content == null) {
			errors.rejectValue("url", "publication.url.orPdf");
		}
		LocalDate day = null;
		if (!errors.hasFieldErrors("publishedOn")) {
			try {
				day = LocalDate.parse(form.publishedOn());
			}
			catch (DateTimeParseException ex) {
				errors.rejectValue("publishedOn", "prevention.session.heldOn.invalid");
			}
		}
		UUID programme = null;
		if (form.programmeId() != null && !form.programmeId().isBlank()) {
			try {
				programme = this.programmes.programme(UUID.fromString(form.programmeId().strip()))
					.map((found) -> found.id())
					.orElse(null);
			}
			catch (IllegalArgumentException ex) {
				programme = null;
			}
			if (programme == null) {
				errors.rejectValue("programmeId", "publication.programme.unknown");
			}
		}
		if (errors.hasErrors()) {
			return staff(model);
		}
		this.publications.register(new Publication(UUID.randomUUID(), Publication.Series.valueOf(form.series()),
				(form.issue() != null && !form.issue().isBlank()) ? form.issue().strip() : null, form.title(), day,
				form.languages(), form.url().isEmpty() ? null : form.url(), content != null, form.summary(),
				form.themeList(), programme, null), content, user.email());
		redirect.addFlashAttribute("notice", "publication.notice.registered");
		return "redirect:/staff/publications";
	}

}
