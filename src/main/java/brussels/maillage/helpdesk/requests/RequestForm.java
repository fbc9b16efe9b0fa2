package brussels.maillage.helpdesk.requests;

import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;

import brussels.maillage.helpdesk.Channel;
import brussels.maillage.helpdesk.HelpdeskRequest;
import brussels.maillage.helpdesk.HelpdeskService;
import brussels.maillage.helpdesk.RequestStatus;
import jakarta.validation.constraints.Size;

/**
 * What the request form holds, exactly as typed (so that nothing is lost when it comes
 * back with errors), bound by its constructor; the free texts' lengths are checked here,
 * the other rules by {@link RequestChecks} before anything is stored.
 *
 * @param line line code
 * @param channel channel code, {@code PHONE} when the form sends none
 * @param receivedAt when the request came in, as typed ({@code 2026-03-05T10:30})
 * @param profession the caller's profession code
 * @param organisationType the caller's type of organisation code
 * @param organisation the id of the caller's directory organisation
 * @param organisationQuery what was typed to find that organisation
 * @param postcode postcode of the situation
 * @param commune NIS code of the commune of the situation
 * @param themes theme codes
 * @param kind kind of request code
 * @param summary summary, without anything identifying
 * @param orientations ids of the directory services the caller was told about
 * @param unmetNeed {@code true} when no service fits (text, as a box sends it)
 * @param unmetReason why no service fits
 * @param followUpAction first follow-up to do
 * @param followUpDue its due day, as typed
 * @param followUpAction2 second follow-up to do
 * @param followUpDue2 its due day, as typed
 * @param status status code, {@code CLOSED} when the form sends none
 * @param minutesSpent minutes spent, as typed
 * @param confirmIdentifying {@code true} when the respondent confirms the identifying
 * data found
 */
record RequestForm(String line, String channel, String receivedAt, String profession, String organisationType,
		String organisation, String organisationQuery, String postcode, String commune, List<String> themes,
		String kind, @Size(max = RequestChecks.SUMMARY_MAX) String summary, List<String> orientations, String unmetNeed,
		@Size(max = RequestChecks.SUMMARY_MAX) String unmetReason, String followUpAction, String followUpDue,
		String followUpAction2, String followUpDue2, String status, String minutesSpent, String confirmIdentifying) {

	RequestForm {
		channel = (channel != null) ? channel : Channel.PHONE.name();
		themes = (themes != null) ? List.copyOf(themes) : List.of();
		orientations = (orientations != null) ? List.copyOf(orientations) : List.of();
		status = (status != null) ? status : RequestStatus.CLOSED.name();
	}

	/** Whether the box "no service fits" is ticked. */
	boolean needUnmet() {
		return "true".equals(this.unmetNeed);
	}

	/** Whether the respondent confirmed the identifying data found. */
	boolean identifyingConfirmed() {
		return "true".equals(this.confirmIdentifying);
	}

	/** A new request's form, received at {@code receivedAt} on {@code line}. */
	static RequestForm blank(LocalDateTime receivedAt, String line) {
		return new RequestForm(line, null, receivedAt.truncatedTo(ChronoUnit.MINUTES).toString(), null, null, null,
				null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null);
	}

	/** The form holding only the chosen orientations (the inline search of services). */
	static RequestForm withOrientations(List<String> orientations) {
		return new RequestForm(null, null, null, null, null, null, null, null, null, null, null, null, orientations,
				null, null, null, null, null, null, null, null, null);
	}

	/** The form holding only the caller's organisation and its search. */
	static RequestForm withOrganisation(String organisation, String organisationQuery) {
		return new RequestForm(null, null, null, null, null, organisation, organisationQuery, null, null, null, null,
				null, null, null, null, null, null, null, null, null, null, null);
	}

	/** The form of a request as recorded, to correct it (a draft becomes open). */
	static RequestForm of(HelpdeskRequest request) {
		return new RequestForm(request.lineCode(), request.channel().name(),
				LocalDateTime.ofInstant(request.receivedAt(), HelpdeskService.TIME_ZONE)
					.truncatedTo(ChronoUnit.MINUTES)
					.toString(),
				(request.profession() != null) ? request.profession().name() : null,
				(request.organisationType() != null) ? request.organisationType().name() : null,
				(request.organisationId() != null) ? request.organisationId().toString() : null, null,
				request.postcode(), request.communeNis(), request.themes(),
				(request.kind() != null) ? request.kind().name() : null, request.summary(),
				request.orientations().stream().map((o) -> o.serviceId().toString()).toList(),
				String.valueOf(request.unmetNeed()), request.unmetReason(), null, null, null, null,
				(request.status() == RequestStatus.DRAFT) ? RequestStatus.OPEN.name() : request.status().name(),
				(request.minutesSpent() != null) ? request.minutesSpent().toString() : null, null);
	}

}
