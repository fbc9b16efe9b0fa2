package brussels.maillage.helpdesk.requests;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import brussels.maillage.directory.DirectoryService;
import brussels.maillage.directory.Place;
import brussels.maillage.directory.PlaceResolver;
import brussels.maillage.directory.SearchHit;
import brussels.maillage.directory.SearchQuery;
import brussels.maillage.directory.Theme;
import brussels.maillage.helpdesk.Channel;
import brussels.maillage.helpdesk.HelpdeskRequest;
import brussels.maillage.helpdesk.OrganisationType;
import brussels.maillage.helpdesk.Profession;
import brussels.maillage.helpdesk.RequestKind;
import brussels.maillage.helpdesk.RequestStatus;
import brussels.maillage.system.LocalizedText;
import brussels.maillage.system.MailOutbox;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What the request pages show besides the request: the form's choices in the reader's
 * language, the directory services found by the inline search and those chosen, the
 * caller's organisation, the guide beside the form; on a request, its themes' names and
 * the replies sent.
 */
@Component
class RequestPages {

	private final RequestLines lines;

	private final DirectoryService directory;

	private final PlaceResolver places;

	private final GuideBesideForm guide;

	private final MailOutbox outbox;

	private final MessageSource messages;

	private final OrganisationPicker organisations;

	RequestPages(RequestLines lines, DirectoryService directory, PlaceResolver places, GuideBesideForm guide,
			MailOutbox outbox, MessageSource messages, OrganisationPicker organisations) {
		this.lines = lines;
		this.directory = directory;
		this.places = places;
		this.guide = guide;
		this.outbox = outbox;
		this.messages = messages;
		this.organisations = organisations;
	}

	/** The model of one request's page. */
	String request(Model model, HelpdeskRequest request, Locale locale) {
		model.addAttribute("request", request);
		model.addAttribute("lines", this.lines.all());
		Map<String, LocalizedText> labels = themeLabels();
		model.addAttribute("themeNames",
				request.themes()
					.stream()
					.map((code) -> labels.containsKey(code) ? labels.get(code).in(locale).text() : code)
					.toList());
		model.addAttribute("communes", this.directory.communes(locale));
		model.addAttribute("replies", this.outbox.about("helpdesk_request", request.id()));
		model.addAttribute("organisation", (request.organisationId() != null)
				? this.organisations.chosen(request.organisationId().toString()).orElse(null) : null);
		return "helpdesk/request";
	}

	/** The results of the inline search of services, as an htmx fragment. */
	String orientationResults(Model model, String q, String postcode, String commune, List<String> orientations,
			Locale locale) {
		RequestForm form = RequestForm.withOrientations(orientations);
		List<Chosen> chosen = chosen(form, locale);
		model.addAttribute("chosen", chosen);
		model.addAttribute("hits", hits(q, postcode, commune, chosen));
		model.addAttribute("q", q);
		model.addAttribute("oob", true);
		return "helpdesk/form :: orientationResults";
	}

	/** The organisations found for the caller's organisation, as an htmx fragment. */
	String organisationResults(Model model, String organisationQuery, String organisation) {
		RequestForm form = RequestForm.withOrganisation(organisation, organisationQuery);
		model.addAttribute("form", form);
		organisationModel(model, form);
		model.addAttribute("oob", true);
		return "helpdesk/form :: organisationResults";
	}

	private void organisationModel(Model model, RequestForm form) {
		OrganisationChoice chosen = this.organisations.chosen(form.organisation()).orElse(null);
		model.addAttribute("organisationChosen", chosen);
		model.addAttribute("organisationHits",
				this.organisations.find(form.organisationQuery(), 8)
					.stream()
					.filter((hit) -> chosen == null || !hit.id().equals(chosen.id()))
					.toList());
	}

	/** The model of the request form, new ({@code id} null) or of a request. */
	String form(Model model, RequestForm form, Long id, String q, Locale locale) {
		model.addAttribute("requestId", id);
		model.addAttribute("lines", this.lines.all());
		model.addAttribute("channels", Channel.values());
		model.addAttribute("professions", Profession.values());
		model.addAttribute("organisationTypes", OrganisationType.values());
		model.addAttribute("kinds", RequestKind.values());
		model.addAttribute("statuses", List.of(RequestStatus.OPEN, RequestStatus.WAITING, RequestStatus.CLOSED));
		model.addAttribute("communes", this.directory.communes(locale));
		model.addAttribute("themes", this.directory.themes().stream().filter((t) -> t.parentId() == null).toList());
		List<Chosen> chosen = chosen(form, locale);
		model.addAttribute("chosen", chosen);
		model.addAttribute("q", q);
		model.addAttribute("hits", hits(q, form.postcode(), form.commune(), chosen));
		model.addAttribute("lineOptions",
				this.lines.all()
					.stream()
					.map((line) -> Map.entry(line.code(), message("helpdesk.line." + line.code(), locale)))
					.toList());
		model.addAttribute("channelOptions", options(Channel.values(), "helpdesk.channel.", locale));
		model.addAttribute("professionOptions", options(Profession.values(), "helpdesk.profession.", locale));
		model.addAttribute("organisationTypeOptions",
				options(OrganisationType.values(), "helpdesk.organisationType.", locale));
		model.addAttribute("statusOptions",
				options(new RequestStatus[] { RequestStatus.OPEN, RequestStatus.WAITING, RequestStatus.CLOSED },
						"helpdesk.status.", locale));
		model.addAttribute("communeOptions", this.directory.communes(locale));
		model.addAttribute("guide", this.guide.pages());
		organisationModel(model, form);
		return "helpdesk/form";
	}

	private List<Chosen> chosen(RequestForm form, Locale locale) {
		List<Chosen> chosen = new ArrayList<>();
		for (String value : form.orientations().stream().distinct().toList()) {
			try {
				this.directory.service(UUID.fromString(value.strip()))
					.ifPresent((service) -> chosen.add(new Chosen(service.id().toString(),
							service.name().in(locale).text(), service.organizationName())));
			}
			catch (IllegalArgumentException ex) {
				// an id that is not one is reported by the checks
			}
		}
		return chosen;
	}

	private List<SearchHit> hits(String q, String postcode, String commune, List<Chosen> chosen) {
		List<String> ids = chosen.stream().map(Chosen::id).toList();
		return search(q, postcode, commune).stream().filter((hit) -> !ids.contains(hit.id().toString())).toList();
	}

	private List<Map.Entry<String, String>> options(Enum<?>[] values, String prefix, Locale locale) {
		return java.util.Arrays.stream(values)
			.map((value) -> Map.entry(value.name(), message(prefix + value.name(), locale)))
			.toList();
	}

	private String message(String key, Locale locale) {
		return this.messages.getMessage(key, null, key, locale);
	}

	private List<SearchHit> search(String q, String postcode, String commune) {
		if (q == null || q.isBlank() || q.length() > 200) {
			return List.of();
		}
		Place place;
		try {
			place = this.places.resolve(RequestRules.blankToNull(postcode), RequestRules.blankToNull(commune), null,
					null, null);
		}
		catch (RuntimeException ex) {
			place = Place.NOWHERE;
		}
		return this.directory.search(new SearchQuery(q, null, null, false, null, place, null, null, 0, 8)).hits();
	}

	private Map<String, LocalizedText> themeLabels() {
		Map<String, LocalizedText> labels = new java.util.HashMap<>();
		for (Theme theme : this.directory.themes()) {
			labels.put(theme.code(), theme.label());
		}
		return labels;
	}

}
