/**
 * The yearly action plans of each bassin, the region and the palliative platform:
 * strategic and operational objectives, actions, deliverables and their import and
 * export.
 */
@ApplicationModule(displayName = "Plans", allowedDependencies = { "system", "identity", "indicators", "governance" })
package brussels.maillage.plans;

import org.springframework.modulith.ApplicationModule;
