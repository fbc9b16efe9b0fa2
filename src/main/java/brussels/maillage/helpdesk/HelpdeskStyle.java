package brussels.maillage.helpdesk;

import java.time.Duration;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The few styles of the helpdesk pages (the form beside the guide, the charts), served as
 * a style sheet so that the content security policy allows them.
 */
@RestController
class HelpdeskStyle {

	static final String CSS = """
			.helpdesk-columns { display: grid; grid-template-columns: minmax(0, 2fr) minmax(14rem, 1fr); gap: 2rem; align-items: start; }
			.helpdesk-guide { position: sticky; top: 1rem; background: var(--surface, #fff); border: 1px solid var(--line, #ccc); border-radius: var(--radius, 4px); padding: .5rem 1rem; max-height: 90vh; overflow: auto; }
			.helpdesk-guide h2 { font-size: 1.2rem; } .helpdesk-guide h3 { font-size: 1rem; margin-bottom: .2rem; }
			.helpdesk-guide ol { padding-left: 1.2rem; margin-top: 0; }
			.helpdesk-themes { display: grid; grid-template-columns: repeat(auto-fill, minmax(13rem, 1fr)); gap: .2rem 1rem; }
			.helpdesk-hits ul, .helpdesk-chosen { list-style: none; padding: 0; margin: .3rem 0; }
			.helpdesk-chosen { border-left: 4px solid var(--brand, #0b5cab); padding-left: .6rem; }
			.helpdesk-text { white-space: pre-wrap; }
			.helpdesk-chart { max-width: 48rem; }
			.helpdesk-chart svg { width: 100%; height: auto; display: block; }
			.helpdesk-chart details { margin-top: .3rem; }
			.helpdesk-figures { display: flex; flex-wrap: wrap; gap: 1rem; padding: 0; list-style: none; }
			.helpdesk-figures li { border: 1px solid var(--line, #ccc); border-radius: var(--radius, 4px); padding: .5rem 1rem; }
			.helpdesk-figures strong { display: block; font-size: 1.6rem; }
			.helpdesk-uncovered { color: #8a1c1c; font-weight: 600; }
			.helpdesk-inline-form { display: inline; margin-left: .5rem; }
			.helpdesk-inline-form button { padding: .1rem .6rem; font-size: .9rem; }
			.helpdesk-overdue { color: #8a1c1c; font-weight: 600; }
			@media (max-width: 60rem) { .helpdesk-columns { grid-template-columns: 1fr; } .helpdesk-guide { position: static; max-height: none; } }
			@media print { .helpdesk-guide, .helpdesk-filters { display: none; } }
			""";

	@GetMapping(path = "/helpdesk/helpdesk.css", produces = "text/css")
	ResponseEntity<String> css() {
		return ResponseEntity.ok()
			.cacheControl(CacheControl.maxAge(Duration.ofHours(1)))
			.contentType(MediaType.valueOf("text/css;charset=UTF-8"))
			.body(CSS);
	}

}
