/**
 * The helpdesk: orientation lines for professionals facing complex situations, their
 * permanences, the request record, the respondent's guide, e-mail intake and monitoring.
 */
@ApplicationModule(displayName = "Helpdesk", allowedDependencies = { "system", "identity", "territory", "directory" })
package brussels.maillage.helpdesk;

import org.springframework.modulith.ApplicationModule;
