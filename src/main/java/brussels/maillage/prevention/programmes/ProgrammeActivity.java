package brussels.maillage.prevention.programmes;

import java.util.List;
import java.util.UUID;

import brussels.maillage.prevention.programmes.ProgrammeTagging;
import brussels.maillage.system.LocalizedText;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The activity of each programme as its tags count it, for the plans and indicators: per
 * programme, territory and kind, how many events, helpdesk requests, Focus repertoires
 * and directory themes the programme tagged for a year.
 */
@Service
@Transactional(readOnly = true)
class ProgrammeActivity {

	private final ProgrammeTagging tagging;

	ProgrammeActivity(ProgrammeTagging tagging) {
		this.tagging = tagging;
	}

	/**
	 * The counts of {@code year}: an event counts in the year of its first day, a request
	 * in the year it came in, a repertoire in the year it was published (or written), a
	 * directory theme in every year its programme runs. Only non-zero counts, by
	 * programme code, territory and kind.
	 */
	public List<Count> counts(int year) {
		return this.tagging.counts(year);
	}

	/**
	 * How many subjects of one kind a programme tagged in one territory.
	 *
	 * @param programmeId the programme
	 * @param programmeCode its code, for example {@code perinatality}
	 * @param programmeName its name in fr, nl, en
	 * @param territory {@code REGION} or a bassin code, as the subject gave it
	 * @param kind what was counted
	 * @param count how many
	 */
	public record Count(UUID programmeId, String programmeCode, LocalizedText programmeName, String territory,
			SubjectKind kind, long count) {
	}

}
