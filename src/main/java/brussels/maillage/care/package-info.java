/**
 * Case management ("Protocole 3"): cases under random codes with the providers working on
 * them, prestations at the tariff of their day, providers' statements and payments, and
 * the year's figures, private by design (codes and coarse categories, records seen by the
 * care-coordination team only, counts through the disclosure control for anyone else).
 */
@ApplicationModule(displayName = "Care",
		allowedDependencies = { "system", "system :: forms", "identity", "territory", "directory", "events" })
package brussels.maillage.care;

import org.springframework.modulith.ApplicationModule;
