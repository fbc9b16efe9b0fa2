package brussels.maillage.identity.audit;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The details of an audit entry that are words rather than data. The application records
 * them as short codes ({@code bad-credentials}, {@code second-factor-next}), with their
 * arguments when they have data ({@code password-changed:2}, written by
 * {@link brussels.maillage.identity.AuditLog#details}), that the page shows as the
 * message {@code audit.detail.<code>}; entries recorded before sessions 23 and 24 hold
 * the English phrase or the exception's class name, which stand for the same codes. Any
 * other details (a name, an id) are data and read as stored.
 */
final class AuditDetails {

	/** What a details code looks like: lower-case words joined by hyphens. */
	static final Pattern CODE = Pattern.compile("[a-z]+(?:-[a-z]+)*");

	/** The details recorded before session 23, and the code each now stands for. */
	static final Map<String, String> LEGACY = Map.ofEntries(Map.entry("BadCredentialsException", "bad-credentials"),
			Map.entry("UsernameNotFoundException", "unknown-account"),
			Map.entry("DisabledException", "account-disabled"), Map.entry("LockedException", "locked"),
			Map.entry("AccountExpiredException", "account-expired"),
			Map.entry("CredentialsExpiredException", "credentials-expired"),
			Map.entry("InternalAuthenticationServiceException", "login-error"),
			Map.entry("second factor next", "second-factor-next"), Map.entry("second factor", "second-factor"),
			Map.entry("recovery code", "recovery-code"), Map.entry("password + totp", "password-totp"),
			Map.entry("password + recovery code", "password-recovery-code"),
			Map.entry("was not enrolled", "not-enrolled"),
			Map.entry("no enabled account: no mail", "no-enabled-account"), Map.entry("by the host", "by-the-host"),
			Map.entry("link expired", "link-expired"), Map.entry("link used", "link-used"),
			Map.entry("link replaced", "link-replaced"), Map.entry("link unknown", "link-unknown"),
			Map.entry("theme none", "crosswalk-no-theme"), Map.entry("no event", "no-event"));

	/**
	 * The English phrases with data recorded before session 24, and the code each now
	 * stands for: the phrase's groups are the message's arguments.
	 */
	static final List<Phrase> LEGACY_PHRASES = List.of(
			new Phrase("(\\d+) added, (\\d+) changed, (\\d+) unchanged, (\\d+) closed, (\\d+) rows left out, "
					+ "(\\d+) warnings", "import-summary"),
			new Phrase("absolute limit (\\d+) h", "absolute-limit"),
			new Phrase("password changed, (\\d+) session\\(s\\) ended", "password-changed"),
			new Phrase("link mailed, valid (\\d+) min", "link-mailed"),
			new Phrase("(\\d+) left", "recovery-codes-left"), new Phrase("starts with (\\S*)", "token-starts-with"),
			new Phrase("token (\\S+)", "token"), new Phrase("(\\d+) services, (\\w+), search", "export-search"),
			new Phrase("(\\d+) services, (\\w+), whole", "export-whole"),
			new Phrase("(\\d+) organisations, (\\d+) services", "api-import"),
			new Phrase("(\\d+) services in (\\d+) ms", "index-rebuilt"), new Phrase("theme (\\S+)", "crosswalk-theme"),
			new Phrase("(\\d+) present \\((\\d+) before\\)", "attendance-present"), new Phrase("year (\\d+)", "year"),
			new Phrase("(\\d+) visitors", "visitors"), new Phrase("session (\\S+)", "session"),
			new Phrase("(\\d+) registrations", "registrations"),
			new Phrase("(\\d+) registrations erased", "registrations-erased"), new Phrase("event (\\S+)", "event"),
			new Phrase("training (\\S+)", "training"), new Phrase("entry (\\S+)", "entry"),
			new Phrase("(\\d+) members", "members-convened"),
			new Phrase("(\\d+) members, (\\d+) walk-ins", "attendance-members"), new Phrase("line (\\S+)", "line"),
			new Phrase("line (\\S+), respondent (\\S+), (\\d+) shown", "follow-ups-listed"),
			new Phrase("follow-up (\\S+)", "follow-up"),
			new Phrase("(\\d+) codes, status (\\S+), bassin (\\S+)", "codes-listed"),
			new Phrase("(\\d+) statements, (xlsx|csv)", "statements-exported"), new Phrase("count=(\\d+)", "count"),
			new Phrase("(\\d+) actions", "actions"),
			new Phrase("(\\d+) quartiers, (\\d+) sectors: (.*)", "quartiers-loaded"),
			new Phrase("referent (\\d+): (.*)", "referent"),
			new Phrase("roles=\\[(.*)\\] teams=\\[(.*)\\]", "user-access"),
			new Phrase("roles=\\[(.*)\\] teams=\\[(.*)\\] disabled", "user-access-disabled"),
			new Phrase("from \\[(.*)\\] to \\[(.*)\\]", "roles-changed"),
			new Phrase("metric=(\\S+) year=(\\d+) territory=(\\S+) before=(?:none|(.*?)) after=(.*?) reason=(.*)",
					"manual-value-saved"),
			new Phrase("metric=(\\S+) year=(\\d+) before=(.*)", "manual-value-removed"),
			new Phrase("(\\S+) (\\d+) values=(\\d+) source=(.*)", "cold-data-imported"),
			new Phrase("(\\d+) -> (\\d+): (\\d+)", "membership-renewed"),
			new Phrase("(DRAFT|SUBMITTED|REVIEWED|APPROVED) -> (SUBMITTED|REVIEWED|APPROVED|PUBLISHED)",
					"report-status"),
			new Phrase("(DRAFT|PROPOSED|VALIDATED|CLOSED) -> (DRAFT|PROPOSED|VALIDATED|CLOSED)", "plan-status"),
			new Phrase("(\\S+): (\\S*) -> (\\S+) \\((.*)\\)", "report-erratum"),
			new Phrase("([A-Z_]+) service (\\S+)", "venue-added"), new Phrase("service (\\S+)", "service"),
			new Phrase("([A-Z_]+) (\\d{4}-\\d{2}-\\d{2}) headcount (\\d+)", "session-recorded"),
			new Phrase("(csv|xlsx) from=([^&]*)&to=([^&]*)(?:&line=([^&]*))?(?:&bassin=([^&]*))?(?:&channel=([^&]*))?"
					+ "(?:&profession=([^&]*))?(?:&theme=([^&]*))?(?:&kind=([^&]*))?", "statistics-exported"),
			new Phrase("(\\S+) → (\\S+)", "line-transferred"),
			new Phrase("(GET|HEAD|POST|PUT|PATCH|DELETE|OPTIONS) (/\\S*)", "access-denied"),
			new Phrase("(\\S+) \\((\\w+)\\) → (\\S+) \\((\\w+)\\): (.*)", "assignment-changed"),
			new Phrase("([A-Z_]+) (\\d{4}-\\d{2})", "page-saved"),
			new Phrase("(fr|nl|en) ([A-Z_]+)", "synthesis-status"),
			new Phrase("(MONTH|QUARTER) (\\d{4}-\\d{2}-\\d{2})", "statement-drafted"),
			new Phrase("(PLANNED|HELD|CANCELLED) (\\d+)", "referent-meeting"));

	/**
	 * The arguments that are themselves codes (a role, a status, a bassin), stored as
	 * codes and read as their labels: for a details code, the message key of each
	 * argument in turn, with {@code {}} for the code ({@code role.{}}), or {@code ""} for
	 * an argument that is data (an id, a count, a name). Within such an argument every
	 * word ({@code STAFF, COORDINATOR}, {@code 35/ABOUT/+35}) that has a message, as
	 * stored or in capitals ({@code verified} recorded before), reads as it; the others
	 * (a territory without a label, a number) read as stored.
	 */
	static final Map<String, List<String>> ARGUMENT_LABELS = Map.ofEntries(Map.entry("user-access", List.of("role.{}")),
			Map.entry("user-access-disabled", List.of("role.{}")),
			Map.entry("roles-changed", List.of("role.{}", "role.{}")),
			Map.entry("manual-value-saved",
					List.of("indicators.metric.{}.name", "", "indicators.territory.{}", "indicators.exactness.{}",
							"indicators.exactness.{}")),
			Map.entry("manual-value-removed", List.of("indicators.metric.{}.name", "", "indicators.exactness.{}")),
			Map.entry("plan-status", List.of("plans.status.{}", "plans.status.{}")),
			Map.entry("report-status", List.of("plans.report.status.{}", "plans.report.status.{}")),
			Map.entry("venue-added", List.of("prevention.bassin.{}")),
			Map.entry("session-recorded", List.of("prevention.bassin.{}")),
			Map.entry("statistics-exported",
					List.of("", "", "", "helpdesk.line.{}", "helpdesk.bassin.{}", "helpdesk.channel.{}",
							"helpdesk.profession.{}", "", "helpdesk.kind.{}")),
			Map.entry("line", List.of("helpdesk.line.{}")),
			Map.entry("line-transferred", List.of("helpdesk.line.{}", "helpdesk.line.{}")),
			Map.entry("follow-ups-listed", List.of("helpdesk.line.{}")),
			Map.entry("assignment-changed",
					List.of("helpdesk.bassin.{}", "territory.status.{}", "helpdesk.bassin.{}", "territory.status.{}")),
			Map.entry("page-saved", List.of("prevention.bassin.{}")),
			Map.entry("synthesis-status", List.of("language.{}", "governance.synthesis.status.{}")),
			Map.entry("statement-drafted", List.of("care.period.{}")),
			Map.entry("referent-meeting", List.of("palliative.referents.meeting.{}")),
			// Care cases and palliative follow-ups listed: the status filter (the
			// follow-ups' labels cover the cases' statuses too).
			Map.entry("codes-listed", List.of("", "palliative.status.{}", "indicators.territory.{}")),
			Map.entry("referent-group-created", List.of("directory.bassin.{}")),
			Map.entry("referent-group-split", List.of("directory.bassin.{}")),
			Map.entry("tariff", List.of("care.type.{}")), Map.entry("tariff-open", List.of("care.type.{}")),
			Map.entry("programme-subject", List.of("programme.kind.one.{}")),
			Map.entry("publication-issue", List.of("publication.series.{}")),
			Map.entry("plan-created", List.of("plans.territory.{}")));

	/**
	 * The listings whose filters are recorded as arguments: for a details code, the
	 * message key that reads each filter in turn when none was chosen (stored
	 * {@code null}: "all"), or {@code ""} for an argument that is not a filter.
	 */
	static final Map<String, List<String>> UNFILTERED = Map.of("codes-listed",
			List.of("", "audit.unfiltered", "audit.unfiltered"), "follow-ups-listed",
			List.of("audit.unfiltered.line", "audit.unfiltered"));

	private static final List<Phrase> TARIFF = List.of(
			new Phrase("([A-Z_]+) (\\d{4}-\\d{2}-\\d{2})\\.\\.(\\d{4}-\\d{2}-\\d{2}) (\\S+)", "tariff"),
			new Phrase("([A-Z_]+) (\\d{4}-\\d{2}-\\d{2})\\.\\. (\\S+)", "tariff-open"));

	private static final List<Phrase> SUBJECT = List.of(new Phrase("([A-Z_]+) (.+)", "programme-subject"));

	private static final List<Phrase> PUBLICATION = List.of(new Phrase("([A-Z_]+) (.*)", "publication-issue"));

	/**
	 * The English phrases recorded before session 24 whose pattern would also catch a
	 * bare code ({@code NORD}) or another action's phrase: per action, read only for the
	 * entries of that action.
	 */
	static final Map<String, List<Phrase>> ACTION_PHRASES = Map.ofEntries(
			Map.entry("palliative.referents.group.created",
					List.of(new Phrase("([A-Z_]+(?:,[A-Z_]+)*)", "referent-group-created"))),
			Map.entry("palliative.referents.group.split",
					List.of(new Phrase("([A-Z_]+) -> (\\d+)", "referent-group-split"))),
			Map.entry("care.tariff.added", TARIFF), Map.entry("care.tariff.changed", TARIFF),
			Map.entry("programme.tagged", SUBJECT), Map.entry("programme.untagged", SUBJECT),
			Map.entry("publication.changed", PUBLICATION), Map.entry("publication.registered", PUBLICATION),
			Map.entry("plans.plan.created", List.of(new Phrase("([A-Z_]+) (\\d{4})", "plan-created"))), Map.entry(
					"plans.dashboard.thresholds", List.of(new Phrase("(\\d+)/(\\d+) -> (\\d+)/(\\d+)", "thresholds"))));

	/**
	 * The actions whose details are a bare code of the record's own (a status, a kind:
	 * {@code care.case.status} with {@code CLOSED}), and the message key that reads it,
	 * with {@code {}} for the code; the code stays as stored, and reads as its label.
	 */
	static final Map<String, String> ACTION_LABELS = Map.ofEntries(Map.entry("care.case.status", "care.case.status.{}"),
			Map.entry("care.case.role.added", "care.role.{}"),
			Map.entry("care.provider.registered", "care.profession.{}"),
			Map.entry("care.statement.fee", "care.type.{}"), Map.entry("care.prestation.recorded", "care.type.{}"),
			Map.entry("palliative.convention.step", "palliative.convention.{}"),
			Map.entry("palliative.followup.opened", "palliative.kind.{}"),
			Map.entry("palliative.followup.status", "palliative.status.{}"),
			Map.entry("palliative.visit.added", "palliative.visit.{}"),
			Map.entry("palliative.visit.changed", "palliative.visit.{}"),
			Map.entry("palliative.volunteer.added", "palliative.volunteer.source.{}"),
			Map.entry("palliative.volunteer.interviewed", "palliative.volunteer.outcome.{}"),
			Map.entry("palliative.volunteer.training", "palliative.volunteer.training.{}"),
			Map.entry("palliative.referents.meeting.recorded", "palliative.referents.meeting.{}"),
			Map.entry("governance.meeting.status", "governance.meeting.status.{}"),
			Map.entry("governance.membership.changed", "governance.status.{}"),
			Map.entry("governance.proposal.answered", "governance.proposal.status.{}"),
			Map.entry("governance.synthesis.item.added", "governance.section.{}"),
			Map.entry("event.created", "events.kind.{}"), Map.entry("event.changed", "events.kind.{}"),
			Map.entry("governance.meeting.participant", "governance.category.{}"),
			Map.entry("palliative.volunteers.group.recorded", "palliative.volunteers.group.{}"));

	/** What a bare code looks like as details: {@code CLOSED}, {@code ON_HOLD}. */
	static final Pattern BARE_CODE = Pattern.compile("[A-Z][A-Z0-9_]*");

	/** A word of an argument that may be a code: letters, digits, '_' and '.'. */
	static final Pattern WORD = Pattern.compile("(?<![\\w.])[A-Za-z][\\w.]*(?![\\w.])");

	private AuditDetails() {
	}

	/**
	 * The code the stored details stand for, or {@code null} when they are data (or
	 * empty).
	 */
	static String code(String details) {
		Words words = words(details);
		return (words != null) ? words.code() : null;
	}

	/**
	 * The message the stored details of an entry of {@code action} stand for: as
	 * {@link #words(String)}, and the phrases recorded before for that action alone
	 * ({@link #ACTION_PHRASES}).
	 */
	static Words words(String action, String details) {
		List<Phrase> phrases = (action != null) ? ACTION_PHRASES.get(action) : null;
		Words words = (phrases != null && details != null) ? matched(phrases, details.strip()) : null;
		return (words != null) ? words : words(details);
	}

	/**
	 * The message the stored details stand for: a code with its arguments
	 * ({@code password-changed:2}), or an English phrase recorded before as its code and
	 * arguments; {@code null} when they are data (or empty).
	 */
	static Words words(String details) {
		if (details == null || details.isBlank()) {
			return null;
		}
		String stored = details.strip();
		String legacy = LEGACY.get(stored);
		if (legacy != null) {
			return new Words(legacy, new Object[0]);
		}
		Words phrased = matched(LEGACY_PHRASES, stored);
		if (phrased != null) {
			return phrased;
		}
		int colon = stored.indexOf(':');
		String code = (colon < 0) ? stored : stored.substring(0, colon);
		Object[] args = (colon < 0) ? new Object[0] : stored.substring(colon + 1).split("\\|", -1);
		return CODE.matcher(code).matches() ? new Words(code, args) : null;
	}

	private static Words matched(List<Phrase> phrases, String stored) {
		for (Phrase phrase : phrases) {
			Matcher matcher = phrase.pattern().matcher(stored);
			if (matcher.matches()) {
				Object[] args = new Object[matcher.groupCount()];
				for (int i = 0; i < args.length; i++) {
					args[i] = (matcher.group(i + 1) != null) ? matcher.group(i + 1) : "-";
				}
				return new Words(phrase.code(), args);
			}
		}
		return null;
	}

	/** A details code and the arguments of its message (as stored: text). */
	record Words(String code, Object[] args) {
	}

	/** An English phrase recorded before, and the code it stands for. */
	record Phrase(Pattern pattern, String code) {

		Phrase(String regex, String code) {
			this(Pattern.compile(regex), code);
		}

	}

}
