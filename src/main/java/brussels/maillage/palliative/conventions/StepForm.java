package brussels.maillage.palliative.conventions;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A step of a convention, as typed (the signed PDF comes beside it).
 *
 * @param status the status reached
 * @param stepOn the day
 * @param signatories who signed (at signing)
 * @param validUntil the end of validity, if any (at signing)
 */
record StepForm(@NotBlank String status, @NotBlank @Size(max = 10) String stepOn, @Size(max = 300) String signatories,
		@Size(max = 10) String validUntil) {
}
