package brussels.maillage.plans.editor;

import java.math.BigDecimal;
import java.util.UUID;

import brussels.maillage.plans.plan.Deliverable;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A deliverable as staff type it, kept as typed.
 *
 * @param targetText the target as written in the plan
 * @param targetValue the numeric target, if measurable
 * @param unit its unit
 * @param perBassin whether the target holds for each bassin
 * @param metric code of the metric that measures it
 * @param done whether a narrative deliverable is delivered
 * @param documentUrl link to the document delivered
 */
record DeliverableForm(@NotBlank @Size(max = 1000) String targetText,
		@Pattern(regexp = "|\\s*[0-9]{1,9}([.,][0-9]{1,4})?\\s*") String targetValue, @Size(max = 60) String unit,
		Boolean perBassin, @Size(max = 100) String metric, Boolean done,
		@Size(max = 1000) @Pattern(regexp = "|https?://\\S+") String documentUrl) {

	static final String[] FIELDS = { "targetText", "targetValue", "unit", "perBassin", "metric", "done",
			"documentUrl" };

	static DeliverableForm empty() {
		return new DeliverableForm(null, null, null, false, null, false, null);
	}

	static DeliverableForm of(Deliverable d) {
		return new DeliverableForm(d.targetText(),
				(d.targetValue() != null) ? d.targetValue().stripTrailingZeros().toPlainString() : null, d.unit(),
				d.perBassin(), d.metricCode(), d.done(), d.documentUrl());
	}

	Deliverable deliverable(UUID id) {
		return new Deliverable(id, this.targetText.strip(),
				ActionForm.blank(this.targetValue) ? null
						: new BigDecimal(this.targetValue.strip().replace(',', '.')).stripTrailingZeros(),
				ActionForm.strip(this.unit), Boolean.TRUE.equals(this.perBassin), ActionForm.strip(this.metric),
				Boolean.TRUE.equals(this.done), ActionForm.strip(this.documentUrl));
	}

}
