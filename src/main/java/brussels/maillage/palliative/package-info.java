/**
 * The Brussels palliative-care platform: psychological follow-ups and their visits,
 * conventions with nursing homes and the year's figures, private by design (random codes
 * and coarse categories, records seen by the palliative team only, counts through the
 * disclosure control for anyone else).
 */
@ApplicationModule(displayName = "Palliative",
		allowedDependencies = { "system", "system :: forms", "identity", "territory", "directory", "events" })
package brussels.maillage.palliative;

import org.springframework.modulith.ApplicationModule;
