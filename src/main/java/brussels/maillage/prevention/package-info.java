/**
 * Prevention and publications: the monthly prevention themes and each bassin's page on
 * them, the Rendez-vous de la prévention santé with their anonymous headcounts, the
 * programmes and what they tag (events, helpdesk requests, Focus repertoires, directory
 * themes), and the register of publications.
 */
@ApplicationModule(displayName = "Prevention",
		allowedDependencies = { "system", "identity", "territory", "directory", "events", "helpdesk", "focus" })
package brussels.maillage.prevention;

import org.springframework.modulith.ApplicationModule;
