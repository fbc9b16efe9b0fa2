package brussels.maillage.system;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one transactional mail outbox of every module. {@link #queue} stores a message in
 * the caller's transaction, so that a message exists exactly when the change that caused
 * it is committed; a job sends it, and retries while the mail server is unreachable, so
 * no message is lost.
 */
@Service
public class MailOutbox {

	private final JdbcClient jdbc;

	MailOutbox(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Queues a message within the current transaction; returns its id. */
	@Transactional(propagation = Propagation.MANDATORY)
	public UUID queue(OutgoingMail mail) {
		UUID id = UUID.randomUUID();
		this.jdbc
			.sql("""
					insert into mail_message (id, recipient, subject, body_text, body_html, language, reference_type, reference_id)
					values (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(id, mail.recipient(), mail.subject(), mail.text(), mail.html(), mail.language(),
					mail.referenceType(), mail.referenceId())
			.update();
		return id;
	}

	/**
	 * Messages about one record, newest first, to show what was sent and whether it went
	 * out.
	 */
	@Transactional(readOnly = true)
	public List<MailStatus> about(String referenceType, Object referenceId) {
		return this.jdbc.sql("""
				select id, created_at, recipient, subject, status, attempts, last_error, sent_at
				from mail_message where reference_type = ? and reference_id = ?
				order by created_at desc""")
			.params(referenceType, referenceId.toString())
			.query(MailStatus.class)
			.list();
	}

	@Transactional(readOnly = true)
	public List<MailStatus> notSent(int limit) {
		return this.jdbc.sql("""
				select id, created_at, recipient, subject, status, attempts, last_error, sent_at
				from mail_message where status <> 'SENT' order by created_at desc limit ?""")
			.param(limit)
			.query(MailStatus.class)
			.list();
	}

	@Transactional(readOnly = true)
	public Counts counts() {
		return this.jdbc.sql("""
				select count(*) filter (where status = 'PENDING') as pending,
					count(*) filter (where status = 'FAILED') as failed,
					count(*) filter (where status = 'SENT' and sent_at > now() - interval '1 day') as sent_today
				from mail_message""").query(Counts.class).single();
	}

	/** Puts failed messages back in the queue, to be sent at once. */
	@Transactional
	public int retryFailed() {
		return this.jdbc.sql("""
				update mail_message set status = 'PENDING', next_attempt_at = now(), attempts = 0
				where status = 'FAILED'""").update();
	}

	/**
	 * What became of a message.
	 *
	 * @param id message id
	 * @param createdAt when it was queued
	 * @param recipient to whom
	 * @param subject its subject
	 * @param status PENDING, SENT or FAILED
	 * @param attempts how many sending attempts failed so far
	 * @param lastError the last failure, or {@code null}
	 * @param sentAt when it was sent, or {@code null}
	 */
	public record MailStatus(UUID id, Instant createdAt, String recipient, String subject, String status, int attempts,
			String lastError, Instant sentAt) {
	}

	/**
	 * The outbox at a glance.
	 *
	 * @param pending waiting to be sent
	 * @param failed given up after every retry
	 * @param sentToday sent in the last 24 hours
	 */
	public record Counts(long pending, long failed, long sentToday) {
	}

	static Timestamp timestamp(Instant instant) {
		return Timestamp.from(instant);
	}

}
