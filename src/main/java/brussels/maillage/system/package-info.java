/**
 * Shared foundations: the page layout and home page, languages, translatable text, error
 * handling, the embedded database and scheduling.
 */
@ApplicationModule(displayName = "System")
package brussels.maillage.system;

import org.springframework.modulith.ApplicationModule;
