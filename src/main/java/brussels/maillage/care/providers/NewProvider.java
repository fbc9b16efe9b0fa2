package brussels.maillage.care.providers;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A provider as checked from the form.
 *
 * @param organisationId directory organisation, or {@code null}
 * @param name name
 * @param profession profession
 * @param nihii 11 digits
 * @param iban IBAN without spaces, upper case
 * @param agreementOn agreement day, or {@code null}
 * @param active whether active
 */
public record NewProvider(UUID organisationId, String name, Profession profession, String nihii, String iban,
		LocalDate agreementOn, boolean active) {
}
