/**
 * Who uses Maillage: accounts, roles, teams and their territories, login, personal access
 * tokens and the audit log. This package holds its API ({@link Accounts},
 * {@link AuditLog}, {@link CurrentUser} and the records and enums they take and return,
 * and {@link PublicApi}); each sub-feature has a sub-package.
 */
@ApplicationModule(displayName = "Identity", allowedDependencies = "system")
package brussels.maillage.identity;

import org.springframework.modulith.ApplicationModule;
