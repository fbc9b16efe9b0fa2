package brussels.maillage.palliative.conventions;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A convention to record, as typed.
 *
 * @param organization the nursing home (directory organisation id)
 * @param institutionKind MR, MRS or both
 * @param templateVersion the template and its version, for example {@code 2024-1}
 * @param identifiedOn the day it was identified
 */
record ConventionForm(@NotBlank @Size(max = 36) String organization, @NotBlank String institutionKind,
		@NotBlank @Size(max = 16) String templateVersion, @NotBlank @Size(max = 10) String identifiedOn) {
}
