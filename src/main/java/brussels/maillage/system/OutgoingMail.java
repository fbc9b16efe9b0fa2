package brussels.maillage.system;

import java.util.Objects;

/**
 * A message for the outbox: one recipient, a subject and a plain-text body (an HTML body
 * is optional), written in the recipient's language, and the record it is about so that
 * it can be found again.
 *
 * @param recipient the recipient's e-mail address
 * @param subject the subject line
 * @param text the plain-text body
 * @param html the HTML body, or {@code null}
 * @param language the language it is written in ({@code fr}, {@code nl} or {@code en})
 * @param referenceType kind of record it is about, for example {@code registration}, or
 * {@code null}
 * @param referenceId that record's id, or {@code null}
 */
public record OutgoingMail(String recipient, String subject, String text, String html, String language,
		String referenceType, String referenceId) {

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
	}

	/** A plain-text message. */
	public static OutgoingMail text(String recipient, String subject, String text, String language) {
		return new OutgoingMail(recipient, subject, text, null, language, null, null);
	}

	/** The same message, about a record. */
	public OutgoingMail about(String type, Object id) {
		return new OutgoingMail(this.recipient, this.subject, this.text, this.html, this.language, type,
				(id != null) ? id.toString() : null);
	}

}
