/**
 * Focus thematic repertoires: editors gather directory services into sections ordered by
 * stepped care or by question, in French and Dutch, and publish them as a public page and
 * a printable brochure (PDF); closed or stale services are flagged. A repertoire can be
 * linked to an event of the agenda (its Focus live webinar), and list trainings of the
 * directory's cadastre.
 */
@ApplicationModule(displayName = "Focus",
		allowedDependencies = { "system", "identity", "territory", "directory", "directory :: cadastres", "events" })
package brussels.maillage.focus;

import org.springframework.modulith.ApplicationModule;
