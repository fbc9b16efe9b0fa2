package brussels.maillage.palliative.volunteers;

import java.time.LocalDate;

/**
 * A volunteer candidate as the team sees it; the contact fields are null once erased.
 *
 * @param id internal id
 * @param fullName the name, until erased
 * @param email the e-mail address, if given and not erased
 * @param phone the phone number, if given and not erased
 * @param language preferred language
 * @param source how they heard of the platform
 * @param appliedOn day of the application
 * @param decidedOn day of the decision (the interview), if any
 * @param erasedOn day the contact details were erased, if so
 * @param heldOn day of the interview, if any
 * @param interviewer who held it
 * @param outcome its outcome
 * @param cycleName the training cycle, if enrolled
 * @param cycleYear its year
 * @param trainingStatus where the candidate stands in it
 */
record Candidate(long id, String fullName, String email, String phone, Language language, Source source,
		LocalDate appliedOn, LocalDate decidedOn, LocalDate erasedOn, LocalDate heldOn, String interviewer,
		Outcome outcome, String cycleName, Integer cycleYear, TrainingStatus trainingStatus) {
}
