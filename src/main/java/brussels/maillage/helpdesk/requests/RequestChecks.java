package brussels.maillage.helpdesk.requests;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import brussels.maillage.directory.DirectoryService;
import brussels.maillage.directory.Place;
import brussels.maillage.directory.PlaceResolver;
import brussels.maillage.directory.ServiceDetails;
import brussels.maillage.directory.Theme;
import brussels.maillage.helpdesk.Channel;
import brussels.maillage.helpdesk.HelpdeskRequest;
import brussels.maillage.helpdesk.HelpdeskService;
import brussels.maillage.helpdesk.OrganisationType;
import brussels.maillage.helpdesk.Profession;
import brussels.maillage.helpdesk.RequestKind;
import brussels.maillage.helpdesk.RequestStatus;
import brussels.maillage.territory.TerritoryService;
import brussels.maillage.territory.UnknownPostcodeException;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

/**
 * Checks a request form field by field against the lines, the directory and the territory
 * (the free texts' lengths being checked by Bean Validation on {@link RequestForm}),
 * putting each message next to its field, and turns it into {@link RequestData} when
 * nothing is wrong.
 */
@Component
class RequestChecks {

	static final int SUMMARY_MAX = 2000;

	private static final String IDENTIFYING = "helpdesk.error.identifying";

	private final RequestLines lines;

	private final DirectoryService directory;

	private final PlaceResolver places;

	private final TerritoryService territory;

	private final Clock clock;

	private final MessageSource messages;

	RequestChecks(RequestLines lines, DirectoryService directory, PlaceResolver places, TerritoryService territory,
			MessageSource messages, Clock clock) {
		this.messages = messages;
		this.lines = lines;
		this.directory = directory;
		this.places = places;
		this.territory = territory;
		this.clock = clock;
	}

	/**
	 * The request, or {@code null} when {@code errors} holds a message; identifying data
	 * in the summary is an error until the respondent confirms it.
	 */
	RequestData check(RequestForm form, Errors errors, Locale locale) {
		String line = RequestRules.blankToNull(form.line());
		if (line != null && !this.lines.codes().contains(line)) {
			errors.rejectValue("line", "helpdesk.error.line.unknown");
		}
		Channel channel = RequestRules.parse(Channel.class, form.channel());
		if (channel == null) {
			errors.rejectValue("channel", "helpdesk.error.channel.required");
		}
		LocalDateTime local = RequestRules.receivedAt(form.receivedAt(), this.clock.instant(), errors);
		Instant receivedAt = (local != null) ? local.atZone(HelpdeskService.TIME_ZONE).toInstant() : null;
		LocalDate receivedOn = (local != null) ? local.toLocalDate() : null;
		Profession profession = RequestRules.parse(Profession.class, form.profession());
		if (RequestRules.blankToNull(form.profession()) != null && profession == null) {
			errors.rejectValue("profession", "helpdesk.error.choice");
		}
		OrganisationType organisationType = RequestRules.parse(OrganisationType.class, form.organisationType());
		if (RequestRules.blankToNull(form.organisationType()) != null && organisationType == null) {
			errors.rejectValue("organisationType", "helpdesk.error.choice");
		}
		UUID organisation = null;
		if (RequestRules.blankToNull(form.organisation()) != null) {
			try {
				organisation = UUID.fromString(form.organisation().strip());
				if (!this.directory.hasOrganization(organisation)) {
					errors.rejectValue("organisation", "helpdesk.error.organisation.unknown");
				}
			}
			catch (IllegalArgumentException ex) {
				errors.rejectValue("organisation", "helpdesk.error.organisation.unknown");
			}
		}
		Place place = place(form, errors);
		List<String> knownThemes = this.directory.themes().stream().map(Theme::code).toList();
		List<String> themes = form.themes().stream().filter((code) -> !code.isBlank()).distinct().toList();
		if (!knownThemes.containsAll(themes)) {
			errors.rejectValue("themes", "helpdesk.error.theme.unknown");
		}
		RequestKind kind = RequestRules.parse(RequestKind.class, form.kind());
		if (kind == null) {
			errors.rejectValue("kind", "helpdesk.error.kind.required");
		}
		String summary = RequestRules.blankToNull(form.summary());
		if (!form.identifyingConfirmed()) {
			identifying("summary", summary, errors, locale);
			identifying("unmetReason", form.unmetReason(), errors, locale);
			identifying("followUpAction", form.followUpAction(), errors, locale);
			identifying("followUpAction2", form.followUpAction2(), errors, locale);
		}
		List<HelpdeskRequest.Orientation> orientations = orientations(form, errors, locale);
		String unmetReason = RequestRules.blankToNull(form.unmetReason());
		if (form.needUnmet() && unmetReason == null) {
			errors.rejectValue("unmetReason", "helpdesk.error.unmetReason.required");
		}
		List<RequestData.NewFollowUp> followUps = new ArrayList<>();
		RequestRules.followUp(form.followUpAction(), form.followUpDue(), "followUpAction", "followUpDue", receivedOn,
				errors, followUps);
		RequestRules.followUp(form.followUpAction2(), form.followUpDue2(), "followUpAction2", "followUpDue2",
				receivedOn, errors, followUps);
		RequestStatus status = RequestRules.parse(RequestStatus.class, form.status());
		if (status == null || status == RequestStatus.DRAFT) {
			errors.rejectValue("status", "helpdesk.error.choice");
		}
		Integer minutes = RequestRules.minutes(form.minutesSpent(), errors);
		if (errors.hasErrors()) {
			return null;
		}
		return new RequestData(receivedAt, channel, line, profession, organisationType, organisation,
				RequestRules.blankToNull(form.postcode()), place.communeNis(), place.bassinCode(), place.quartierCode(),
				kind, summary, themes, orientations, form.needUnmet(), form.needUnmet() ? unmetReason : null, followUps,
				status, minutes);
	}

	/**
	 * Whether {@code errors} holds identifying data found in a free-text field, which the
	 * respondent removes or confirms.
	 */
	static boolean foundIdentifying(Errors errors) {
		return errors.getFieldErrors()
			.stream()
			.anyMatch((error) -> error.getCode() != null && IDENTIFYING.equals(error.getCode()));
	}

	/**
	 * Puts one message next to {@code field} naming everything identifying found in its
	 * text ("a national register number, a name and an address"), so that all of it is
	 * removed at once.
	 */
	private void identifying(String field, String text, Errors errors, Locale locale) {
		if (errors.hasFieldErrors(field)) {
			return;
		}
		String list = identifyingList(text, locale);
		if (list != null) {
			errors.rejectValue(field, IDENTIFYING, new Object[] { list }, null);
		}
	}

	/**
	 * The message for identifying data found in {@code text}, or {@code null} when there
	 * is none.
	 */
	String identifyingMessage(String text, Locale locale) {
		String list = identifyingList(text, locale);
		return (list != null) ? this.messages.getMessage(IDENTIFYING, new Object[] { list }, locale) : null;
	}

	private String identifyingList(String text, Locale locale) {
		List<String> found = IdentifyingData.in(text)
			.stream()
			.map((kind) -> this.messages.getMessage("helpdesk.identifying." + kind.name(), null, locale))
			.toList();
		if (found.isEmpty()) {
			return null;
		}
		String and = this.messages.getMessage("helpdesk.identifying.and", null, locale);
		return (found.size() == 1) ? found.get(0)
				: String.join(", ", found.subList(0, found.size() - 1)) + and + found.get(found.size() - 1);
	}

	private Place place(RequestForm form, Errors errors) {
		String commune = RequestRules.blankToNull(form.commune());
		if (commune != null && this.territory.communes().stream().noneMatch((known) -> known.nis().equals(commune))) {
			errors.rejectValue("commune", "helpdesk.error.choice");
			return Place.NOWHERE;
		}
		try {
			return this.places.resolve(RequestRules.blankToNull(form.postcode()), commune, null, null, null);
		}
		catch (UnknownPostcodeException ex) {
			errors.rejectValue("postcode", "helpdesk.error.postcode.notBrussels");
		}
		catch (IllegalArgumentException ex) {
			errors.rejectValue("postcode", "helpdesk.error.postcode.invalid");
		}
		return Place.NOWHERE;
	}

	private List<HelpdeskRequest.Orientation> orientations(RequestForm form, Errors errors, Locale locale) {
		List<HelpdeskRequest.Orientation> orientations = new ArrayList<>();
		for (String value : form.orientations().stream().distinct().toList()) {
			try {
				ServiceDetails service = this.directory.service(UUID.fromString(value.strip())).orElse(null);
				if (service == null) {
					errors.rejectValue("orientations", "helpdesk.error.orientation.unknown");
					continue;
				}
				orientations.add(new HelpdeskRequest.Orientation(service.id(), service.name().in(locale).text()));
			}
			catch (IllegalArgumentException ex) {
				errors.rejectValue("orientations", "helpdesk.error.orientation.unknown");
			}
		}
		return orientations;
	}

}
