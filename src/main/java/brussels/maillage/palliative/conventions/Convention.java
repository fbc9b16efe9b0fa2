package brussels.maillage.palliative.conventions;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A convention with a nursing home.
 *
 * @param id convention id
 * @param organizationId the institution in the directory
 * @param institutionName its name when the convention was recorded
 * @param institutionKind MR, MRS or both
 * @param bassin the bassin of its address, or {@code null} when the address does not
 * determine one
 * @param templateVersion the convention template and version
 * @param status where it stands
 * @param identifiedOn day identified
 * @param presentedOn day presented, or {@code null}
 * @param sentOn day sent, or {@code null}
 * @param signedOn day signed, or {@code null}
 * @param endedOn day ended, superseded or declined, or {@code null}
 * @param validUntil end of validity, or {@code null}
 * @param signatories who signed
 * @param pdfName name of the signed PDF, or {@code null}
 */
record Convention(long id, UUID organizationId, String institutionName, String institutionKind, String bassin,
		String templateVersion, ConventionStatus status, LocalDate identifiedOn, LocalDate presentedOn,
		LocalDate sentOn, LocalDate signedOn, LocalDate endedOn, LocalDate validUntil, String signatories,
		String pdfName) {
}
