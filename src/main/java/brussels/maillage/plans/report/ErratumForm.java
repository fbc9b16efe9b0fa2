package brussels.maillage.plans.report;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A correction of an approved report's value.
 *
 * @param valueKey the value corrected
 * @param value the corrected value, a number ({@code 12} or {@code 12,5})
 * @param reason why, required
 */
record ErratumForm(@NotBlank @Size(max = 600) String valueKey,
		@NotBlank @Pattern(regexp = "|\\s*-?\\d{1,12}([.,]\\d{1,4})?\\s*") String value,
		@NotBlank @Size(max = 2000) String reason) {

	static final String[] FIELDS = { "valueKey", "value", "reason" };

	static ErratumForm empty() {
		return new ErratumForm(null, null, null);
	}

	java.math.BigDecimal number() {
		return new java.math.BigDecimal(this.value.strip().replace(',', '.'));
	}

}
