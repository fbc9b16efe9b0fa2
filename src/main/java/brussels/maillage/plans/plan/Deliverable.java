package brussels.maillage.plans.plan;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * What an action delivers. The target as written is kept verbatim (it is printed so in
 * the annual report); where it is measurable, a numeric target with its unit and the code
 * of the metric that measures it. A narrative deliverable ("1 feuille de route") is
 * ticked with a link to its document.
 *
 * @param id deliverable id
 * @param targetText the target as written
 * @param targetValue numeric target, or {@code null}
 * @param unit unit of the numeric target, or {@code null}
 * @param perBassin whether the target holds for each bassin
 * @param metricCode code of the metric that measures it, or {@code null}
 * @param done whether a narrative deliverable is delivered
 * @param documentUrl link to the document delivered, or {@code null}
 */
public record Deliverable(UUID id, String targetText, BigDecimal targetValue, String unit, boolean perBassin,
		String metricCode, boolean done, String documentUrl) {
}
