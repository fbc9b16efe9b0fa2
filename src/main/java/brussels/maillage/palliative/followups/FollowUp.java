package brussels.maillage.palliative.followups;

import java.time.LocalDate;

/**
 * A psychological follow-up as stored: a random code and categories, no name, no note.
 *
 * @param id internal id (in addresses; the code never is)
 * @param code random non-sequential code, for example {@code PSY-7KQ2M9}
 * @param kind individual, team or group
 * @param personCategory who is followed, as a category
 * @param setting where the person is cared for
 * @param bassin the bassin
 * @param referringTeam code of the second-line team that referred, or {@code null}
 * @param reason reason category of a team follow-up, or {@code null}
 * @param participants how many people a team or group follow-up reaches, or {@code null}
 * @param psychologistId the psychologist, or {@code null}
 * @param status where it stands
 * @param referredOn the day it was referred (opened)
 * @param startedOn the first day it was active, or {@code null}
 * @param endedOn the day it was closed or cancelled, or {@code null}
 */
record FollowUp(long id, String code, FollowUpKind kind, PersonCategory personCategory, CareSetting setting,
		String bassin, String referringTeam, ReasonCategory reason, Integer participants, Long psychologistId,
		FollowUpStatus status, LocalDate referredOn, LocalDate startedOn, LocalDate endedOn) {
}
