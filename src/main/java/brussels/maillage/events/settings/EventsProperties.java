package brussels.maillage.events.settings;

import java.math.BigDecimal;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the events module ({@code maillage.events.*}), with defaults in code.
 *
 * @param baseUrl the public address of Maillage, for links in e-mails sent outside a
 * request (reminders)
 * @param reminderBefore how long before the first session the reminder goes out
 * @param eraseRegistrantsAfter how long after an event its registrants' data is erased
 * (counts are kept)
 * @param communityFeePerMeeting the flat fee a community-of-practice participant is owed
 * per meeting attended, in euros
 */
@ConfigurationProperties("maillage.events")
public record EventsProperties(String baseUrl, Duration reminderBefore, Duration eraseRegistrantsAfter,
		BigDecimal communityFeePerMeeting) {

	public EventsProperties {
		baseUrl = (baseUrl == null || baseUrl.isBlank()) ? "http://localhost:8080" : baseUrl.strip();
		baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
		reminderBefore = (reminderBefore != null) ? reminderBefore : Duration.ofHours(48);
		eraseRegistrantsAfter = (eraseRegistrantsAfter != null) ? eraseRegistrantsAfter : Duration.ofDays(180);
		communityFeePerMeeting = (communityFeePerMeeting != null) ? communityFeePerMeeting : new BigDecimal("75.00");
	}

}
