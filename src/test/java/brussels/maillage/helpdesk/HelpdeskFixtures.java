package brussels.maillage.helpdesk;

import java.net.http.HttpResponse;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** What the helpdesk's tests share: the demo password, a simple request, a saved one. */
public final class HelpdeskFixtures {

	/** The password of the demo accounts. */
	public static final String PASSWORD = "demo-maillage-2026";

	private static final Pattern REQUEST = Pattern.compile("/staff/helpdesk/requests/(\\d+)$");

	private HelpdeskFixtures() {
	}

	/** The fields of a simple phone request on {@code line}, taken five minutes ago. */
	public static Map<String, String> simpleRequest(String line) {
		Map<String, String> form = new HashMap<>();
		form.put("line", line);
		form.put("channel", "PHONE");
		form.put("receivedAt",
				LocalDateTime.now(HelpdeskService.TIME_ZONE)
					.minusMinutes(5)
					.truncatedTo(ChronoUnit.MINUTES)
					.toString());
		form.put("profession", "GP");
		form.put("organisationType", "MEDICAL_HOUSE");
		form.put("postcode", "1030");
		form.put("themes", "home_care");
		form.put("kind", "INFORMATION");
		form.put("summary", "Cherche une aide familiale pour un patient âgé qui rentre de l'hôpital.");
		form.put("status", "CLOSED");
		form.put("minutesSpent", "6");
		return form;
	}

	/** The id of the request saved by {@code response}, a redirect to it. */
	public static long saved(HttpResponse<String> response) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(302);
		Matcher matcher = REQUEST.matcher(response.headers().firstValue("Location").orElseThrow());
		assertThat(matcher.find()).isTrue();
		return Long.parseLong(matcher.group(1));
	}

}
