/**
 * Focus thematic repertoires: editors gather directory services into sections ordered by
 * stepped care or by question, in French and Dutch, and publish them as a public page and
 * a printable brochure (PDF); closed or stale services are flagged.
 */
@ApplicationModule(displayName = "Focus", allowedDependencies = { "system", "identity", "territory", "directory" })
package brussels.maillage.focus;

import org.springframework.modulith.ApplicationModule;
