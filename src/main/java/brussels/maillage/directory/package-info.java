/**
 * The directory of social and health services: organisations, services, places, themes,
 * bilingual search ranked by stepped care, and the Open Referral HSDS 3.1 API.
 */
@ApplicationModule(displayName = "Directory",
		allowedDependencies = { "system", "system :: forms", "identity", "territory" })
package brussels.maillage.directory;

import org.springframework.modulith.ApplicationModule;
