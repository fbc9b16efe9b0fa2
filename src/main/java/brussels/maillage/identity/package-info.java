/**
 * Who uses Maillage: accounts, roles, teams and their territories, login, personal access
 * tokens and the audit log.
 */
@ApplicationModule(displayName = "Identity", allowedDependencies = "system")
package brussels.maillage.identity;

import org.springframework.modulith.ApplicationModule;
