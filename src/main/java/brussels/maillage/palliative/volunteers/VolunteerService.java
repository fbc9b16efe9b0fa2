package brussels.maillage.palliative.volunteers;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import brussels.maillage.identity.Accounts;
import brussels.maillage.identity.AuditLog;
import brussels.maillage.identity.TerritoryScope;
import brussels.maillage.palliative.followups.Choice;
import brussels.maillage.system.forms.Refused;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Volunteer candidates: contact details, the motivational interview (outcome only), the
 * training cycle; the year's figures; and the job that erases contact details a set time
 * after the decision while keeping the anonymised rows that the counts read.
 */
@Service
@Transactional(readOnly = true)
public class VolunteerService {

	private final VolunteerRepository volunteers;

	private final Accounts accounts;

	private final AuditLog audit;

	private final Clock clock;

	private final Period retention;

	private final VolunteerActivities activities;

	VolunteerService(VolunteerRepository volunteers, Accounts accounts, AuditLog audit, Clock clock,
			@Value("${maillage.palliative.volunteer-retention:P6M}") String retention, VolunteerActivities activities) {
		this.activities = activities;
		this.volunteers = volunteers;
		this.accounts = accounts;
		this.audit = audit;
		this.clock = clock;
		this.retention = Period.parse(retention);
	}

	/** Today in Brussels. */
	public LocalDate today() {
		return LocalDate.now(this.clock);
	}

	/** How long contact details are kept after the decision. */
	public Period retention() {
		return this.retention;
	}

	@Transactional
	long add(String name, String email, String phone, Language language, Source source, LocalDate appliedOn) {
		long id = this.volunteers.insert(name, email, phone, language, source, appliedOn);
		this.audit.record("palliative.volunteer.added", "palliative_volunteer_candidate", id, source.name());
		return id;
	}

	/** Every candidate, the latest first; opening the list is logged. */
	@Transactional
	List<Candidate> list() {
		List<Candidate> all = named(this.volunteers.all());
		this.audit.record("palliative.volunteers.listed", "palliative_volunteer_candidate", null,
				AuditLog.details("count", all.size()));
		return all;
	}

	/** One candidate; opening it is logged. */
	@Transactional
	Optional<Candidate> open(long id) {
		Optional<Candidate> candidate = this.volunteers.find(id).map((found) -> named(List.of(found)).get(0));
		candidate.ifPresent((found) -> this.audit.record("palliative.volunteer.viewed",
				"palliative_volunteer_candidate", id, null));
		return candidate;
	}

	/**
	 * Records the interview, which is the decision.
	 * @throws Refused when the candidate already had one, or it predates the application
	 */
	@Transactional
	void interview(long id, LocalDate heldOn, long interviewer, Outcome outcome) {
		Candidate candidate = this.volunteers.find(id).orElseThrow();
		if (candidate.outcome() != null) {
			throw new Refused("outcome", "palliative.volunteer.interview.already");
		}
		if (heldOn.isBefore(candidate.appliedOn())) {
			throw new Refused("heldOn", "palliative.volunteer.interview.beforeApplication");
		}
		this.volunteers.interview(id, heldOn, interviewer, outcome);
		this.audit.record("palliative.volunteer.interviewed", "palliative_volunteer_candidate", id, outcome.name());
	}

	/**
	 * Enrols an admitted candidate in a training cycle, or records how it ended. In a
	 * cycle created as a training of the events module, the days attended are checked
	 * against its days, and "trained" needs the days of the completion rule.
	 * @throws Refused when the candidate was not admitted, or the days break the cycle's
	 * rule
	 */
	@Transactional
	public void training(long id, String cycleName, int cycleYear, TrainingStatus status, Integer daysAttended) {
		Candidate candidate = this.volunteers.find(id).orElseThrow();
		if (candidate.outcome() != Outcome.ADMITTED) {
			throw new Refused("cycleName", "palliative.volunteer.training.notAdmitted");
		}
		Cycle cycle = this.activities.cycle(cycleName, cycleYear).orElse(null);
		if (cycle != null && daysAttended != null && daysAttended > cycle.sessions()) {
			throw new Refused("daysAttended", "palliative.volunteer.days.tooMany");
		}
		if (cycle != null && status == TrainingStatus.TRAINED
				&& (daysAttended == null || daysAttended < cycle.required())) {
			throw new Refused("daysAttended", "palliative.volunteer.days.belowRule");
		}
		this.volunteers.training(id, cycleName, cycleYear, status, (cycle != null) ? cycle.id() : null, daysAttended);
		this.audit.record("palliative.volunteer.training", "palliative_volunteer_candidate", id, status.name());
	}

	/** The year's interviews, admissions and trained volunteers. */
	public YearFigures figures(int year) {
		return this.volunteers.figures(year);
	}

	/** The staff accounts of the team, as choices of interviewer. */
	List<Choice> interviewers() {
		return this.accounts.staffOf(TerritoryScope.PALLIATIVE)
			.stream()
			.map((member) -> new Choice(String.valueOf(member.id()), member.displayName()))
			.toList();
	}

	/**
	 * The candidates with their interviewer's name (the row holds the account's id; the
	 * names belong to the identity module).
	 */
	private List<Candidate> named(List<Candidate> candidates) {
		Map<Long, String> names = this.accounts.displayNames(candidates.stream()
			.map(Candidate::interviewer)
			.filter(java.util.Objects::nonNull)
			.map(Long::valueOf)
			.collect(java.util.stream.Collectors.toSet()));
		return candidates.stream()
			.map((c) -> (c.interviewer() == null) ? c
					: new Candidate(c.id(), c.fullName(), c.email(), c.phone(), c.language(), c.source(), c.appliedOn(),
							c.decidedOn(), c.erasedOn(), c.heldOn(), names.get(Long.valueOf(c.interviewer())),
							c.outcome(), c.cycleName(), c.cycleYear(), c.trainingStatus()))
			.toList();
	}

	/**
	 * Erases the contact details of every candidate decided more than the retention ago;
	 * the rows, their interview and training stay, anonymised. Runs every night, on one
	 * instance at a time (the scheduler lock cannot hand back a result, hence no count
	 * returned: it is in the audit log).
	 */
	@Scheduled(cron = "${maillage.palliative.volunteer-erasure-cron:0 25 3 * * *}", zone = "Europe/Brussels")
	@SchedulerLock(name = "palliative.volunteers.erase-contacts", lockAtMostFor = "PT30M")
	@Transactional
	public void eraseExpiredContacts() {
		LocalDate today = today();
		int erased = this.volunteers.erase(today.minus(this.retention), today);
		if (erased > 0) {
			this.audit.record("palliative.volunteers.erased", "palliative_volunteer_candidate", null,
					AuditLog.details("count", erased));
		}
	}

}
