package brussels.maillage.system.mail;

import brussels.maillage.system.MailOutbox;
import brussels.maillage.system.OutgoingMail;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import brussels.maillage.MailServer;
import brussels.maillage.MailServerExtension;
import brussels.maillage.WebSession;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The outbox sends through a real SMTP server (GreenMail), with its attachments, keeps
 * messages while it is down, and sends them after; administrators read a message and send
 * it again.
 */
@ExtendWith(MailServerExtension.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { MailServerExtension.SMTP_HOST, MailServerExtension.SMTP_PORT, MailServerExtension.NO_STARTTLS,
				"maillage.mail.send-initial-delay=PT1H", "maillage.mail.send-interval=PT1H" })
class MailOutboxTests {

	private static MailServer smtp;

	@LocalServerPort
	int port;

	@Autowired
	MailOutbox outbox;

	@Autowired
	MailDelivery delivery;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void useMailServer(MailServer server) {
		smtp = server;
		// Other modules' messages (demo reminders, ...) wait: each test sends only its
		// own.
		this.jdbc.sql("update mail_message set next_attempt_at = now() + interval '1 day' where status = 'PENDING'")
			.update();
	}

	@Test
	void sendsAQueuedMessageInItsLanguage() throws Exception {
		String recipient = "inschrijving-" + UUID.randomUUID() + "@example.be";
		UUID id = this.transactions.execute((status) -> this.outbox
			.queue(OutgoingMail.text(recipient, "Bevestiging van uw inschrijving", "Tot binnenkort — Maillage", "nl")
				.about("registration", 42)));
		this.delivery.sendDue();

		MimeMessage[] received = java.util.Arrays.stream(smtp.received())
			.filter((message) -> GreenMailUtil.getAddressList(recipients(message)).equals(recipient))
			.toArray(MimeMessage[]::new);
		assertThat(received).hasSize(1);
		assertThat(received[0].getSubject()).isEqualTo("Bevestiging van uw inschrijving");
		assertThat(GreenMailUtil.getBody(received[0])).contains("Tot binnenkort");
		assertThat(this.outbox.about("registration", 42)).anySatisfy((status) -> {
			assertThat(status.id()).isEqualTo(id);
			assertThat(status.status()).isEqualTo("SENT");
		});
	}

	@Test
	void keepsMessagesWhileTheServerIsDownAndSendsThemOnceItIsBack() {
		smtp.stop();
		String recipient = "attente-" + UUID.randomUUID() + "@example.be";
		UUID id = this.transactions.execute((status) -> this.outbox
			.queue(OutgoingMail.text(recipient, "Rappel", "Votre séance commence demain.", "fr")));
		this.delivery.sendDue();
		var afterFailure = this.jdbc.sql("select status, attempts, last_error from mail_message where id = ?")
			.param(id)
			.query((rs, row) -> new Object[] { rs.getString(1), rs.getInt(2), rs.getString(3) })
			.single();
		assertThat(afterFailure[0]).isEqualTo("PENDING");
		assertThat(afterFailure[1]).isEqualTo(1);
		assertThat((String) afterFailure[2]).isNotBlank();

		smtp.start();
		// The retry is due after the back-off; bring it forward instead of waiting a
		// minute.
		this.jdbc.sql("update mail_message set next_attempt_at = now() where id = ?").param(id).update();
		this.delivery.sendDue();
		assertThat(smtp.received()).extracting((message) -> GreenMailUtil.getAddressList(message.getAllRecipients()))
			.containsExactly(recipient);
		assertThat(this.jdbc.sql("select status from mail_message where id = ?").param(id).query(String.class).single())
			.isEqualTo("SENT");
	}

	@Test
	void sendsTheAttachmentsStoredWithAMessage() throws Exception {
		String recipient = "fichier-" + UUID.randomUUID() + "@example.be";
		byte[] ics = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n".getBytes(StandardCharsets.UTF_8);
		this.transactions.execute(
				(status) -> this.outbox.queue(OutgoingMail.text(recipient, "Invitation", "Voir la pièce jointe.", "fr")
					.with(new OutgoingMail.Attachment("seance.ics", "text/calendar; charset=UTF-8", ics))));
		this.delivery.sendDue();
		MimeMessage received = receivedBy(recipient);
		jakarta.mail.Multipart parts = (jakarta.mail.Multipart) received.getContent();
		assertThat(plainText(parts)).isEqualTo("Voir la pièce jointe.");
		jakarta.mail.BodyPart file = parts.getBodyPart(parts.getCount() - 1);
		assertThat(file.getFileName()).isEqualTo("seance.ics");
		assertThat(file.getContentType()).startsWith("text/calendar");
		assertThat(file.getInputStream().readAllBytes()).isEqualTo(ics);
	}

	@Test
	void anAdministratorReadsAMessageAsTextAndSendsItAgainWithItsFiles() throws Exception {
		String recipient = "lecture-" + UUID.randomUUID() + "@example.be";
		String text = "Bonjour <script>alert(1)</script>,\n\nVotre lien : https://maillage.example/agenda/inscription/abc123";
		UUID id = this.transactions.execute((status) -> this.outbox
			.queue(OutgoingMail.text(recipient, "Inscription confirmée : <b>Brus'info</b>", text, "fr")
				.with(new OutgoingMail.Attachment("seance.ics", "text/calendar",
						"BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n".getBytes(StandardCharsets.UTF_8)))));
		this.jdbc.sql(
				"update mail_message set attempts = 3, last_error = 'MailSendException: refused', next_attempt_at = now() + interval '1 day' where id = ?")
			.param(id)
			.update();

		WebSession staff = new WebSession(this.port);
		staff.login("nord@demo.maillage.brussels", "demo-maillage-2026");
		assertThat(staff.get("/admin/mail/" + id).statusCode()).as("administrators only").isEqualTo(403);

		WebSession admin = new WebSession(this.port);
		admin.login("admin@demo.maillage.brussels", "demo-maillage-2026");
		String list = admin.get("/admin/mail?q=" + recipient.substring(0, 20).toUpperCase(java.util.Locale.ROOT))
			.body();
		assertThat(list).contains("href=\"/admin/mail/" + id + "\"");
		String page = admin.get("/admin/mail/" + id + "?lang=fr").body();
		assertThat(page).contains(recipient)
			.contains("Inscription confirmée : &lt;b&gt;Brus&#39;info&lt;/b&gt;")
			.contains("Bonjour &lt;script&gt;alert(1)&lt;/script&gt;")
			.doesNotContain("<script>alert(1)")
			.contains("<code>https://maillage.example/agenda/inscription/abc123</code>")
			.contains("L&#39;envoi a échoué :")
			.contains("MailSendException: refused")
			.contains("seance.ics")
			.contains("En attente");
		assertThat(admin.get("/admin/mail/not-an-id").statusCode()).isEqualTo(404);
		assertThat(admin.get("/admin/mail/" + UUID.randomUUID()).statusCode()).isEqualTo(404);

		var resent = admin.post("/admin/mail/" + id + "/resend", java.util.Map.of());
		assertThat(resent.statusCode()).isEqualTo(302);
		String location = resent.headers().firstValue("Location").orElseThrow().replaceAll("^https?://[^/]+", "");
		UUID copy = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
		assertThat(copy).isNotEqualTo(id);
		MailOutbox.MailMessage again = this.outbox.message(copy).orElseThrow();
		assertThat(again.recipient()).isEqualTo(recipient);
		assertThat(again.text()).isEqualTo(text);
		assertThat(again.status()).isEqualTo("PENDING");
		assertThat(again.attempts()).isZero();
		assertThat(again.resentFrom()).isEqualTo(id);
		assertThat(again.queuedBy()).isEqualTo("admin@demo.maillage.brussels");
		assertThat(again.attachments()).extracting(OutgoingMail.Attachment::fileName).containsExactly("seance.ics");
		assertThat(admin.get(location + "?lang=fr").body()).contains("Copie de")
			.contains("admin@demo.maillage.brussels");
		assertThat(admin.get("/admin/mail/" + id + "?lang=fr").body()).contains("href=\"/admin/mail/" + copy + "\"");
		assertThat(staff.post("/admin/mail/" + id + "/resend", java.util.Map.of()).statusCode()).isEqualTo(403);

		this.jdbc.sql("update mail_message set next_attempt_at = now() where id = ?").param(copy).update();
		this.delivery.sendDue();
		assertThat(receivedBy(recipient).getSubject()).isEqualTo("Inscription confirmée : <b>Brus'info</b>");
	}

	/** The text/plain part, decoded, however deep in the message's parts. */
	private static String plainText(jakarta.mail.Multipart parts) throws Exception {
		for (int i = 0; i < parts.getCount(); i++) {
			jakarta.mail.BodyPart part = parts.getBodyPart(i);
			if (part.getContent() instanceof jakarta.mail.Multipart nested) {
				String text = plainText(nested);
				if (text != null) {
					return text;
				}
			}
			else if (part.isMimeType("text/plain") && part.getFileName() == null) {
				return (String) part.getContent();
			}
		}
		return null;
	}

	private static MimeMessage receivedBy(String recipient) {
		MimeMessage[] received = java.util.Arrays.stream(smtp.received())
			.filter((message) -> GreenMailUtil.getAddressList(recipients(message)).equals(recipient))
			.toArray(MimeMessage[]::new);
		assertThat(received).hasSize(1);
		return received[0];
	}

	@Test
	void queuesOnlyInsideATransaction() {
		assertThatThrownBy(() -> this.outbox.queue(OutgoingMail.text("a@example.be", "x", "y", "fr")))
			.isInstanceOf(org.springframework.transaction.IllegalTransactionStateException.class);
	}

	@Test
	void refusesHeaderInjection() {
		assertThatThrownBy(() -> OutgoingMail.text("a@example.be\nBcc: b@example.be", "x", "y", "fr"))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> OutgoingMail.text("a@example.be", "x\r\nBcc: b@example.be", "y", "fr"))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void backsOffExponentiallyUpToSixHours() {
		assertThat(MailDelivery.backoff(1)).hasMinutes(1);
		assertThat(MailDelivery.backoff(2)).hasMinutes(2);
		assertThat(MailDelivery.backoff(5)).hasMinutes(16);
		assertThat(MailDelivery.backoff(30)).hasHours(6);
	}

	private static jakarta.mail.Address[] recipients(MimeMessage message) {
		try {
			return message.getAllRecipients();
		}
		catch (jakarta.mail.MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
