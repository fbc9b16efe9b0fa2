package brussels.maillage.identity.audit;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * What administrators read for an audit entry's action ({@code prevention.theme.saved})
 * and record type ({@code user}): the message {@code audit.action.<code>} or
 * {@code audit.record.<type>} in the page's language. An action or type without a message
 * reads as its words ("Care case reopened"), never as a message key. Details that are
 * words rather than data read as {@code audit.detail.<code>} (see {@link AuditDetails}).
 * Templates call it as {@code @auditLabels} (hence its public methods).
 */
@Component("auditLabels")
class AuditLabels {

	private static final Pattern WORD_BREAK = Pattern.compile("[._-]+|(?<=[a-z0-9])(?=[A-Z])");

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	private final MessageSource messages;

	/**
	 * The actions and record types that have a message (each bundle has the same keys).
	 */
	private final Set<String> actions = new TreeSet<>();

	private final Set<String> types = new TreeSet<>();

	private final Set<String> details = new TreeSet<>();

	AuditLabels(MessageSource messages) {
		this.messages = messages;
		Properties bundle = new Properties();
		try (Reader reader = new InputStreamReader(new ClassPathResource("messages_en.properties").getInputStream(),
				StandardCharsets.UTF_8)) {
			bundle.load(reader);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		for (String key : bundle.stringPropertyNames()) {
			if (key.startsWith("audit.action.")) {
				this.actions.add(key.substring("audit.action.".length()));
			}
			else if (key.startsWith("audit.record.")) {
				this.types.add(key.substring("audit.record.".length()));
			}
			else if (key.startsWith("audit.detail.")) {
				this.details.add(key.substring("audit.detail.".length()));
			}
		}
	}

	/**
	 * The actions whose label in the page's language contains {@code search}, accents and
	 * case aside: "thème" finds {@code prevention.theme.saved}.
	 */
	Set<String> actionsNamed(String search) {
		return named(search, this.actions, this::action);
	}

	/** The record types whose label in the page's language contains {@code search}. */
	Set<String> recordTypesNamed(String search) {
		return named(search, this.types, this::recordType);
	}

	private static Set<String> named(String search, Set<String> codes, Function<String, String> label) {
		Set<String> found = new TreeSet<>();
		if (search == null || search.isBlank()) {
			return found;
		}
		String wanted = plain(search);
		for (String code : codes) {
			if (plain(label.apply(code)).contains(wanted)) {
				found.add(code);
			}
		}
		return found;
	}

	private static String plain(String text) {
		return MARKS.matcher(Normalizer.normalize(text.strip(), Normalizer.Form.NFD))
			.replaceAll("")
			.toLowerCase(Locale.ROOT);
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

	/**
	 * The details of an entry of {@code action}: a bare code of the record's own (a
	 * status, a kind) as its label when the action has one
	 * ({@link AuditDetails#ACTION_LABELS}: {@code care.case.status} with {@code CLOSED}
	 * reads "Clôturé"), the phrases recorded before for that action alone
	 * ({@link AuditDetails#ACTION_PHRASES}), any other details in the page's language
	 * when they are words ({@code bad-credentials}, or {@code BadCredentialsException} in
	 * entries recorded before session 23: "Mot de passe incorrect"), or as stored when
	 * they are data (a name, an id, a count).
	 */
	public String details(String action, String stored) {
		String key = (action != null) ? AuditDetails.ACTION_LABELS.get(action) : null;
		if (key != null && stored != null && AuditDetails.BARE_CODE.matcher(stored.strip()).matches()) {
			String code = stored.strip();
			return this.messages.getMessage(key.replace("{}", code), null, code, LocaleContextHolder.getLocale());
		}
		return read(AuditDetails.words(action, stored), stored);
	}

	private String read(AuditDetails.Words words, String stored) {
		if (words == null || !this.details.contains(words.code())) {
			return (stored != null) ? stored : "";
		}
		Locale locale = LocaleContextHolder.getLocale();
		Object[] args = words.args().clone();
		List<String> keys = AuditDetails.ARGUMENT_LABELS.getOrDefault(words.code(), List.of());
		List<String> unfiltered = AuditDetails.UNFILTERED.getOrDefault(words.code(), List.of());
		for (int i = 0; i < args.length; i++) {
			if (i < unfiltered.size() && !unfiltered.get(i).isEmpty() && "null".equals(args[i])) {
				args[i] = this.messages.getMessage(unfiltered.get(i), null, locale);
			}
			else if (i < keys.size() && !keys.get(i).isEmpty()) {
				args[i] = labelled(String.valueOf(args[i]), keys.get(i), locale);
			}
		}
		return this.messages.getMessage("audit.detail." + words.code(), args, stored, locale);
	}

	/**
	 * An argument whose words are codes ({@code STAFF, COORDINATOR}), each read as its
	 * message ({@code role.STAFF}: "Membre d'équipe") when it has one; a list written
	 * without spaces ({@code NORD,SUD}) reads with them.
	 */
	private String labelled(String argument, String key, Locale locale) {
		return AuditDetails.WORD.matcher(argument.replaceAll(",(?=\\S)", ", ")).replaceAll((word) -> {
			String label = this.messages.getMessage(key.replace("{}", word.group()), null, null, locale);
			if (label == null) {
				label = this.messages.getMessage(key.replace("{}", word.group().toUpperCase(Locale.ROOT)), null, null,
						locale);
			}
			return Matcher.quoteReplacement((label != null) ? label : word.group());
		});
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
