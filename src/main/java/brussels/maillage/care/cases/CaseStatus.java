package brussels.maillage.care.cases;

import java.util.EnumSet;
import java.util.Set;

/** Where a case stands: referred → active → closed, or cancelled. */
public enum CaseStatus {

	REFERRED, ACTIVE, CLOSED, CANCELLED;

	/** The statuses a case in this one may move to. */
	public Set<CaseStatus> next() {
		return switch (this) {
			case REFERRED -> EnumSet.of(ACTIVE, CANCELLED);
			case ACTIVE -> EnumSet.of(CLOSED, CANCELLED);
			case CLOSED, CANCELLED -> EnumSet.noneOf(CaseStatus.class);
		};
	}

}
