package brussels.maillage.system;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A message for the outbox: one recipient, a subject and a plain-text body (an HTML body
 * is optional), written in the recipient's language, the record it is about so that it
 * can be found again, and files sent with it (an .ics invitation, for example).
 *
 * @param recipient the recipient's e-mail address
 * @param subject the subject line
 * @param text the plain-text body
 * @param html the HTML body, or {@code null}
 * @param language the language it is written in ({@code fr}, {@code nl} or {@code en})
 * @param referenceType kind of record it is about, for example {@code registration}, or
 * {@code null}
 * @param referenceId that record's id, or {@code null}
 * @param attachments files sent with it, in order
 */
public record OutgoingMail(String recipient, String subject, String text, String html, String language,
		String referenceType, String referenceId, List<Attachment> attachments) {

	public OutgoingMail {
		Objects.requireNonNull(recipient, "recipient");
		Objects.requireNonNull(subject, "subject");
		Objects.requireNonNull(text, "text");
		if (!recipient.contains("@") || recipient.length() > 320 || recipient.contains("\n")
				|| recipient.contains("\r")) {
			throw new IllegalArgumentException("Not an e-mail address: " + recipient);
		}
		if (subject.contains("\n") || subject.contains("\r")) {
			throw new IllegalArgumentException("A subject is one line");
		}
		language = LocalizedText.LANGUAGES.contains(language) ? language : "fr";
		attachments = (attachments != null) ? List.copyOf(attachments) : List.of();
	}

	/** A message without attachments. */
	public OutgoingMail(String recipient, String subject, String text, String html, String language,
			String referenceType, String referenceId) {
		this(recipient, subject, text, html, language, referenceType, referenceId, List.of());
	}

	/** A plain-text message. */
	public static OutgoingMail text(String recipient, String subject, String text, String language) {
		return new OutgoingMail(recipient, subject, text, null, language, null, null);
	}

	/** The same message, about a record. */
	public OutgoingMail about(String type, Object id) {
		return new OutgoingMail(this.recipient, this.subject, this.text, this.html, this.language, type,
				(id != null) ? id.toString() : null, this.attachments);
	}

	/** The same message with one more file. */
	public OutgoingMail with(Attachment attachment) {
		List<Attachment> more = new ArrayList<>(this.attachments);
		more.add(Objects.requireNonNull(attachment, "attachment"));
		return new OutgoingMail(this.recipient, this.subject, this.text, this.html, this.language, this.referenceType,
				this.referenceId, more);
	}

	/**
	 * A file sent with a message.
	 *
	 * @param fileName its name, as the recipient sees it
	 * @param contentType its media type, for example {@code text/calendar; charset=UTF-8}
	 * @param content its bytes
	 */
	public record Attachment(String fileName, String contentType, byte[] content) {

		public Attachment {
			Objects.requireNonNull(fileName, "fileName");
			Objects.requireNonNull(contentType, "contentType");
			Objects.requireNonNull(content, "content");
			if (fileName.isBlank() || fileName.length() > 200 || fileName.contains("/") || fileName.contains("\\")
					|| fileName.contains("\n") || fileName.contains("\r")) {
				throw new IllegalArgumentException("Not a file name: " + fileName);
			}
			if (contentType.contains("\n") || contentType.contains("\r")) {
				throw new IllegalArgumentException("A content type is one line");
			}
		}

	}

}
