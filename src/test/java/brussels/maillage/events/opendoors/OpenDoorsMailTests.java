package brussels.maillage.events.opendoors;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import brussels.maillage.MailServer;
import brussels.maillage.MailServerExtension;
import brussels.maillage.events.EventsService;
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
 * The open-doors booking mail read from a real SMTP server (GreenMail): the host's full
 * address and a calendar invitation. The SMTP server is the test JVM's
 * ({@link MailServerExtension}), and the application context the one of the other classes
 * that send through it; sending is triggered by the test, never by the schedule.
 */
@ExtendWith(MailServerExtension.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { MailServerExtension.SMTP_HOST, MailServerExtension.SMTP_PORT, MailServerExtension.NO_STARTTLS,
				"maillage.mail.send-initial-delay=PT1H", "maillage.mail.send-interval=PT1H" })
class OpenDoorsMailTests {

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

	@Autowired
	OpenDoorsWeekService weeks;

	@Autowired
	HostOfferService offers;

	@Autowired
	OpenDoorsProgrammeService programme;

	@Autowired
	BookingService bookings;

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
	void theOpenDoorsBookingMailGivesTheStreetPostcodeAndCommuneAndAnInvitation() throws Exception {
		java.time.LocalDate monday = OpenDoorsTests.nextMonday();
		UUID week = this.weeks.createWeek("Invitations " + UUID.randomUUID(), "SUD", monday, monday.plusDays(4),
				monday.minusDays(7));
		UUID offer = this.offers.offer(week, new OpenDoors.Offer(null, "Maison médicale Keym", "Place Keym 2", "21017",
				null, "Visite.", "hote@example.org", OpenDoors.slots(List.of(monday.atTime(9, 30)), 4)), "test");
		this.offers.decide(offer, true);
		this.weeks.publish(week);
		UUID slot = this.programme.programme(week, null, null, null, java.util.Locale.FRENCH).get(0).slotId();
		String email = "visite-" + UUID.randomUUID() + "@example.be";
		this.bookings.book(slot, new OpenDoors.Booking("Anne Lambert", email, "infirmière", "fr"));
		deliver();

		MimeMessage mail = only(email);
		assertThat(GreenMailUtil.getBody(mail).replace("=\r\n", "")).contains("Place Keym 2, 1170 Watermael-Boitsfort");
		net.fortuna.ical4j.model.Calendar calendar = new net.fortuna.ical4j.data.CalendarBuilder()
			.build(attachment(mail, ".ics").getInputStream());
		net.fortuna.ical4j.model.component.VEvent visit = calendar.<net.fortuna.ical4j.model.component.VEvent>getComponents(
				"VEVENT")
			.get(0);
		assertThat(java.time.Instant.from(visit.getDateTimeStart().getDate()))
			.isEqualTo(monday.atTime(9, 30).atZone(EventsService.TIME_ZONE).toInstant());
		assertThat(visit.getLocation().getValue()).isEqualTo("Place Keym 2, 1170 Watermael-Boitsfort");
		assertThat(visit.getUrl().getValue()).contains("/portes-ouvertes/visite/");
		assertThat(visit.getUid().orElseThrow().getValue()).isEqualTo(slot + "@maillage.open-doors");
		OutboxFixtures.forgetUnsent(this.jdbc, "open-doors-booking");
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
