package brussels.maillage.system.mail;

import brussels.maillage.system.MailOutbox;
import brussels.maillage.system.OutgoingMail;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.mail.internet.MimeMessage;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.StringUtils;

/**
 * Sends what the {@link MailOutbox} holds, once across instances: due messages are sent
 * one by one; a failure is retried later with a growing delay (1, 2, 4 ... minutes, at
 * most 6 hours) until {@code max-attempts}, then the message is marked FAILED for an
 * administrator to see and retry. Sent messages are erased after {@code keep-sent-days}.
 */
@Component
class MailDelivery {

	private static final Logger log = LoggerFactory.getLogger(MailDelivery.class);

	private final JdbcClient jdbc;

	private final MailMessages outbox;

	private final ObjectProvider<JavaMailSender> senders;

	private final TransactionTemplate transactions;

	private final String from;

	private final int maxAttempts;

	private final int keepSentDays;

	private final boolean configured;

	private final Clock clock;

	MailDelivery(JdbcClient jdbc, MailMessages outbox, ObjectProvider<JavaMailSender> senders,
			TransactionTemplate transactions, Environment environment, @Value("${maillage.mail.from}") String from,
			@Value("${maillage.mail.max-attempts:12}") int maxAttempts,
			@Value("${maillage.mail.keep-sent-days:90}") int keepSentDays, Clock clock) {
		this.clock = clock;
		this.jdbc = jdbc;
		this.outbox = outbox;
		this.senders = senders;
		this.transactions = transactions;
		this.from = from;
		this.maxAttempts = maxAttempts;
		this.keepSentDays = keepSentDays;
		this.configured = StringUtils.hasText(environment.getProperty("spring.mail.host"));
	}

	/** Whether an SMTP server is configured; without one, messages wait in the outbox. */
	boolean configured() {
		return this.configured && this.senders.getIfAvailable() != null;
	}

	@Scheduled(fixedDelayString = "${maillage.mail.send-interval:PT10S}",
			initialDelayString = "${maillage.mail.send-initial-delay:PT5S}")
	@SchedulerLock(name = "system.mail-delivery", lockAtMostFor = "PT10M")
	void sendDue() {
		if (!configured()) {
			return;
		}
		List<Due> due = this.jdbc.sql("""
				select id, recipient, subject, body_text, body_html, attempts from mail_message
				where status = 'PENDING' and next_attempt_at <= now() order by next_attempt_at limit 50""")
			.query(Due.class)
			.list();
		for (Due message : due) {
			send(message);
		}
	}

	private void send(Due message) {
		JavaMailSender sender = this.senders.getObject();
		try {
			MimeMessage mime = sender.createMimeMessage();
			List<OutgoingMail.Attachment> attachments = this.outbox.attachments(message.id());
			MimeMessageHelper helper = new MimeMessageHelper(mime, message.bodyHtml() != null || !attachments.isEmpty(),
					StandardCharsets.UTF_8.name());
			helper.setFrom(this.from);
			helper.setTo(message.recipient());
			helper.setSubject(message.subject());
			if (message.bodyHtml() != null) {
				helper.setText(message.bodyText(), message.bodyHtml());
			}
			else {
				helper.setText(message.bodyText());
			}
			for (OutgoingMail.Attachment attachment : attachments) {
				helper.addAttachment(attachment.fileName(), new ByteArrayResource(attachment.content()),
						attachment.contentType());
			}
			sender.send(mime);
			this.transactions.executeWithoutResult((status) -> this.outbox.markSent(message.id()));
		}
		catch (Exception ex) {
			int attempts = message.attempts() + 1;
			boolean givingUp = attempts >= this.maxAttempts;
			Instant next = this.clock.instant().plus(backoff(attempts));
			String error = ex.getClass().getSimpleName() + ": " + String.valueOf(ex.getMessage());
			log.warn("Could not send mail {} (attempt {}): {}", message.id(), attempts, error);
			this.transactions.executeWithoutResult((status) -> this.outbox.markAttemptFailed(message.id(), attempts,
					error.substring(0, Math.min(error.length(), 1000)), next, givingUp));
		}
	}

	static Duration backoff(int attempts) {
		long minutes = 1L << Math.min(Math.max(attempts - 1, 0), 9);
		return Duration.ofMinutes(Math.min(minutes, 360));
	}

	@Scheduled(cron = "0 41 2 * * *", zone = "Europe/Brussels")
	@SchedulerLock(name = "system.mail-erase-sent")
	void eraseOldSentMessages() {
		int erased = this.transactions.execute((status) -> this.outbox.eraseSentOlderThan(this.keepSentDays));
		if (erased > 0) {
			log.info("Erased {} sent messages older than {} days", erased, this.keepSentDays);
		}
	}

	record Due(UUID id, String recipient, String subject, String bodyText, String bodyHtml, int attempts) {
	}

}
