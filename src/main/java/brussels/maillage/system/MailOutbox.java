package brussels.maillage.system;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one transactional mail outbox of every module, and the one writer of its tables
 * (implemented in {@code system.mail}, whose delivery job marks messages sent or failed).
 * {@link #queue} stores a message in the caller's transaction, so that a message exists
 * exactly when the change that caused it is committed; a job sends it, and retries while
 * the mail server is unreachable, so no message is lost.
 */
public interface MailOutbox {

	/** Queues a message within the current transaction; returns its id. */
	UUID queue(OutgoingMail mail);

	/** One message as it was queued, with its files, for an administrator to read. */
	Optional<MailMessage> message(UUID id);

	/** The files of a message, in order. */
	List<OutgoingMail.Attachment> attachments(UUID messageId);

	/**
	 * Messages to an address (any part of it, case ignored), sent or not, newest first:
	 * what support staff look for when someone says they got nothing.
	 */
	List<MailStatus> to(String recipient, int limit);

	/**
	 * Sends a message again: a new message in the outbox with the same recipient,
	 * subject, body and files, which names the one it copies and who asked for it (the
	 * original keeps its own history).
	 * @param id the message to send again
	 * @param by who asked, for the record
	 * @return the new message's id, empty when there is no such message
	 */
	Optional<UUID> resend(UUID id, String by);

	/** Copies made of a message by {@link #resend}, newest first. */
	List<MailStatus> resendsOf(UUID id);

	/**
	 * Messages about one record, newest first, to show what was sent and whether it went
	 * out.
	 */
	List<MailStatus> about(String referenceType, Object referenceId);

	/** Messages not sent yet (waiting or failed), newest first. */
	List<MailStatus> notSent(int limit);

	/** How many messages wait, failed, and went out in the last 24 hours. */
	Counts counts();

	/** Puts failed messages back in the queue, to be sent at once. */
	int retryFailed();

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
	 * A whole message, for an administrator to read.
	 *
	 * @param id message id
	 * @param createdAt when it was queued
	 * @param recipient to whom
	 * @param subject its subject
	 * @param text its plain-text body
	 * @param language the language it is written in
	 * @param referenceType kind of record it is about, or {@code null}
	 * @param referenceId that record's id, or {@code null}
	 * @param status PENDING, SENT or FAILED
	 * @param attempts failed sending attempts so far
	 * @param lastError the last failure, or {@code null}
	 * @param sentAt when it was sent, or {@code null}
	 * @param resentFrom the message it is a copy of, or {@code null}
	 * @param queuedBy who put it back in the outbox, or {@code null} for the application
	 * @param attachments its files
	 */
	public record MailMessage(UUID id, Instant createdAt, String recipient, String subject, String text,
			String language, String referenceType, String referenceId, String status, int attempts, String lastError,
			Instant sentAt, UUID resentFrom, String queuedBy, List<OutgoingMail.Attachment> attachments) {

		private static final Pattern LINK = Pattern.compile("https?://[^\\s<>\"]+");

		/** The web addresses in the body, such as a personal link, in order. */
		public List<String> links() {
			List<String> links = new ArrayList<>();
			Matcher matcher = LINK.matcher(this.text);
			while (matcher.find()) {
				links.add(matcher.group());
			}
			return links;
		}

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

}
