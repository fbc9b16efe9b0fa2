package brussels.maillage.care.statements;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A provider's statement for a month or a quarter.
 *
 * @param id statement id
 * @param providerId the provider
 * @param providerName the provider's name
 * @param periodKind month or quarter
 * @param periodStart first day
 * @param periodEnd last day
 * @param status where it stands
 * @param total sum of its lines
 * @param sentOn when it was sent, or {@code null}
 * @param approvedOn when it was approved, or {@code null}
 * @param paidOn when it was paid, or {@code null}
 * @param paymentReference the bank's reference of the payment, or {@code null}
 */
public record Statement(long id, long providerId, String providerName, PeriodKind periodKind, LocalDate periodStart,
		LocalDate periodEnd, StatementStatus status, BigDecimal total, LocalDate sentOn, LocalDate approvedOn,
		LocalDate paidOn, String paymentReference) {

	/** The statement's number, as printed and in the payment list. */
	public String number() {
		return "P3-" + this.periodStart.getYear() + "-" + this.id;
	}

}
