package brussels.maillage.system.ratelimit;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import brussels.maillage.system.ratelimit.RateLimitRule.Per;

import static brussels.maillage.system.ratelimit.RateLimitRule.post;

/**
 * The public writes and the login, as their controllers answer them (events, directory,
 * identity: the login and the password reset), with the limits that apply to each. Rules
 * with the same bucket share one count: {@code mails} counts every submission that mails
 * the e-mail address typed.
 */
final class PublicForms {

	static final String[] REGISTRATIONS = { "/agenda/{target}/inscription", "/api/events/{target}/registrations" };

	static final String BOOKING = "/portes-ouvertes/creneau/{target}";

	static final String HOST_CALL = "/portes-ouvertes/appel/{target}";

	static final String SESSION_REQUEST = "/agenda/demande";

	static final String REPORT = "/repertoire/services/{target}/report";

	static final String LOGIN = "/login";

	/** A request for a password-reset link, and the new password set from the link. */
	static final String[] PASSWORD_RESET = { "/password-reset", "/password-reset/{target}" };

	private PublicForms() {
	}

	static List<RateLimitRule> rules(RateLimitProperties limits) {
		if (!limits.enabled()) {
			return List.of();
		}
		Limit mails = limits.mailsPerRecipient();
		return List.of(post("registrations", limits.registrations(), Per.ADDRESS, null, REGISTRATIONS),
				post("registrations-per-event", limits.registrationsPerEvent(), Per.ADDRESS_AND_TARGET, null,
						REGISTRATIONS),
				post("mails", mails, Per.RECIPIENT, "email", REGISTRATIONS),
				post("bookings", limits.bookings(), Per.ADDRESS, null, BOOKING),
				post("bookings-per-slot", limits.bookingsPerSlot(), Per.ADDRESS_AND_TARGET, null, BOOKING),
				post("mails", mails, Per.RECIPIENT, "email", BOOKING),
				post("host-calls", limits.hostCalls(), Per.ADDRESS, null, HOST_CALL).when(PublicForms::sendsHostOffer),
				post("mails", mails, Per.RECIPIENT, "contactEmail", HOST_CALL).when(PublicForms::sendsHostOffer),
				post("session-requests", limits.sessionRequests(), Per.ADDRESS, null, SESSION_REQUEST),
				post("mails", mails, Per.RECIPIENT, "email", SESSION_REQUEST),
				post("reports", limits.reports(), Per.ADDRESS, null, REPORT),
				post("reports-per-service", limits.reportsPerService(), Per.ADDRESS_AND_TARGET, null, REPORT),
				post("logins", limits.logins(), Per.ADDRESS, null, LOGIN),
				post("logins", limits.logins(), Per.ADDRESS, null, PASSWORD_RESET),
				post("mails", mails, Per.RECIPIENT, "email", PASSWORD_RESET[0]));
	}

	/**
	 * The host call's form posts to the same address to add a row or search an
	 * organisation ({@code action=addslot|search}) without JavaScript: only the real
	 * submission counts.
	 */
	static boolean sendsHostOffer(HttpServletRequest request) {
		String action = request.getParameter("action");
		return !"addslot".equals(action) && !"search".equals(action);
	}

}
