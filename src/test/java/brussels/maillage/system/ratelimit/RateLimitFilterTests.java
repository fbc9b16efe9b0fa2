package brussels.maillage.system.ratelimit;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The filter with limits of its own over the real database: instances share their counts,
 * per-target and per-recipient counts, buttons that do not submit, 0 for no limit. Each
 * test counts under its own addresses and targets.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "maillage.rate-limit.enabled=true")
// Unused here: it makes this class's context the one RateLimitWebTests and
// RateLimitBrowserTests start, instead of one more (docs/testing.md).
@AutoConfigureMockMvc
class RateLimitFilterTests {

	@Autowired
	DataSource dataSource;

	@Autowired
	RateLimitAnswers answers;

	@Test
	void twoInstancesOverOneDatabaseShareTheirCounts() throws Exception {
		RateLimitProperties limits = limits().logins("3/1m").build();
		RateLimitFilter first = filter(limits);
		RateLimitFilter second = filter(limits);

		assertThat(post(first, "/login", "198.51.100.101").passed()).isTrue();
		assertThat(post(second, "/login", "198.51.100.101").passed()).isTrue();
		assertThat(post(first, "/login", "198.51.100.101").passed()).isTrue();
		Answer fourth = post(second, "/login", "198.51.100.101");

		assertThat(fourth.passed()).isFalse();
		assertThat(fourth.response().getHeader("Retry-After")).matches("[1-9][0-9]?");
		assertThat(fourth.response().getForwardedUrl()).isEqualTo(RateLimitFilter.PAGE);
		assertThat(post(first, "/login", "198.51.100.101").passed()).isFalse();
		assertThat(post(second, "/login", "198.51.100.102").passed()).isTrue();
	}

	@Test
	void countsRegistrationsPerEventAndAddress() throws Exception {
		RateLimitFilter filter = filter(limits().registrationsPerEvent("3/1h").build());
		String event = "/api/events/" + UUID.randomUUID() + "/registrations";
		String otherEvent = "/agenda/" + UUID.randomUUID() + "/inscription";
		for (int i = 0; i < 3; i++) {
			assertThat(post(filter, event, "198.51.100.111").passed()).isTrue();
		}

		Answer refused = post(filter, event, "198.51.100.111");

		assertThat(refused.passed()).isFalse();
		assertThat(refused.response().getStatus()).isEqualTo(429);
		assertThat(refused.response().getContentType()).startsWith("application/problem+json");
		assertThat(Long.parseLong(refused.response().getHeader("Retry-After"))).isBetween(3000L, 3600L);
		assertThat(refused.response().getContentAsString()).contains("\"retryAfter\":")
			.containsPattern("réessayez dans (59|60) minutes, à partir de \\d{2}:\\d{2}\\.");
		assertThat(post(filter, otherEvent, "198.51.100.111").passed()).isTrue();
		assertThat(post(filter, event, "198.51.100.112").passed()).isTrue();
	}

	@Test
	void countsTheEMailAddressTypedInAFormOrAJsonBody() throws Exception {
		RateLimitFilter filter = filter(limits().mailsPerRecipient("2/1h").build());
		String email = "someone-" + UUID.randomUUID() + "@example.be";
		String json = "{\"name\": \"Someone\", \"email\": \"" + email + "\", \"consent\": true}";

		MockHttpServletRequest request = request("/api/events/" + UUID.randomUUID() + "/registrations", "192.0.2.50");
		request.setContentType("application/json");
		request.setContent(json.getBytes(StandardCharsets.UTF_8));
		MockFilterChain chain = new MockFilterChain();
		filter.doFilter(request, new MockHttpServletResponse(), chain);
		assertThat(chain.getRequest()).isNotNull();
		assertThat(chain.getRequest().getInputStream().readAllBytes()).asString(StandardCharsets.UTF_8).isEqualTo(json);

		MockHttpServletRequest booking = request("/portes-ouvertes/creneau/" + UUID.randomUUID(), "192.0.2.51");
		booking.setParameter("email", " " + email.toUpperCase() + " ");
		assertThat(send(filter, booking).passed()).isTrue();

		MockHttpServletRequest request3 = request("/agenda/demande", "192.0.2.52");
		request3.setParameter("email", email);
		Answer refused = send(filter, request3);
		assertThat(refused.passed()).isFalse();
		assertThat(refused.response().getHeader("Retry-After")).isNotNull();

		MockHttpServletRequest otherEmail = request("/agenda/demande", "192.0.2.52");
		otherEmail.setParameter("email", "other-" + email);
		assertThat(send(filter, otherEmail).passed()).isTrue();
	}

	@Test
	void countsOnlyTheHostCallSubmissionsNotItsAddARowAndSearchButtons() throws Exception {
		RateLimitFilter filter = filter(limits().hostCalls("1/1h").build());
		String call = "/portes-ouvertes/appel/" + UUID.randomUUID();
		for (String action : new String[] { "addslot", "search", "addslot" }) {
			MockHttpServletRequest button = request(call, "198.51.100.121");
			button.setParameter("action", action);
			assertThat(send(filter, button).passed()).as(action).isTrue();
		}
		assertThat(post(filter, call, "198.51.100.121").passed()).isTrue();
		assertThat(post(filter, call, "198.51.100.121").passed()).isFalse();
	}

	@Test
	void letsEverythingThroughWhenALimitIsZero() throws Exception {
		RateLimitFilter filter = filter(limits().logins("0").build());
		for (int i = 0; i < 40; i++) {
			assertThat(post(filter, "/login", "198.51.100.131").passed()).isTrue();
		}
	}

	@Test
	void countsAnIpv6ClientForItsSlash64Network() throws Exception {
		RateLimitFilter filter = filter(limits().logins("2/1m").build());
		assertThat(post(filter, "/login", "2001:db8:abcd:12::1").passed()).isTrue();
		assertThat(post(filter, "/login", "2001:db8:abcd:12:ffff:1:2:3").passed()).isTrue();
		assertThat(post(filter, "/login", "2001:db8:abcd:12::99").passed()).isFalse();
		assertThat(post(filter, "/login", "2001:db8:abcd:13::1").passed()).isTrue();
	}

	@Test
	void ignoresReadsAndOtherPaths() throws Exception {
		RateLimitFilter filter = filter(limits().logins("1/1m").registrations("1/1m").build());
		for (int i = 0; i < 3; i++) {
			MockHttpServletRequest read = request("/login", "198.51.100.141");
			read.setMethod("GET");
			assertThat(send(filter, read).passed()).isTrue();
			assertThat(post(filter, "/agenda/inscription/some-token/annulation", "198.51.100.141").passed()).isTrue();
		}
	}

	private RateLimitFilter filter(RateLimitProperties limits) {
		return new RateLimitFilter(PublicForms.rules(limits), new RateLimiter(this.dataSource), this.answers);
	}

	private static Answer post(RateLimitFilter filter, String path, String address) throws Exception {
		return send(filter, request(path, address));
	}

	private static MockHttpServletRequest request(String path, String address) {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", path);
		request.setRemoteAddr(address);
		request.addHeader("Accept-Language", "fr");
		return request;
	}

	private static Answer send(RateLimitFilter filter, MockHttpServletRequest request) throws Exception {
		MockHttpServletResponse response = new MockHttpServletResponse();
		MockFilterChain chain = new MockFilterChain();
		filter.doFilter(request, response, chain);
		return new Answer(chain.getRequest() != null, response);
	}

	record Answer(boolean passed, MockHttpServletResponse response) {
	}

	/** Every limit off except those a test sets. */
	static Limits limits() {
		return new Limits();
	}

	static final class Limits {

		private String registrations = "0";

		private String registrationsPerEvent = "0";

		private String mailsPerRecipient = "0";

		private String hostCalls = "0";

		private String logins = "0";

		Limits registrations(String limit) {
			this.registrations = limit;
			return this;
		}

		Limits registrationsPerEvent(String limit) {
			this.registrationsPerEvent = limit;
			return this;
		}

		Limits mailsPerRecipient(String limit) {
			this.mailsPerRecipient = limit;
			return this;
		}

		Limits hostCalls(String limit) {
			this.hostCalls = limit;
			return this;
		}

		Limits logins(String limit) {
			this.logins = limit;
			return this;
		}

		RateLimitProperties build() {
			return new RateLimitProperties(true, Limit.valueOf(this.registrations),
					Limit.valueOf(this.registrationsPerEvent), Limit.valueOf(this.mailsPerRecipient), Limit.OFF,
					Limit.OFF, Limit.OFF, Limit.OFF, Limit.valueOf(this.hostCalls), Limit.OFF,
					Limit.valueOf(this.logins));
		}

	}

}
