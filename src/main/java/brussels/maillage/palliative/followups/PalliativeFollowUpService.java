package brussels.maillage.palliative.followups;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import brussels.maillage.identity.AuditLog;
import brussels.maillage.identity.CurrentUser;
import brussels.maillage.system.forms.Refused;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Psychological follow-ups and their visits: opening one under a random code, its status
 * history, visits, and the counts of a year. Every list of codes and every follow-up
 * opened goes to the audit log. Callers are the palliative team's pages (the
 * {@code PalliativeAccess} gate has let them in) and the figures.
 */
@Service
@Transactional(readOnly = true)
public class PalliativeFollowUpService {

	/** Letters and digits that cannot be mistaken for one another (no 0/O, 1/I). */
	private static final String CODE_ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";

	private final SecureRandom random = new SecureRandom();

	private final FollowUpRepository followUps;

	private final VisitRepository visits;

	private final AuditLog audit;

	private final Clock clock;

	PalliativeFollowUpService(FollowUpRepository followUps, VisitRepository visits, AuditLog audit, Clock clock) {
		this.followUps = followUps;
		this.visits = visits;
		this.audit = audit;
		this.clock = clock;
	}

	/** Today in Brussels. */
	public LocalDate today() {
		return LocalDate.now(this.clock);
	}

	/** Opens a follow-up under a new random code and returns its id. */
	@Transactional
	public long open(NewFollowUp followUp, CurrentUser by) {
		String code = newCode();
		long id = this.followUps.insert(code, followUp);
		this.followUps.recordStatus(id, FollowUpStatus.REFERRED, followUp.referredOn(), userId(by));
		this.audit.record("palliative.followup.opened", "palliative_follow_up", id, followUp.kind().name());
		return id;
	}

	/** The follow-ups, filtered; the list of codes opened is logged. */
	public List<FollowUp> list(FollowUpStatus status, String bassin) {
		List<FollowUp> found = this.followUps.list(status, bassin);
		this.audit.record("palliative.followups.listed", "palliative_follow_up", null,
				AuditLog.details("codes-listed", found.size(), status, bassin));
		return found;
	}

	/** One follow-up with its history and visits; the opening is logged. */
	public Optional<FollowUpDetails> details(long id) {
		Optional<FollowUpDetails> found = this.followUps.find(id)
			.map((followUp) -> new FollowUpDetails(followUp, this.followUps.history(id), this.visits.of(id)));
		found.ifPresent((details) -> this.audit.record("palliative.followup.viewed", "palliative_follow_up", id, null));
		return found;
	}

	/**
	 * Moves a follow-up to a status from a day on (not before its last step, not in the
	 * future).
	 * @throws Refused when the step is not allowed
	 */
	@Transactional
	public void changeStatus(long id, FollowUpStatus status, LocalDate on, CurrentUser by) {
		FollowUp followUp = this.followUps.find(id).orElseThrow();
		if (!followUp.status().next().contains(status)) {
			throw new Refused("status", "palliative.followUp.status.notAllowed");
		}
		LocalDate last = this.followUps.lastChange(id).orElse(followUp.referredOn());
		if (on.isBefore(last)) {
			throw new Refused("changedOn", "palliative.followUp.status.beforeLast");
		}
		this.followUps.recordStatus(id, status, on, userId(by));
		this.audit.record("palliative.followup.status", "palliative_follow_up", id, status.name());
	}

	/**
	 * Adds a visit: not before the follow-up was referred, not after it ended, and only a
	 * planned visit in the future.
	 * @throws Refused when one of these rules is broken
	 */
	@Transactional
	public long addVisit(long followUpId, LocalDate on, VisitMode mode, VisitStatus status) {
		FollowUp followUp = this.followUps.find(followUpId).orElseThrow();
		if (followUp.status() == FollowUpStatus.ENTERED_IN_ERROR) {
			throw new Refused("visitOn", "palliative.visit.enteredInError");
		}
		if (on.isBefore(followUp.referredOn())) {
			throw new Refused("visitOn", "palliative.visit.beforeReferral");
		}
		if (followUp.endedOn() != null && on.isAfter(followUp.endedOn())) {
			throw new Refused("visitOn", "palliative.visit.afterEnd");
		}
		checkStatusOnDay(on, status);
		long id = this.visits.insert(followUpId, on, mode, status);
		this.audit.record("palliative.visit.added", "palliative_follow_up", followUpId, status.name());
		return id;
	}

	/** Records what became of a visit; returns its follow-up's id. */
	@Transactional
	public long changeVisit(long visitId, VisitStatus status) {
		Visit visit = this.visits.find(visitId).orElseThrow();
		checkStatusOnDay(visit.visitOn(), status);
		this.visits.changeStatus(visitId, status);
		this.audit.record("palliative.visit.changed", "palliative_follow_up", visit.followUpId(), status.name());
		return visit.followUpId();
	}

	/** The follow-up a visit belongs to. */
	public Optional<Long> followUpOfVisit(long visitId) {
		return this.visits.find(visitId).map(Visit::followUpId);
	}

	private void checkStatusOnDay(LocalDate on, VisitStatus status) {
		if (status != VisitStatus.PLANNED && on.isAfter(today())) {
			throw new Refused("visitStatus", "palliative.visit.notYet");
		}
	}

	/** The counts of a calendar year by bassin (exact; the figures disclose them). */
	public YearCounts counts(int year) {
		LocalDate first = LocalDate.of(year, 1, 1);
		LocalDate last = LocalDate.of(year, 12, 31);
		return YearCounts.of(year, this.followUps.periodCounts(first, last), this.visits.periodCounts(first, last));
	}

	/** The referring teams as choices in the reader's language. */
	public List<Choice> referringTeams(Locale locale) {
		return this.followUps.referringTeams().stream().map((row) -> {
			Object label = row.get(locale.getLanguage());
			return new Choice((String) row.get("code"), String.valueOf((label != null) ? label : row.get("fr")));
		}).toList();
	}

	/** The psychologists as choices. */
	public List<Choice> psychologists() {
		return this.followUps.psychologists()
			.stream()
			.map((row) -> new Choice(String.valueOf(row.get("id")), (String) row.get("name")))
			.toList();
	}

	private String newCode() {
		while (true) {
			StringBuilder code = new StringBuilder("PSY-");
			for (int i = 0; i < 6; i++) {
				code.append(CODE_ALPHABET.charAt(this.random.nextInt(CODE_ALPHABET.length())));
			}
			if (!this.followUps.codeTaken(code.toString())) {
				return code.toString();
			}
		}
	}

	private static Long userId(CurrentUser user) {
		return (user != null) ? user.id() : null;
	}

	/**
	 * A follow-up with its status history and visits.
	 *
	 * @param followUp the follow-up
	 * @param history its status steps, oldest first
	 * @param visits its visits by day
	 */
	public record FollowUpDetails(FollowUp followUp, List<StatusChange> history, List<Visit> visits) {

		/** Visits with a status. */
		public long visits(VisitStatus status) {
			return this.visits.stream().filter((visit) -> visit.status() == status).count();
		}

	}

	/** Values of a row returned as a map. */
	static long number(Map<String, Object> row, String column) {
		return ((Number) row.get(column)).longValue();
	}

}
