package brussels.maillage.care.providers;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A field provider paid by the organisation: a directory organisation or a named
 * professional.
 *
 * @param id provider id
 * @param organisationId the directory organisation, or {@code null} for a person
 * @param name the organisation's or the professional's name
 * @param profession profession
 * @param nihii NIHII/RIZIV number, 11 digits
 * @param iban account number (shown in full to the finance team only)
 * @param agreementOn the day the agreement was signed, or {@code null}
 * @param active whether new prestations may be recorded for them
 */
public record Provider(long id, UUID organisationId, String name, Profession profession, String nihii, String iban,
		LocalDate agreementOn, boolean active) {

	/** The IBAN as people outside finance see it: country, check digits and last four. */
	public String maskedIban() {
		return mask(this.iban);
	}

	/** The IBAN in groups of four, as printed on paper. */
	public String printedIban() {
		return this.iban.replaceAll("(.{4})(?!$)", "$1 ");
	}

	/** {@code iban} with all but its first four and last four characters hidden. */
	public static String mask(String iban) {
		if (iban == null || iban.length() < 8) {
			return "••••";
		}
		return iban.substring(0, 4) + " •••• •••• " + iban.substring(iban.length() - 4);
	}

}
