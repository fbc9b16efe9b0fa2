package brussels.maillage.directory.cadastres;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A telephone orientation or listening line for professionals, with how far its mapping
 * went.
 *
 * @param id line id
 * @param name its name
 * @param organizationId the directory organisation running it, or {@code null}
 * @param organizationName that organisation's name, or {@code null}
 * @param phone its number, or {@code null}
 * @param listedOn when it was listed
 * @param metOn when its team was met, or {@code null}
 * @param agreedOn when a collaboration was agreed, or {@code null}
 */
record OrientationLine(UUID id, String name, UUID organizationId, String organizationName, String phone,
		LocalDate listedOn, LocalDate metOn, LocalDate agreedOn) {

	/** Where its mapping stands. */
	public Status status() {
		return (this.agreedOn != null) ? Status.AGREED : (this.metOn != null) ? Status.MET : Status.LISTED;
	}

	/** The steps of the mapping. */
	public enum Status {

		LISTED, MET, AGREED

	}

}
