package brussels.maillage.system.ratelimit;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import brussels.maillage.WebSession;
import brussels.maillage.events.EventDraft;
import brussels.maillage.events.EventKind;
import brussels.maillage.events.EventStatus;
import brussels.maillage.events.EventsService;
import brussels.maillage.system.LocalizedText;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The limits of the running application with their default settings, on real PostgreSQL:
 * public registrations (API and form), the confirmation mails to one address and the
 * login. Each test comes from its own client address (documentation ranges), so that the
 * counts of one do not touch another's.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "maillage.rate-limit.enabled=true")
@AutoConfigureMockMvc
class RateLimitWebTests {

	static final String DOMAIN = "@ratelimit-tests.example.be";

	@LocalServerPort
	int port;

	@Autowired
	MockMvc mvc;

	@Autowired
	EventsService events;

	@Autowired
	JdbcClient jdbc;

	/** The registrations queue mails that other tests of this database would send. */
	@AfterEach
	void forgetUnsentMail() {
		this.jdbc.sql("delete from mail_message where status <> 'SENT' and recipient like :domain")
			.param("domain", "%" + DOMAIN)
			.update();
	}

	@Test
	void refusesTheThirtyFirstRegistrationFromOneAddressWithinAMinute() throws Exception {
		UUID event = publishedEvent("Séance d'information : le réseau d'aide", 200);
		String tag = UUID.randomUUID().toString().substring(0, 8);
		for (int i = 1; i <= 30; i++) {
			MvcResult accepted = registerThroughApi(event, "198.51.100.31", "person-" + i + "-" + tag + DOMAIN);
			assertThat(accepted.getResponse().getStatus()).as("registration %d", i).isEqualTo(201);
		}

		MvcResult refused = registerThroughApi(event, "198.51.100.31", "person-31-" + tag + DOMAIN);

		assertThat(refused.getResponse().getStatus()).isEqualTo(429);
		assertThat(Long.parseLong(refused.getResponse().getHeader("Retry-After"))).isBetween(1L, 60L);
		assertThat(refused.getResponse().getContentType()).startsWith("application/problem+json");
		String problem = refused.getResponse().getContentAsString();
		assertThat(problem).contains("\"status\":429")
			.contains("\"title\":\"Too many requests\"")
			.contains("try again in ")
			.contains("\"instance\":\"/api/events/" + event + "/registrations\"");
		assertThat(this.events.registrants(event)).hasSize(30);

		MvcResult otherAddress = registerThroughApi(event, "198.51.100.32", "elsewhere-" + tag + DOMAIN);
		assertThat(otherAddress.getResponse().getStatus()).isEqualTo(201);
	}

	@Test
	void letsAnOfficeRegisterTwentyColleaguesForOneEventThroughTheForm() throws Exception {
		UUID event = publishedEvent("Formation : premiers secours en santé mentale", 40);
		String tag = UUID.randomUUID().toString().substring(0, 8);
		for (int i = 1; i <= 20; i++) {
			MvcResult result = registerThroughForm(event, "203.0.113.20", "colleague-" + i + "-" + tag + DOMAIN, "fr");
			assertThat(result.getResponse().getStatus()).as("colleague %d", i).isEqualTo(302);
			assertThat(result.getResponse().getRedirectedUrl()).startsWith("/agenda/inscription/");
		}
		assertThat(this.events.registrants(event)).hasSize(20);
	}

	@Test
	void dropsARegistrationWhoseHiddenFieldARobotFilledIn() throws Exception {
		UUID event = publishedEvent("Webinaire : la concertation locale", 40);
		// MockMvc commits a response after 4 KB, where the event's form asks for a CSRF
		// token
		// and so a session; Tomcat's 8 KB buffer holds the whole anonymous page (about 8
		// KB,
		// the form at 4.4 KB), so a session is opened before anything is sent.
		String page = this.mvc.perform(get("/agenda/{id}", event).header("Accept-Language", "nl").with(csrf()))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("class=\"honeypot\" aria-hidden=\"true\"", "Laat dit veld leeg",
				"name=\"website\" type=\"text\" tabindex=\"-1\"");

		MvcResult robot = this.mvc
			.perform(post("/agenda/{id}/inscription", event).with(from("198.51.100.77"))
				.with(csrf())
				.header("Referer", "http://localhost/agenda/" + event)
				.param("name", "Cheap Pills")
				.param("email", "robot-" + UUID.randomUUID() + DOMAIN)
				.param("language", "fr")
				.param("consent", "true")
				.param("website", "http://spam.example"))
			.andReturn();

		assertThat(robot.getResponse().getStatus()).isEqualTo(303);
		assertThat(robot.getResponse().getRedirectedUrl()).isEqualTo("/agenda/" + event);
		assertThat(this.events.registrants(event)).isEmpty();
		MvcResult person = registerThroughForm(event, "198.51.100.77", "person-" + UUID.randomUUID() + DOMAIN, "fr");
		assertThat(person.getResponse().getStatus()).isEqualTo(302);
		assertThat(this.events.registrants(event)).hasSize(1);
	}

	@Test
	void explainsARefusedFormAsAPageInTheReadersLanguage() {
		UUID event = publishedEvent("Webinaire : la première ligne bruxelloise", 100);
		String tag = UUID.randomUUID().toString().substring(0, 8);
		WebSession browser = new WebSession(this.port).language("fr-BE,fr;q=0.9");
		for (int i = 1; i <= 30; i++) {
			browser.get("/agenda/" + event);
			HttpResponse<String> registered = browser.post("/agenda/" + event + "/inscription",
					registration("form-" + i + "-" + tag + DOMAIN, "fr"));
			assertThat(registered.statusCode()).as("registration %d", i).isEqualTo(302);
		}

		browser.get("/agenda/" + event);
		HttpResponse<String> refused = browser.post("/agenda/" + event + "/inscription",
				registration("form-31-" + tag + DOMAIN, "fr"));

		assertThat(refused.statusCode()).isEqualTo(429);
		assertThat(Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow())).isBetween(1L, 60L);
		assertThat(refused.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
		assertThat(refused.body()).contains("<html lang=\"fr\"")
			.contains("<h1>Trop d&#39;envois en peu de temps</h1>")
			.contains("Votre dernier envoi n&#39;a pas été enregistré")
			.containsPattern("réessayer dans \\d{1,2} secondes?, à partir de \\d{2}:\\d{2}:\\d{2}\\.")
			.doesNotContain("Exception");
		assertThat(refused.headers().firstValue("Content-Security-Policy")).isPresent();
		assertThat(this.events.registrants(event)).hasSize(30);
	}

	@Test
	void explainsARefusedSignInAsAPageInDutch() throws Exception {
		WebSession browser = new WebSession(this.port).language("nl-BE,nl;q=0.9");
		for (int i = 1; i <= 20; i++) {
			assertThat(browser.login("nobody-" + i + DOMAIN, "not-the-password")).as("attempt %d", i)
				.endsWith("/login?error");
		}

		// As a script would post it: the refusal comes before the session and CSRF
		// checks.
		HttpRequest post = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept-Language", "nl-BE,nl;q=0.9")
			.header("Referer", "http://localhost:" + this.port + "/login?error")
			.POST(HttpRequest.BodyPublishers.ofString("email=nobody-21%40example.be&password=guess"))
			.build();
		HttpResponse<String> refused = HttpClient.newHttpClient().send(post, HttpResponse.BodyHandlers.ofString());

		assertThat(refused.statusCode()).isEqualTo(429);
		assertThat(Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow())).isBetween(1L, 60L);
		assertThat(refused.body()).contains("<html lang=\"nl\"")
			.contains("<h1>Te veel verzendingen in korte tijd</h1>")
			.containsPattern("opnieuw proberen over \\d{1,2} seconden?, vanaf \\d{2}:\\d{2}:\\d{2}\\.")
			.contains("href=\"/login?error\"")
			.contains("href=\"/login?error&amp;lang=fr\"");
	}

	@Test
	void limitsTheMailsToOneAddressWhoeverAsksForThem() throws Exception {
		UUID event = publishedEvent("Intervision : soins palliatifs à domicile", 20);
		String victim = "victim-" + UUID.randomUUID().toString().substring(0, 8) + DOMAIN;
		assertThat(registerThroughApi(event, "192.0.2.1", victim).getResponse().getStatus()).isEqualTo(201);
		for (int i = 2; i <= 10; i++) {
			// The same address again: recognised, and its personal link mailed again.
			assertThat(registerThroughApi(event, "192.0.2." + i, victim).getResponse().getStatus()).isEqualTo(200);
		}

		MvcResult refused = registerThroughApi(event, "192.0.2.11", victim.toUpperCase());

		assertThat(refused.getResponse().getStatus()).isEqualTo(429);
		assertThat(refused.getResponse().getHeader("Retry-After")).isNotNull();
		assertThat(this.jdbc.sql("select count(*) from mail_message where lower(recipient) = :to")
			.param("to", victim)
			.query(Long.class)
			.single()).isEqualTo(10);
	}

	@Test
	void limitsSignInAttemptsFromOneAddressWhateverItsForwardedForHeaderClaims() throws Exception {
		for (int i = 1; i <= 20; i++) {
			MvcResult attempt = signIn("198.51.100.77", "10.0.0." + i, "nl");
			assertThat(attempt.getResponse().getStatus()).as("attempt %d", i).isEqualTo(302);
			assertThat(attempt.getResponse().getRedirectedUrl()).isEqualTo("/login?error");
		}

		MvcResult refused = signIn("198.51.100.77", "10.0.0.21", "nl");

		assertThat(refused.getResponse().getStatus()).isEqualTo(429);
		assertThat(Long.parseLong(refused.getResponse().getHeader("Retry-After"))).isBetween(1L, 60L);
		assertThat(refused.getResponse().getForwardedUrl()).isEqualTo(RateLimitFilter.PAGE);
		assertThat(signIn("198.51.100.78", "198.51.100.77", "nl").getResponse().getStatus()).isEqualTo(302);
	}

	@Test
	void limitsEveryOtherPublicFormAtItsDefault() throws Exception {
		// Empty submissions: refused by the controllers, so nothing is written, yet
		// counted.
		record Form(String path, int allowed, String address) {
		}
		List<Form> forms = List.of(new Form("/repertoire/services/" + UUID.randomUUID() + "/report", 5, "203.0.113.61"),
				new Form("/agenda/demande", 10, "203.0.113.62"),
				new Form("/portes-ouvertes/appel/" + UUID.randomUUID(), 10, "203.0.113.63"),
				new Form("/portes-ouvertes/creneau/" + UUID.randomUUID(), 10, "203.0.113.64"));
		for (Form form : forms) {
			for (int i = 1; i <= form.allowed(); i++) {
				int status = this.mvc.perform(post(form.path()).with(from(form.address())).with(csrf()))
					.andReturn()
					.getResponse()
					.getStatus();
				assertThat(status).as("%s, submission %d", form.path(), i).isNotEqualTo(429).isLessThan(500);
			}
			MvcResult refused = this.mvc.perform(post(form.path()).with(from(form.address())).with(csrf())).andReturn();
			assertThat(refused.getResponse().getStatus()).as(form.path()).isEqualTo(429);
			assertThat(refused.getResponse().getHeader("Retry-After")).as(form.path()).isNotNull();
		}
	}

	@Test
	void doesNotShowTheRefusalPageWhenAskedForDirectly() throws Exception {
		assertThat(this.mvc.perform(get(RateLimitFilter.PAGE)).andReturn().getResponse().getStatus()).isEqualTo(404);
	}

	private MvcResult registerThroughApi(UUID event, String address, String email) throws Exception {
		String body = """
				{"name": "Personne %s", "email": "%s", "organisation": "CPAS", "language": "fr", "answers": [],
				 "consent": true}""".formatted(email, email);
		return this.mvc
			.perform(post("/api/events/{id}/registrations", event).with(from(address))
				.contentType(MediaType.APPLICATION_JSON)
				.header("Accept-Language", "en")
				.content(body))
			.andReturn();
	}

	private static Map<String, String> registration(String email, String language) {
		return Map.of("name", "Collègue " + email, "email", email, "organisation", "Maison médicale du Nord",
				"language", language, "consent", "true");
	}

	private MvcResult registerThroughForm(UUID event, String address, String email, String language) throws Exception {
		return this.mvc
			.perform(post("/agenda/{id}/inscription", event).with(from(address))
				.with(csrf())
				.header("Accept-Language", language)
				.header("Referer", "http://localhost/agenda/" + event)
				.param("name", "Collègue " + email)
				.param("email", email)
				.param("organisation", "Maison médicale du Nord")
				.param("language", language)
				.param("consent", "true"))
			.andReturn();
	}

	private MvcResult signIn(String address, String forwardedFor, String language) throws Exception {
		return this.mvc
			.perform(post("/login").with(from(address))
				.with(csrf())
				.header("X-Forwarded-For", forwardedFor)
				.header("Accept-Language", language)
				.param("email", "nobody-" + UUID.randomUUID() + DOMAIN)
				.param("password", "not-the-password"))
			.andReturn();
	}

	private UUID publishedEvent(String title, int capacity) {
		Instant start = Instant.now().plus(Duration.ofDays(12)).truncatedTo(ChronoUnit.MINUTES);
		return this.events.create(new EventDraft(EventKind.INFO_SESSION, LocalizedText.of(title, title, title),
				LocalizedText.of("Pour les équipes.", "Voor de teams.", "For the teams."), "fr", false, null,
				"Rue Marie-Christine 185", "1020", "NORD", List.of(), "NORD", capacity, List.of(), null,
				EventStatus.PUBLISHED, List.of(new EventDraft.Times(start, start.plus(Duration.ofHours(2))))));
	}

	static RequestPostProcessor from(String address) {
		return (request) -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

}
