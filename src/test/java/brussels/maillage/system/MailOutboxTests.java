package brussels.maillage.system;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.UUID;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The outbox sends through a real SMTP server (GreenMail), keeps messages while it is
 * down, and sends them after.
 */
@SpringBootTest(properties = { "maillage.mail.send-initial-delay=PT1H", "maillage.mail.send-interval=PT1H",
		"spring.mail.properties.mail.smtp.starttls.enable=false" })
class MailOutboxTests {

	static final int PORT = freePort();

	static GreenMail smtp = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

	@Autowired
	MailOutbox outbox;

	@Autowired
	MailDelivery delivery;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcClient jdbc;

	@DynamicPropertySource
	static void smtpServer(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> PORT);
	}

	@BeforeEach
	void startSmtp() {
		if (!smtp.isRunning()) {
			smtp = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
			smtp.start();
		}
		smtp.reset();
		// Other modules' messages (demo reminders, ...) wait: each test sends only its
		// own.
		this.jdbc.sql("update mail_message set next_attempt_at = now() + interval '1 day' where status = 'PENDING'")
			.update();
	}

	@AfterAll
	static void stopSmtp() {
		smtp.stop();
	}

	@Test
	void sendsAQueuedMessageInItsLanguage() throws Exception {
		String recipient = "inschrijving-" + UUID.randomUUID() + "@example.be";
		UUID id = this.transactions.execute((status) -> this.outbox
			.queue(OutgoingMail.text(recipient, "Bevestiging van uw inschrijving", "Tot binnenkort — Maillage", "nl")
				.about("registration", 42)));
		this.delivery.sendDue();

		MimeMessage[] received = java.util.Arrays.stream(smtp.getReceivedMessages())
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

		smtp = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
		smtp.start();
		// The retry is due after the back-off; bring it forward instead of waiting a
		// minute.
		this.jdbc.sql("update mail_message set next_attempt_at = now() where id = ?").param(id).update();
		this.delivery.sendDue();
		assertThat(smtp.getReceivedMessages())
			.extracting((message) -> GreenMailUtil.getAddressList(message.getAllRecipients()))
			.containsExactly(recipient);
		assertThat(this.jdbc.sql("select status from mail_message where id = ?").param(id).query(String.class).single())
			.isEqualTo("SENT");
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

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
