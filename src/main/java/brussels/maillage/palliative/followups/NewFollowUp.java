package brussels.maillage.palliative.followups;

import java.time.LocalDate;

/**
 * A follow-up to open, checked.
 *
 * @param kind individual, team or group
 * @param personCategory who is followed
 * @param setting where
 * @param bassin the bassin
 * @param referringTeam the referring team's code, or {@code null}
 * @param reason the reason of a team follow-up, or {@code null}
 * @param participants people reached by a team or group follow-up, or {@code null}
 * @param psychologistId the psychologist, or {@code null}
 * @param referredOn the day it was referred
 */
record NewFollowUp(FollowUpKind kind, PersonCategory personCategory, CareSetting setting, String bassin,
		String referringTeam, ReasonCategory reason, Integer participants, Long psychologistId, LocalDate referredOn) {
}
