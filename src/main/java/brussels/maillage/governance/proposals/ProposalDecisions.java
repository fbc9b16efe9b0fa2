package brussels.maillage.governance.proposals;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The council decisions that concern a proposal, for its public trace. Implemented by the
 * decisions register.
 */
public interface ProposalDecisions {

	/** The decisions concerning {@code proposalId}, oldest first. */
	List<Step> decisionsOn(UUID proposalId);

	/**
	 * One decision on the trace.
	 *
	 * @param councilCode the council's code, for the link to its register
	 * @param day the day of the meeting where it was taken
	 * @param textFr French text, or {@code null}
	 * @param textNl Dutch text, or {@code null}
	 * @param method how it was taken ({@code CONSENSUS}, {@code VOTE},
	 * {@code NONE_RECORDED})
	 */
	record Step(String councilCode, LocalDate day, String textFr, String textNl, String method) {

		public String text(String language) {
			return ("nl".equals(language) && this.textNl != null) || this.textFr == null ? this.textNl : this.textFr;
		}

		public String textLanguage(String language) {
			return (text(language) == this.textNl) ? "nl" : "fr";
		}

	}

}
