package brussels.maillage.territory;

import java.time.Instant;

/**
 * One entry of an area's assignment history.
 *
 * @param areaKind {@code submunicipality} or {@code quartier}
 * @param areaCode the area's code
 * @param oldBassin bassin before, or {@code null}
 * @param newBassin bassin after, or {@code null} (region level)
 * @param oldStatus status before, or {@code null} for the first load
 * @param newStatus status after
 * @param reason why, as the person wrote it or the reference data states it
 * @param changedBy e-mail address of who changed it, or {@code reference data}
 * @param changedAt when
 */
public record AssignmentChange(String areaKind, String areaCode, String oldBassin, String newBassin,
		AssignmentStatus oldStatus, AssignmentStatus newStatus, String reason, String changedBy, Instant changedAt) {
}
