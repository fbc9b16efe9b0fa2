/**
 * Events that meet people: information sessions on request, webinars, trainings and
 * cycles, forums, workshops, consultations, open-doors weeks and communities of practice;
 * public agenda, registration without an account, attendance, calendar feeds and figures.
 */
@ApplicationModule(displayName = "Events",
		allowedDependencies = { "system", "system :: forms", "identity", "territory", "directory" })
package brussels.maillage.events;

import org.springframework.modulith.ApplicationModule;
