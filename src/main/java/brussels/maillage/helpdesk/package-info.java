/**
 * The helpdesk: orientation lines for professionals facing complex situations, their
 * permanences, the request record, the respondent's guide, e-mail intake and monitoring.
 * This package holds its API ({@link brussels.maillage.helpdesk.HelpdeskService} and the
 * records it takes and returns); each sub-feature has a sub-package.
 */
@ApplicationModule(displayName = "Helpdesk", allowedDependencies = { "system", "identity", "territory", "directory" })
package brussels.maillage.helpdesk;

import org.springframework.modulith.ApplicationModule;
