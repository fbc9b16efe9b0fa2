package brussels.maillage.system.mail;

import brussels.maillage.system.MailOutbox;
import brussels.maillage.system.OutgoingMail;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The {@link MailOutbox} in PostgreSQL, and the one writer of its tables: the
 * {@link MailDelivery} job marks messages sent or failed through it.
 */
@Service
class MailMessages implements MailOutbox {

	private final JdbcClient jdbc;

	MailMessages(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	@Override
	public UUID queue(OutgoingMail mail) {
		UUID id = UUID.randomUUID();
		this.jdbc
			.sql("""
					insert into mail_message (id, recipient, subject, body_text, body_html, language, reference_type, reference_id)
					values (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(id, mail.recipient(), mail.subject(), mail.text(), mail.html(), mail.language(),
					mail.referenceType(), mail.referenceId())
			.update();
		int position = 0;
		for (OutgoingMail.Attachment attachment : mail.attachments()) {
			this.jdbc.sql("""
					insert into mail_attachment (message_id, position, file_name, content_type, content)
					values (?, ?, ?, ?, ?)""")
				.params(id, position++, attachment.fileName(), attachment.contentType(), attachment.content())
				.update();
		}
		return id;
	}

	@Transactional(readOnly = true)
	@Override
	public Optional<MailMessage> message(UUID id) {
		return this.jdbc.sql("""
				select id, created_at, recipient, subject, body_text, language, reference_type, reference_id, status,
					attempts, last_error, sent_at, resent_from, queued_by
				from mail_message where id = ?""")
			.param(id)
			.query((rs, row) -> new MailMessage(rs.getObject("id", UUID.class),
					rs.getTimestamp("created_at").toInstant(), rs.getString("recipient"), rs.getString("subject"),
					rs.getString("body_text"), rs.getString("language"), rs.getString("reference_type"),
					rs.getString("reference_id"), rs.getString("status"), rs.getInt("attempts"),
					rs.getString("last_error"),
					(rs.getTimestamp("sent_at") != null) ? rs.getTimestamp("sent_at").toInstant() : null,
					rs.getObject("resent_from", UUID.class), rs.getString("queued_by"), attachments(id)))
			.optional();
	}

	@Transactional(readOnly = true)
	@Override
	public List<OutgoingMail.Attachment> attachments(UUID messageId) {
		return this.jdbc
			.sql("select file_name, content_type, content from mail_attachment where message_id = ? order by position")
			.param(messageId)
			.query((rs, row) -> new OutgoingMail.Attachment(rs.getString("file_name"), rs.getString("content_type"),
					rs.getBytes("content")))
			.list();
	}

	@Transactional(readOnly = true)
	@Override
	public List<MailStatus> to(String recipient, int limit) {
		return this.jdbc.sql("""
				select id, created_at, recipient, subject, status, attempts, last_error, sent_at
				from mail_message where strpos(lower(recipient), lower(?)) > 0 order by created_at desc limit ?""")
			.params(recipient.strip(), limit)
			.query(MailStatus.class)
			.list();
	}

	@Transactional
	@Override
	public Optional<UUID> resend(UUID id, String by) {
		UUID copy = UUID.randomUUID();
		int copied = this.jdbc.sql("""
				insert into mail_message (id, recipient, subject, body_text, body_html, language, reference_type,
					reference_id, resent_from, queued_by)
				select ?, recipient, subject, body_text, body_html, language, reference_type, reference_id, id, ?
				from mail_message where id = ?""").params(copy, by, id).update();
		if (copied == 0) {
			return Optional.empty();
		}
		this.jdbc.sql("""
				insert into mail_attachment (message_id, position, file_name, content_type, content)
				select ?, position, file_name, content_type, content from mail_attachment where message_id = ?""")
			.params(copy, id)
			.update();
		return Optional.of(copy);
	}

	@Transactional(readOnly = true)
	@Override
	public List<MailStatus> resendsOf(UUID id) {
		return this.jdbc.sql("""
				select id, created_at, recipient, subject, status, attempts, last_error, sent_at
				from mail_message where resent_from = ? order by created_at desc""")
			.param(id)
			.query(MailStatus.class)
			.list();
	}

	@Transactional(readOnly = true)
	@Override
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
	@Override
	public List<MailStatus> notSent(int limit) {
		return this.jdbc.sql("""
				select id, created_at, recipient, subject, status, attempts, last_error, sent_at
				from mail_message where status <> 'SENT' order by created_at desc limit ?""")
			.param(limit)
			.query(MailStatus.class)
			.list();
	}

	@Transactional(readOnly = true)
	@Override
	public Counts counts() {
		return this.jdbc.sql("""
				select count(*) filter (where status = 'PENDING') as pending,
					count(*) filter (where status = 'FAILED') as failed,
					count(*) filter (where status = 'SENT' and sent_at > now() - interval '1 day') as sent_today
				from mail_message""").query(Counts.class).single();
	}

	@Transactional
	@Override
	public int retryFailed() {
		return this.jdbc.sql("""
				update mail_message set status = 'PENDING', next_attempt_at = now(), attempts = 0
				where status = 'FAILED'""").update();
	}

	/**
	 * Marks a message sent, in the caller's transaction (the delivery job, after the mail
	 * server took it).
	 */
	void markSent(UUID id) {
		this.jdbc.sql("update mail_message set status = 'SENT', sent_at = now(), last_error = null where id = ?")
			.param(id)
			.update();
	}

	/**
	 * Records a failed sending attempt, in the caller's transaction: the message is tried
	 * again at {@code next}, or marked FAILED when the delivery job gives up.
	 */
	void markAttemptFailed(UUID id, int attempts, String error, Instant next, boolean givingUp) {
		this.jdbc.sql("""
				update mail_message set attempts = ?, last_error = ?, next_attempt_at = ?, status = ?
				where id = ?""").params(attempts, error, timestamp(next), givingUp ? "FAILED" : "PENDING", id).update();
	}

	/**
	 * Erases the messages sent more than {@code days} days ago, in the caller's
	 * transaction; how many.
	 */
	int eraseSentOlderThan(int days) {
		return this.jdbc
			.sql("delete from mail_message where status = 'SENT' and sent_at < now() - make_interval(days => ?)")
			.param(days)
			.update();
	}

	private static Timestamp timestamp(Instant instant) {
		return Timestamp.from(instant);
	}

}
