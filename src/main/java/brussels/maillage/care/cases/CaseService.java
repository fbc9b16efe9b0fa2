package brussels.maillage.care.cases;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.random.RandomGenerator;

import brussels.maillage.care.forms.Choice;
import brussels.maillage.identity.AuditLog;
import brussels.maillage.identity.CurrentUser;
import brussels.maillage.system.forms.Refused;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Cases of case management: opening one under a random code, its status history and the
 * providers' roles on it. Every list of codes and every case opened goes to the audit
 * log. Callers are the team's pages (the {@code CareAccess} gate has let them in), the
 * prestations and the demo.
 */
@Service
@Transactional(readOnly = true)
public class CaseService {

	/** Letters and digits that cannot be mistaken for one another (no 0/O, 1/I). */
	private static final String CODE_ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";

	private final SecureRandom random = new SecureRandom();

	private final CaseRepository cases;

	private final AuditLog audit;

	private final Clock clock;

	CaseService(CaseRepository cases, AuditLog audit, Clock clock) {
		this.cases = cases;
		this.audit = audit;
		this.clock = clock;
	}

	/** Today in Brussels. */
	public LocalDate today() {
		return LocalDate.now(this.clock);
	}

	/** Opens a case under a new random code and returns its id. */
	@Transactional
	public long open(NewCase careCase, CurrentUser by) {
		String code;
		do {
			code = code(this.random);
		}
		while (this.cases.codeTaken(code));
		long id = this.cases.insert(code, careCase);
		this.cases.recordStatus(id, CaseStatus.REFERRED, null, careCase.referredOn(), userId(by));
		this.audit.record("care.case.opened", "care_case", id, careCase.programme());
		return id;
	}

	/** The cases, filtered; the list of codes opened is logged. */
	public List<CareCase> list(CaseStatus status, String bassin) {
		List<CareCase> found = this.cases.list(status, bassin);
		this.audit.record("care.cases.listed", "care_case", null,
				AuditLog.details("codes-listed", found.size(), status, bassin));
		return found;
	}

	/** One case with its history and roles; the opening is logged. */
	public Optional<CaseDetails> details(long id) {
		Optional<CaseDetails> found = this.cases.find(id)
			.map((careCase) -> new CaseDetails(careCase, this.cases.history(id), this.cases.roles(id)));
		found.ifPresent((details) -> this.audit.record("care.case.viewed", "care_case", id, null));
		return found;
	}

	/** One case, without logging (for the checks of other pages, which log their own). */
	public Optional<CareCase> find(long id) {
		return this.cases.find(id);
	}

	/** The providers' roles on a case, ended ones last. */
	public List<CaseRole> roles(long id) {
		return this.cases.roles(id);
	}

	/**
	 * Moves a case to a status from a day on (not before its last step); a closed case
	 * needs its closure category.
	 * @throws Refused when the step is not allowed
	 */
	@Transactional
	public void changeStatus(long id, CaseStatus status, ClosureCategory closure, LocalDate on, CurrentUser by) {
		CareCase careCase = this.cases.find(id).orElseThrow();
		if (!careCase.status().next().contains(status)) {
			throw new Refused("status", "care.case.status.notAllowed");
		}
		if (status == CaseStatus.CLOSED && closure == null) {
			throw new Refused("closure", "care.case.closure.required");
		}
		if (on.isBefore(this.cases.lastChange(id).orElse(careCase.referredOn()))) {
			throw new Refused("changedOn", "care.case.status.beforeLast");
		}
		this.cases.recordStatus(id, status, (status == CaseStatus.CLOSED) ? closure : null, on, userId(by));
		this.audit.record("care.case.status", "care_case", id, status.name());
	}

	/**
	 * Gives a provider a role on a case from a day on (not before the case was referred).
	 * @throws Refused when the day is before the referral
	 */
	@Transactional
	public long addRole(long caseId, long providerId, ProviderRole role, LocalDate startsOn) {
		CareCase careCase = this.cases.find(caseId).orElseThrow();
		if (startsOn.isBefore(careCase.referredOn())) {
			throw new Refused("startsOn", "care.role.beforeReferral");
		}
		long id = this.cases.addRole(caseId, providerId, role, startsOn);
		this.audit.record("care.case.role.added", "care_case", caseId, role.name());
		return id;
	}

	/**
	 * Ends a role on a day; it stays visible as ended.
	 * @throws Refused when the day is before its start or it has already ended
	 */
	@Transactional
	public void endRole(long caseId, long roleId, LocalDate endsOn) {
		if (this.cases.endRole(caseId, roleId, endsOn) == 0) {
			throw new Refused("endsOn", "care.role.cannotEnd");
		}
		this.audit.record("care.case.role.ended", "care_case", caseId, String.valueOf(roleId));
	}

	/**
	 * The people followed in a calendar year by bassin (exact; the figures disclose
	 * them): bassin → {began in the year, began before}.
	 */
	public java.util.Map<String, long[]> beneficiaries(int year) {
		java.util.Map<String, long[]> counts = new java.util.HashMap<>();
		for (java.util.Map<String, Object> row : this.cases.beneficiaries(LocalDate.of(year, 1, 1),
				LocalDate.of(year, 12, 31))) {
			counts.put((String) row.get("bassin"), new long[] { ((Number) row.get("started")).longValue(),
					((Number) row.get("continuing")).longValue() });
		}
		return counts;
	}

	/**
	 * Demo cases in one batch per table: cases (code, programme, bassin, status, closure,
	 * referred, started, ended), status steps (status, closure, day, case code) and roles
	 * (provider id, role, from, until, case code).
	 */
	@Transactional
	public void insertDemo(List<Object[]> cases, List<Object[]> statuses, List<Object[]> roles) {
		this.cases.insertDemo(cases, statuses, roles);
	}

	/** The programmes as choices in the reader's language. */
	public List<Choice> programmes(Locale locale) {
		return this.cases.programmes().stream().map((row) -> {
			Object label = row.get(locale.getLanguage());
			return new Choice((String) row.get("code"), String.valueOf((label != null) ? label : row.get("fr")));
		}).toList();
	}

	/** Whether a programme exists and is in use. */
	public boolean programmeExists(String code) {
		return this.cases.programmeExists(code);
	}

	/**
	 * A new random case code such as {@code CM-7KQ2M9} (the demo passes a seeded one).
	 */
	public static String code(RandomGenerator random) {
		StringBuilder code = new StringBuilder("CM-");
		for (int i = 0; i < 6; i++) {
			code.append(CODE_ALPHABET.charAt(random.nextInt(CODE_ALPHABET.length())));
		}
		return code.toString();
	}

	private static Long userId(CurrentUser user) {
		return (user != null) ? user.id() : null;
	}

	/**
	 * A case with its status history and roles.
	 *
	 * @param careCase the case
	 * @param history its status steps, oldest first
	 * @param roles the providers' roles, ended ones last
	 */
	public record CaseDetails(CareCase careCase, List<StatusChange> history, List<CaseRole> roles) {
	}

}
