package brussels.maillage.prevention.programmes;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import brussels.maillage.identity.AuditLog;
import brussels.maillage.prevention.programmes.ProgrammeActivity;
import brussels.maillage.prevention.programmes.SubjectKind;
import brussels.maillage.prevention.programmes.ProgrammeSubjects.Subject;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The tags of the programmes: which events, helpdesk requests, Focus repertoires and
 * directory themes each programme counts, within its territories and dates.
 */
@Service
@Transactional(readOnly = true)
class ProgrammeTagging {

	private final ProgrammeTagRepository repository;

	private final AuditLog audit;

	ProgrammeTagging(ProgrammeTagRepository repository, AuditLog audit) {
		this.repository = repository;
		this.audit = audit;
	}

	/** The subjects a programme tags, by kind and newest day first. */
	public List<ProgrammeTag> tags(UUID programmeId) {
		return this.repository.of(programmeId);
	}

	/** The counts of a year, as {@link ProgrammeActivity#counts(int)} describes them. */
	public List<ProgrammeActivity.Count> counts(int year) {
		return this.repository.counts(year);
	}

	/**
	 * Tags {@code subject} with the programme, unless a rule refuses it.
	 * @return the message key of the refusal, or empty when tagged
	 */
	@Transactional
	Optional<String> tag(Programme programme, Subject subject, String by) {
		Optional<String> problem = problem(programme, subject);
		if (problem.isEmpty() && this.repository.exists(programme.id(), subject.kind(), subject.id())) {
			problem = Optional.of("programme.tag.already");
		}
		if (problem.isPresent()) {
			return problem;
		}
		this.repository.insert(new ProgrammeTag(programme.id(), subject.kind(), subject.id(), subject.label(),
				subject.territory(), subject.day(), by, null));
		this.audit.record("programme.tagged", "programme", programme.id(),
				AuditLog.details("programme-subject", subject.kind(), subject.id()));
		return Optional.empty();
	}

	/** Removes a tag; whether there was one. */
	@Transactional
	boolean untag(UUID programmeId, SubjectKind kind, String subjectId) {
		boolean removed = this.repository.delete(programmeId, kind, subjectId) > 0;
		if (removed) {
			this.audit.record("programme.untagged", "programme", programmeId,
					AuditLog.details("programme-subject", kind, subjectId));
		}
		return removed;
	}

	/**
	 * Why a programme cannot tag a subject: a bassin where it does not run (regional
	 * subjects serve every bassin), or a day outside its dates.
	 */
	static Optional<String> problem(Programme programme, Subject subject) {
		if (!programme.territories().contains("REGION") && !"REGION".equals(subject.territory())
				&& !programme.territories().contains(subject.territory())) {
			return Optional.of("programme.tag.outside");
		}
		if (subject.day() != null && subject.day().isBefore(programme.startsOn())) {
			return Optional.of("programme.tag.beforeStart");
		}
		if (subject.day() != null && programme.endsOn() != null && subject.day().isAfter(programme.endsOn())) {
			return Optional.of("programme.tag.afterEnd");
		}
		return Optional.empty();
	}

}
