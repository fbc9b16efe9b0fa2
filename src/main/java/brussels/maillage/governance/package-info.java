/**
 * The participative bodies: the 5 bassin action councils and the regional council,
 * working groups, the series of change workshops and thematic consultations, their yearly
 * memberships, meetings (on events), syntheses and proposals.
 */
@ApplicationModule(displayName = "Governance",
		allowedDependencies = { "system", "system :: forms", "identity", "territory", "directory", "events" })
package brussels.maillage.governance;

import org.springframework.modulith.ApplicationModule;
