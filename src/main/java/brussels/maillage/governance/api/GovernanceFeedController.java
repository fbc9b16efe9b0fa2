package brussels.maillage.governance.api;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import brussels.maillage.system.AtomFeed;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The Atom feed of published syntheses, one per language: an entry for each synthesis
 * whose version in that language is published, dated by that publication.
 */
@Controller
class GovernanceFeedController {

	private final GovernanceApi api;

	private final MessageSource messages;

	GovernanceFeedController(GovernanceApi api, MessageSource messages) {
		this.api = api;
		this.messages = messages;
	}

	@GetMapping("/gouvernance/syntheses/feed.atom")
	ResponseEntity<String> feed(@RequestParam(required = false) String lang, Locale locale) {
		String language = ("fr".equals(lang) || "nl".equals(lang)) ? lang
				: "nl".equals(locale.getLanguage()) ? "nl" : "fr";
		Locale in = Locale.of(language);
		String base = ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
		List<AtomFeed.Entry> entries = this.api.published(null)
			.stream()
			.filter((p) -> p.synthesis().published(language))
			.map((p) -> new AtomFeed.Entry("urn:uuid:" + p.synthesis().id(),
					p.body().name().in(in).text() + " – " + DateTimeFormatter.ofPattern("dd/MM/yyyy").format(p.date()),
					base + "/gouvernance/syntheses/" + p.synthesis().id() + "?lang=" + language, published(p, language),
					published(p, language), summary(p, language)))
			.sorted((a, b) -> b.updated().compareTo(a.updated()))
			.toList();
		String self = base + "/gouvernance/syntheses/feed.atom?lang=" + language;
		AtomFeed feed = new AtomFeed(self, this.messages.getMessage("governance.feed.title", null, in), language, self,
				base + "/gouvernance/syntheses?lang=" + language,
				entries.stream().map(AtomFeed.Entry::updated).max(Instant::compareTo).orElse(Instant.EPOCH), entries);
		return ResponseEntity.ok().header(HttpHeaders.CONTENT_TYPE, AtomFeed.CONTENT_TYPE).body(feed.xml());
	}

	private static Instant published(GovernanceApi.Published p, String language) {
		Instant at = "nl".equals(language) ? p.synthesis().publishedNlAt() : p.synthesis().publishedFrAt();
		return (at != null) ? at : Instant.EPOCH;
	}

	/** The first finding, as a foretaste. */
	private static String summary(GovernanceApi.Published p, String language) {
		return p.synthesis()
			.items(brussels.maillage.governance.syntheses.Section.FINDING)
			.stream()
			.map((item) -> item.text(language))
			.filter((text) -> text != null && !text.isBlank())
			.findFirst()
			.orElse(null);
	}

}
