/**
 * Prevention and publications: the monthly prevention themes and each bassin's page on
 * them, the Rendez-vous de la prévention santé with their anonymous headcounts, the
 * programmes and the register of publications.
 */
@ApplicationModule(displayName = "Prevention",
		allowedDependencies = { "system", "identity", "territory", "directory", "events" })
package brussels.maillage.prevention;

import org.springframework.modulith.ApplicationModule;
