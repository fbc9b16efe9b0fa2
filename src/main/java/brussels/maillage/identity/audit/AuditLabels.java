package brussels.maillage.identity.audit;

import java.util.Locale;
import java.util.regex.Pattern;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * What administrators read for an audit entry's action ({@code prevention.theme.saved})
 * and record type ({@code user}): the message {@code audit.action.<code>} or
 * {@code audit.record.<type>} in the page's language. An action or type without a message
 * reads as its words ("Care case reopened"), never as a message key. Templates call it as
 * {@code @auditLabels} (hence its public methods).
 */
@Component("auditLabels")
class AuditLabels {

	private static final Pattern WORD_BREAK = Pattern.compile("[._-]+|(?<=[a-z0-9])(?=[A-Z])");

	private final MessageSource messages;

	AuditLabels(MessageSource messages) {
		this.messages = messages;
	}

	/**
	 * The action in the page's language, for example "Thème de prévention enregistré".
	 */
	public String action(String code) {
		return label("audit.action.", code);
	}

	/** The kind of record in the page's language, for example "Compte". */
	public String recordType(String type) {
		return label("audit.record.", type);
	}

	/** The record as a person reads it: its kind and its id, for example "Compte 3". */
	public String record(String type, String id) {
		if (type == null || type.isBlank()) {
			return (id != null) ? id : "";
		}
		String kind = recordType(type);
		return (id == null || id.isBlank()) ? kind : kind + " " + id;
	}

	private String label(String prefix, String code) {
		if (code == null || code.isBlank()) {
			return "";
		}
		Locale locale = LocaleContextHolder.getLocale();
		String message = this.messages.getMessage(prefix + code, null, null, locale);
		return (message != null) ? message : readable(code);
	}

	/**
	 * A code without a message in words: {@code care.case.reOpened} reads "Care case re
	 * opened".
	 */
	static String readable(String code) {
		String words = String.join(" ", WORD_BREAK.split(code.strip())).toLowerCase(Locale.ROOT).strip();
		return words.isEmpty() ? code : Character.toUpperCase(words.charAt(0)) + words.substring(1);
	}

}
