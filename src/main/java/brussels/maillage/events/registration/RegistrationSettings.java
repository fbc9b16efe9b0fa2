package brussels.maillage.events.registration;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The settings of registration ({@code maillage.events.*}), with defaults in code.
 *
 * @param baseUrl the public address of Maillage, for links in e-mails sent outside a
 * request (reminders)
 * @param reminderBefore how long before the first session the reminder goes out
 * @param eraseRegistrantsAfter how long after an event its registrants' data is erased
 * (counts are kept)
 */
@ConfigurationProperties("maillage.events")
record RegistrationSettings(String baseUrl, Duration reminderBefore, Duration eraseRegistrantsAfter) {

	RegistrationSettings {
		baseUrl = (baseUrl == null || baseUrl.isBlank()) ? "http://localhost:8080" : baseUrl.strip();
		baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
		reminderBefore = (reminderBefore != null) ? reminderBefore : Duration.ofHours(48);
		eraseRegistrantsAfter = (eraseRegistrantsAfter != null) ? eraseRegistrantsAfter : Duration.ofDays(180);
	}

}
