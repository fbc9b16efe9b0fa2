package brussels.maillage.care.tariffs;

import java.math.BigDecimal;
import java.time.LocalDate;

import brussels.maillage.care.forms.CareInput;
import brussels.maillage.system.Formats;

import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

/**
 * The rules of the tariff form beyond its annotations (a new tariff's type, days from the
 * year 2000 in order, the amount in euros), and an overlap with another tariff the
 * service found, written with its dates in the reader's language; each problem next to
 * its field.
 */
@Component
class TariffChecks {

	private final Formats formats;

	TariffChecks(Formats formats) {
		this.formats = formats;
	}

	/** A new tariff's checked values, or {@code null} when a field is refused. */
	Checked added(TariffForm form, Errors errors) {
		if (!errors.hasFieldErrors("serviceType") && CareInput.blankToNull(form.serviceType()) == null) {
			errors.rejectValue("serviceType", "care.form.choice");
		}
		return changed(form, errors);
	}

	/** A changed tariff's checked values, or {@code null} when a field is refused. */
	Checked changed(TariffForm form, Errors errors) {
		LocalDate from = CareInput.day(form.validFrom(), "validFrom", errors, null);
		LocalDate to = CareInput.day(form.validTo(), "validTo", errors, null);
		if (from != null && to != null && to.isBefore(from)) {
			errors.rejectValue("validTo", "care.tariff.validTo.beforeFrom");
		}
		BigDecimal amount = amount(form.amount(), errors);
		return errors.hasErrors() ? null : new Checked(from, to, amount);
	}

	/** The other tariff of the same type whose period the typed one overlaps. */
	void overlap(TariffOverlaps overlaps, Errors errors) {
		Tariff other = overlaps.other();
		if (other == null) {
			errors.rejectValue("validFrom", "care.tariff.overlap.unknown");
		}
		else if (other.validTo() == null) {
			errors.rejectValue("validFrom", "care.tariff.overlap.open",
					new Object[] { this.formats.date(other.validFrom()) }, null);
		}
		else {
			errors.rejectValue("validFrom", "care.tariff.overlap",
					new Object[] { this.formats.date(other.validFrom()), this.formats.date(other.validTo()) }, null);
		}
	}

	/** The amount typed, in euros with at most two decimals, else a message. */
	static BigDecimal amount(String typed, Errors errors) {
		if (errors.hasFieldErrors("amount")) {
			return null;
		}
		String value = typed.strip().replace(" ", "").replace("\u00a0", "").replace("€", "").replace(',', '.');
		if (!value.matches("-?\\d{1,8}(\\.\\d{1,})?")) {
			errors.rejectValue("amount", "care.tariff.amount.invalid");
			return null;
		}
		BigDecimal amount = new BigDecimal(value);
		if (amount.signum() <= 0) {
			errors.rejectValue("amount", "care.tariff.amount.positive");
			return null;
		}
		if (amount.stripTrailingZeros().scale() > 2) {
			errors.rejectValue("amount", "care.tariff.amount.cents");
			return null;
		}
		return amount.setScale(2);
	}

	/**
	 * A tariff's checked values.
	 *
	 * @param from first day
	 * @param to last day, or {@code null}
	 * @param amount euros a unit
	 */
	record Checked(LocalDate from, LocalDate to, BigDecimal amount) {
	}

}
