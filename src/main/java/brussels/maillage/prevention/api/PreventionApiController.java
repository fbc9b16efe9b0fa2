package brussels.maillage.prevention.api;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import brussels.maillage.prevention.local.PreventionBassin;
import brussels.maillage.prevention.programmes.Programme;
import brussels.maillage.prevention.programmes.ProgrammeService;
import brussels.maillage.prevention.publications.Publication;
import brussels.maillage.prevention.publications.PublicationService;
import brussels.maillage.prevention.rendezvous.PreventionSession;
import brussels.maillage.prevention.rendezvous.RendezvousService;
import brussels.maillage.prevention.rendezvous.VenueView;
import brussels.maillage.prevention.themes.ThemePage;
import brussels.maillage.prevention.themes.ThemeService;
import brussels.maillage.system.LocalizedText;
import brussels.maillage.system.Problems;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The public prevention API: the year's monthly themes with each bassin's page and its
 * directory services, the Rendez-vous sessions with their headcounts, the publications
 * and the programmes.
 */
@RestController
@Tag(name = "Prevention", description = "Monthly prevention themes, Rendez-vous sessions, publications, programmes")
class PreventionApiController {

	private final ThemeService themes;

	private final RendezvousService rendezvous;

	private final PublicationService publications;

	private final ProgrammeService programmes;

	private final Problems problems;

	PreventionApiController(ThemeService themes, RendezvousService rendezvous, PublicationService publications,
			ProgrammeService programmes, Problems problems) {
		this.themes = themes;
		this.rendezvous = rendezvous;
		this.publications = publications;
		this.programmes = programmes;
		this.problems = problems;
	}

	@GetMapping("/api/prevention/themes")
	@Operation(summary = "The monthly prevention themes of a year, with each bassin's published page",
			description = "Each page lists its resources and its local initiatives (directory services).")
	@ApiResponse(responseCode = "200", description = "The themes by month")
	@ApiResponse(responseCode = "400", description = "The year is not a year from 2000 to 2100",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	ResponseEntity<?> themes(
			@Parameter(description = "the year, this year by default") @RequestParam(required = false) String year,
			Locale locale, HttpServletRequest request) {
		Integer shown = Problems.yearParameter(year, this.themes.thisMonth().getYear());
		if (shown == null) {
			return this.problems.badRequest("year", "prevention.api.year", locale, request.getRequestURI());
		}
		String base = base();
		List<ThemePage> pages = this.themes.publishedIn(shown);
		List<ThemeJson> items = this.themes.calendar(shown)
			.stream()
			.map((theme) -> new ThemeJson(theme.month(), theme.title(),
					pages.stream()
						.filter((page) -> page.theme().id().equals(theme.id()))
						.map((page) -> PageJson.of(page, this.themes, base))
						.toList()))
			.toList();
		return ResponseEntity.ok(new ThemesJson(shown, items));
	}

	@GetMapping("/api/prevention/sessions")
	@Operation(summary = "The Rendez-vous de la prévention santé of a year, with their anonymous headcounts",
			description = "Inhabitants never register: a session has a headcount only.")
	@ApiResponse(responseCode = "200", description = "The sessions by day")
	@ApiResponse(responseCode = "400", description = "The year or the territory is not known",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	ResponseEntity<?> sessions(
			@Parameter(description = "the year, this year by default") @RequestParam(required = false) String year,
			@Parameter(
					description = "a bassin code (NORD, NORD_EST, SUD, SUD_EST, CENTRE_OUEST) or REGION for all") @RequestParam(
							required = false) String territory,
			Locale locale, HttpServletRequest request) {
		Integer shown = Problems.yearParameter(year, this.rendezvous.today().getYear());
		if (shown == null) {
			return this.problems.badRequest("year", "prevention.api.year", locale, request.getRequestURI());
		}
		PreventionBassin bassin = null;
		if (territory != null && !territory.isBlank() && !"REGION".equalsIgnoreCase(territory.strip())) {
			bassin = PreventionBassin.of(territory).orElse(null);
			if (bassin == null) {
				return this.problems.badRequest("territory", "prevention.api.territory", locale,
						request.getRequestURI());
			}
		}
		Map<UUID, VenueView> venues = new LinkedHashMap<>();
		for (PreventionBassin each : (bassin != null) ? List.of(bassin) : List.of(PreventionBassin.values())) {
			this.rendezvous.venues(each).forEach((view) -> venues.put(view.venue().id(), view));
		}
		List<SessionJson> items = this.rendezvous.sessions(shown, bassin)
			.stream()
			.map((session) -> SessionJson.of(session, venues.get(session.venueId())))
			.toList();
		return ResponseEntity.ok(new SessionsJson(shown, (bassin != null) ? bassin.name() : "REGION", items,
				items.stream().mapToLong(SessionJson::headcount).sum()));
	}

	@GetMapping("/api/publications")
	@Operation(summary = "The register of publications, newest first")
	List<PublicationJson> publications() {
		Map<UUID, String> codes = new LinkedHashMap<>();
		this.programmes.all().forEach((programme) -> codes.put(programme.id(), programme.code()));
		String base = base();
		return this.publications.latest(500).stream().map((p) -> PublicationJson.of(p, codes, base)).toList();
	}

	@GetMapping("/api/programmes")
	@Operation(summary = "The programmes activity is tagged with, with their territories and dates")
	List<ProgrammeJson> programmes() {
		return this.programmes.all().stream().map(ProgrammeJson::of).toList();
	}

	private static String base() {
		return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
	}

	record ThemesJson(int year, List<ThemeJson> themes) {
	}

	record ThemeJson(int month, LocalizedText title, List<PageJson> pages) {
	}

	record PageJson(String bassin, String url, LocalizedText summary, Map<String, List<String>> resources,
			List<ServiceJson> services) {

		static PageJson of(ThemePage page, ThemeService themes, String base) {
			String url = base + "/prevention/" + page.bassin().slug() + "/" + page.theme().year() + "/"
					+ page.theme().month();
			return new PageJson(page.bassin().name(), url, page.summary(),
					Map.of("fr", page.resourceLines("fr"), "nl", page.resourceLines("nl")),
					themes.services(page)
						.stream()
						.map((service) -> new ServiceJson(service.id(), service.name(), service.organizationName(),
								base + "/repertoire/services/" + service.id()))
						.toList());
		}

	}

	record ServiceJson(UUID id, LocalizedText name, String organization, String url) {
	}

	record SessionsJson(int year, String territory, List<SessionJson> sessions, long headcount) {
	}

	record SessionJson(UUID id, LocalDate date, String bassin, LocalizedText theme, String partners, int headcount,
			VenueJson venue) {

		static SessionJson of(PreventionSession session, VenueView view) {
			VenueJson venue = (view == null || view.service() == null) ? null
					: new VenueJson(view.service().id(), view.service().organizationName(),
							(view.place() != null) ? view.place().address() : null,
							(view.place() != null) ? view.place().postcode() : null,
							(view.place() != null) ? view.place().latitude() : null,
							(view.place() != null) ? view.place().longitude() : null, view.venue().partners());
			return new SessionJson(session.id(), session.heldOn(), session.bassin().name(), session.theme(),
					session.partners(), session.headcount(), venue);
		}

	}

	record VenueJson(UUID serviceId, String organization, String address, String postcode, Double latitude,
			Double longitude, String partners) {
	}

	record ProgrammeJson(UUID id, String code, LocalizedText name, List<String> territories, LocalDate startsOn,
			LocalDate endsOn) {

		static ProgrammeJson of(Programme programme) {
			return new ProgrammeJson(programme.id(), programme.code(), programme.name(), programme.territories(),
					programme.startsOn(), programme.endsOn());
		}

	}

	record PublicationJson(UUID id, String series, String issue, LocalizedText title, LocalDate publishedOn,
			List<String> languages, String url, LocalizedText summary, List<String> themes, String programme) {

		static PublicationJson of(Publication publication, Map<UUID, String> codes, String base) {
			return new PublicationJson(publication.id(), publication.series().name(), publication.issue(),
					publication.title(), publication.publishedOn(), publication.languages(),
					(publication.url() != null) ? publication.url()
							: base + "/publications/" + publication.id() + ".pdf",
					publication.summary(), publication.themes(),
					(publication.programmeId() != null) ? codes.get(publication.programmeId()) : null);
		}

	}

}
