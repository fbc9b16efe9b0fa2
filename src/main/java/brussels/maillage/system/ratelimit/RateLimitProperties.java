package brussels.maillage.system.ratelimit;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How often the public forms and the login may be used (settings
 * {@code maillage.rate-limit.*}). Each limit is {@code COUNT/PERIOD} or {@code 0} for
 * none.
 *
 * @param enabled whether any limit applies
 * @param registrations registrations for events from one client address (pages and API)
 * @param registrationsPerEvent registrations for one event from one client address
 * @param mailsPerRecipient submissions that mail the e-mail address typed in the form
 * (registrations, open-doors bookings and host offers, session requests, password-reset
 * links), per address typed, whoever sends them
 * @param bookings open-doors visit bookings from one client address
 * @param bookingsPerSlot open-doors bookings of one slot from one client address
 * @param reports error reports on directory services from one client address
 * @param reportsPerService error reports on one service from one client address
 * @param hostCalls answers to the open-doors call for hosts from one client address
 * @param sessionRequests requests for a session from one client address
 * @param logins sign-in attempts (the login form) and password-reset requests and new
 * passwords from one client address
 */
@ConfigurationProperties("maillage.rate-limit")
record RateLimitProperties(@DefaultValue("true") boolean enabled, @DefaultValue("30/1m") Limit registrations,
		@DefaultValue("60/1h") Limit registrationsPerEvent, @DefaultValue("10/1h") Limit mailsPerRecipient,
		@DefaultValue("20/10m") Limit bookings, @DefaultValue("10/1h") Limit bookingsPerSlot,
		@DefaultValue("20/1h") Limit reports, @DefaultValue("5/1h") Limit reportsPerService,
		@DefaultValue("10/1h") Limit hostCalls, @DefaultValue("10/1h") Limit sessionRequests,
		@DefaultValue("20/1m") Limit logins) {

}
