package brussels.maillage.care.tariffs;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The tariff of a unit of a service type over a period: a prestation takes the tariff
 * valid on its day and keeps it.
 *
 * @param id tariff id
 * @param serviceType the service type
 * @param validFrom first day of validity
 * @param validTo last day of validity, or {@code null} (until further notice)
 * @param amount euros a unit
 */
record Tariff(long id, ServiceType serviceType, LocalDate validFrom, LocalDate validTo, BigDecimal amount) {

	/** Whether this tariff's period and {@code from}–{@code to} share a day. */
	public boolean overlaps(LocalDate from, LocalDate to) {
		return (this.validTo == null || !this.validTo.isBefore(from)) && (to == null || !to.isBefore(this.validFrom));
	}

}
