package brussels.maillage.prevention.publications;

import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import brussels.maillage.prevention.programmes.ProgrammeService;
import brussels.maillage.system.AtomFeed;
import brussels.maillage.system.LocalizedText;

import org.springframework.context.MessageSource;
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

/**
 * The register of publications as the public reads it: the list, its Atom feed and the
 * PDFs kept.
 */
@Controller
class PublicationController {

	private static final int LISTED = 200;

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

}
