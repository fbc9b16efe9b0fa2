package brussels.maillage.prevention.programmes;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import brussels.maillage.prevention.programmes.SubjectKind;
import brussels.maillage.system.LocalizedText;

/**
 * A subject a programme tagged, with what it was when tagged.
 *
 * @param programmeId the programme
 * @param kind what the subject is
 * @param subjectId its id in its module (a UUID, a request number or a theme code)
 * @param label its title when tagged (empty for a helpdesk request)
 * @param territory {@code REGION} or a bassin code
 * @param day its day (first day of an event, day a request came in, publication of a
 * repertoire), or {@code null} for a directory theme
 * @param taggedBy who tagged it
 * @param taggedAt when
 */
record ProgrammeTag(UUID programmeId, SubjectKind kind, String subjectId, LocalizedText label, String territory,
		LocalDate day, String taggedBy, Instant taggedAt) {
}
