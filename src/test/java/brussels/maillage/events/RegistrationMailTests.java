package brussels.maillage.events;

import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import brussels.maillage.MailServer;
import brussels.maillage.MailServerExtension;
import brussels.maillage.WebSession;
import brussels.maillage.system.OutboxFixtures;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.util.ReflectionTestUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Registration mail read from a real SMTP server (GreenMail): a Dutch visitor registers
 * without an account, receives the confirmation in Dutch, cancels through the link in it,
 * and the first person waiting is promoted and told; with the server down, registration
 * still works and the message goes out once it is back. The SMTP server is the test JVM's
 * ({@link MailServerExtension}), and the application context the one of the other classes
 * that send through it; sending is triggered by the test, never by the schedule.
 */
@ExtendWith(MailServerExtension.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { MailServerExtension.SMTP_HOST, MailServerExtension.SMTP_PORT, MailServerExtension.NO_STARTTLS,
				"maillage.mail.send-initial-delay=PT1H", "maillage.mail.send-interval=PT1H" })
class RegistrationMailTests {

	private static final Pattern LINK = Pattern.compile("https?://[^\\s]+/agenda/inscription/([A-Za-z0-9_-]{43})");

	private static MailServer smtp;

	@LocalServerPort
	int port;

	@Autowired
	EventsService events;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void useMailServer(MailServer server) {
		smtp = server;
	}

	/**
	 * Leaves no unsent message behind: the test database is shared, and other tests send
	 * what the outbox holds.
	 */
	@org.junit.jupiter.api.AfterEach
	void forgetUnsentMail() {
		OutboxFixtures.forgetUnsent(this.jdbc, "event-registration", "event-request");
	}

	@Test
	void aDutchVisitorRegistersCancelsByTheLinkAndTheFirstWaitingIsPromotedAndTold() throws Exception {
		UUID id = this.events.create(EventFixtures.draft("Brus'info thuiszorg", 1, Duration.ofDays(9)));
		String tag = UUID.randomUUID().toString().substring(0, 8);
		String visitor = "lies-" + tag + "@example.be";
		String waiting = "tom-" + tag + "@example.be";
		WebSession browser = new WebSession(this.port).language("nl");
		browser.get("/agenda/" + id);
		assertThat(browser.post("/agenda/" + id + "/inscription", form("Lies Janssens", visitor)).statusCode())
			.isEqualTo(302);
		WebSession other = new WebSession(this.port).language("nl");
		other.get("/agenda/" + id);
		assertThat(other.post("/agenda/" + id + "/inscription", form("Tom Claes", waiting)).statusCode())
			.isEqualTo(302);
		deliver();

		MimeMessage confirmation = only(visitor);
		assertThat(confirmation.getSubject()).isEqualTo("Inschrijving bevestigd: Brus'info thuiszorg (nl)");
		String body = GreenMailUtil.getBody(confirmation);
		assertThat(body).contains("Beste Lies Janssens").contains("Rue Marie-Christine 185, 1020");
		assertThat(only(waiting).getSubject()).isEqualTo("Wachtlijst: Brus'info thuiszorg (nl)");
		Matcher link = LINK.matcher(body.replace("=\r\n", ""));
		assertThat(link.find()).as("personal link in %s", body).isTrue();

		smtp.reset();
		WebSession fromMail = new WebSession(this.port).language("nl");
		String page = "/agenda/inscription/" + link.group(1);
		assertThat(fromMail.get(page).body()).contains("Bevestigd");
		assertThat(fromMail.get(page + "/annulation").body()).contains("Wilt u uw inschrijving echt annuleren?");
		assertThat(fromMail.post(page + "/annulation", Map.of()).statusCode()).isEqualTo(302);
		deliver();

		assertThat(only(visitor).getSubject()).isEqualTo("Inschrijving geannuleerd: Brus'info thuiszorg (nl)");
		MimeMessage promoted = only(waiting);
		assertThat(promoted.getSubject()).isEqualTo("Er is een plaats vrijgekomen: Brus'info thuiszorg (nl)");
		assertThat(GreenMailUtil.getBody(promoted)).contains("is nu bevestigd");
	}

	@Test
	void registrationsSucceedWhileTheMailServerIsDownAndTheMessagesGoOutOnceItIsBack() throws Exception {
		smtp.stop();
		UUID id = this.events.create(EventFixtures.draft("Webinaire Focus", 50, Duration.ofDays(4)));
		String email = "panne-" + UUID.randomUUID() + "@example.be";
		RegistrationResult result = this.events.register(id, EventFixtures.person(email, "fr"));
		assertThat(result.outcome()).isEqualTo(RegistrationResult.Outcome.CONFIRMED);
		// Each round tries the 50 oldest messages due; other tests of this database may
		// have left more waiting, which back off as they fail.
		for (int round = 0; round < 20 && attempts(email) == 0; round++) {
			sendDue();
		}
		assertThat(this.jdbc.sql("select status || ':' || attempts from mail_message where recipient = ?")
			.param(email)
			.query(String.class)
			.single()).isEqualTo("PENDING:1");

		smtp.start();
		// The retry is due after the back-off; bring it forward instead of waiting.
		OutboxFixtures.dueNow(this.jdbc, email);
		deliver();
		assertThat(only(email).getSubject()).isEqualTo("Inscription confirmée : Webinaire Focus");
	}

	@Test
	void theConfirmationGivesTheFullAddressAndCarriesAnInvitationThatCalendarsRead() throws Exception {
		java.time.Instant start = java.time.Instant.now()
			.plus(Duration.ofDays(15))
			.truncatedTo(java.time.temporal.ChronoUnit.MINUTES);
		UUID id = this.events.create(new EventDraft(EventKind.INFO_SESSION,
				brussels.maillage.system.LocalizedText.of("Brus'info Keym", "Brus'info Keym (nl)", null),
				brussels.maillage.system.LocalizedText.of("Pour les aidants.", null, null), "fr", false, null,
				"Place Keym 2", "1170", "SUD", List.of(), "SUD", 1, List.of(), null, EventStatus.PUBLISHED,
				List.of(new EventDraft.Times(start, start.plus(Duration.ofHours(2))))));
		String tag = UUID.randomUUID().toString().substring(0, 8);
		String visitor = "anne-" + tag + "@example.be";
		String waiting = "marc-" + tag + "@example.be";
		this.events.register(id, EventFixtures.person(visitor, "fr"));
		this.events.register(id, EventFixtures.person(waiting, "fr"));
		deliver();

		MimeMessage confirmation = only(visitor);
		String body = GreenMailUtil.getBody(confirmation).replace("=\r\n", "");
		assertThat(body).contains("Place Keym 2, 1170 Watermael-Boitsfort");
		Matcher link = LINK.matcher(body);
		assertThat(link.find()).isTrue();
		jakarta.mail.BodyPart ics = attachment(confirmation, ".ics");
		assertThat(ics.getContentType()).startsWith("text/calendar");
		net.fortuna.ical4j.model.Calendar calendar = new net.fortuna.ical4j.data.CalendarBuilder()
			.build(ics.getInputStream());
		List<net.fortuna.ical4j.model.component.VEvent> sessions = calendar.getComponents("VEVENT");
		assertThat(sessions).hasSize(1);
		net.fortuna.ical4j.model.component.VEvent session = sessions.get(0);
		UUID sessionId = this.events.event(id).orElseThrow().sessions().get(0).id();
		assertThat(session.getUid().orElseThrow().getValue()).isEqualTo(sessionId + "@maillage");
		assertThat(session.getSummary().getValue()).isEqualTo("Brus'info Keym");
		assertThat(java.time.Instant.from(session.getDateTimeStart().getDate())).isEqualTo(start);
		assertThat(java.time.Instant.from(session.getDateTimeEnd().getDate()))
			.isEqualTo(start.plus(Duration.ofHours(2)));
		assertThat(session.getLocation().getValue()).isEqualTo("Place Keym 2, 1170 Watermael-Boitsfort");
		assertThat(session.getUrl().getValue()).isEqualTo(link.group());

		assertThat(confirmation.getContent()).as("the waiting list gets no invitation yet")
			.isInstanceOf(jakarta.mail.Multipart.class);
		assertThat(only(waiting).getContent()).isInstanceOf(String.class);
	}

	private static jakarta.mail.BodyPart attachment(MimeMessage message, String suffix) throws Exception {
		assertThat(message.getContent()).isInstanceOf(jakarta.mail.Multipart.class);
		jakarta.mail.Multipart parts = (jakarta.mail.Multipart) message.getContent();
		for (int i = 0; i < parts.getCount(); i++) {
			jakarta.mail.BodyPart part = parts.getBodyPart(i);
			if (part.getFileName() != null && part.getFileName().endsWith(suffix)) {
				return part;
			}
		}
		throw new AssertionError("no " + suffix + " attachment");
	}

	private static Map<String, String> form(String name, String email) {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("name", name);
		form.put("email", email);
		form.put("language", "nl");
		form.put("answers", "maatschappelijk werker");
		form.put("consent", "true");
		return form;
	}

	/** Sends every due message (other tests' too: the database is shared), in batches. */
	private void deliver() {
		for (int i = 0; i < 100; i++) {
			sendDue();
			long due = this.jdbc
				.sql("select count(*) from mail_message where status = 'PENDING' and next_attempt_at <= now()")
				.query(Long.class)
				.single();
			if (due == 0) {
				return;
			}
		}
	}

	private int attempts(String email) {
		return this.jdbc.sql("select attempts from mail_message where recipient = ?")
			.param(email)
			.query(Integer.class)
			.single();
	}

	private void sendDue() {
		Object delivery = this.context.getBean("mailDelivery");
		ReflectionTestUtils.invokeMethod(delivery, "sendDue");
	}

	private static MimeMessage only(String recipient) throws MessagingException {
		List<MimeMessage> received = Arrays.stream(smtp.received()).filter((message) -> {
			try {
				return Arrays.stream(message.getRecipients(Message.RecipientType.TO))
					.anyMatch((address) -> address.toString().equals(recipient));
			}
			catch (MessagingException ex) {
				return false;
			}
		}).toList();
		assertThat(received).as("messages to %s", recipient).hasSize(1);
		return received.get(0);
	}

}
