package brussels.maillage.territory;

import java.util.Locale;

/**
 * How sure the assignment of an area to a bassin is: stated by the bassin itself, deduced
 * with a reason, or not known (the area then belongs to the region level).
 */
public enum AssignmentStatus {

	VERIFIED, INFERRED, UNRESOLVED;

	/** The value stored in the database and used in the reference files. */
	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** The status of a value stored in the database or in the reference files. */
	public static AssignmentStatus of(String code) {
		return (code != null) ? valueOf(code.strip().toUpperCase(Locale.ROOT)) : null;
	}

	/** The less certain of two statuses. */
	AssignmentStatus weakest(AssignmentStatus other) {
		return (other == null || ordinal() >= other.ordinal()) ? this : other;
	}

	/** The certainty of a placement that rests on an assignment with this status. */
	Certainty certainty() {
		return switch (this) {
			case VERIFIED -> Certainty.EXACT;
			case INFERRED -> Certainty.INFERRED;
			case UNRESOLVED -> Certainty.UNRESOLVED;
		};
	}

}
