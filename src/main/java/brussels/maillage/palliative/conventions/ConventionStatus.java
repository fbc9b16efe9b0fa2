package brussels.maillage.palliative.conventions;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a convention stands: identified → presented → sent → signed (active) → renewal
 * due | superseded | ended, or declined before signing.
 */
enum ConventionStatus {

	IDENTIFIED, PRESENTED, SENT, SIGNED, RENEWAL_DUE, SUPERSEDED, ENDED, DECLINED;

	/** The statuses a convention in this one may move to. */
	public Set<ConventionStatus> next() {
		return switch (this) {
			case IDENTIFIED -> EnumSet.of(PRESENTED, SENT, DECLINED);
			case PRESENTED -> EnumSet.of(SENT, SIGNED, DECLINED);
			case SENT -> EnumSet.of(SIGNED, DECLINED);
			case SIGNED -> EnumSet.of(RENEWAL_DUE, SUPERSEDED, ENDED);
			case RENEWAL_DUE -> EnumSet.of(SIGNED, SUPERSEDED, ENDED);
			case SUPERSEDED, ENDED, DECLINED -> EnumSet.noneOf(ConventionStatus.class);
		};
	}

	/** Whether the convention is in force. */
	public boolean active() {
		return this == SIGNED || this == RENEWAL_DUE;
	}

}
