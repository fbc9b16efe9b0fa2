package brussels.maillage.plans.report;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * A correction of one value of an approved report, shown with it.
 *
 * @param id erratum id
 * @param year the report's year
 * @param valueKey the value corrected ({@link ReportContent.Value#key()})
 * @param oldValue the value before (the snapshot's, or the previous erratum's), or
 * {@code null} for no data
 * @param newValue the corrected value
 * @param reason why, required
 * @param madeAt when
 * @param madeBy who
 */
record Erratum(UUID id, int year, String valueKey, BigDecimal oldValue, BigDecimal newValue, String reason,
		Instant madeAt, String madeBy) {
}
