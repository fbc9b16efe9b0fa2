/**
 * The Brussels territory: region, bassins, quartiers, communes, sub-municipalities and
 * statistical sectors, their assignments, and the placement of addresses and points.
 */
@ApplicationModule(displayName = "Territory", allowedDependencies = { "system", "identity" })
package brussels.maillage.territory;

import org.springframework.modulith.ApplicationModule;
