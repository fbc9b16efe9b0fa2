/**
 * The yearly action plans of each bassin, the region and the palliative platform:
 * strategic and operational objectives, actions, deliverables and their import and
 * export, and the dashboards of the councils and of the palliative platform.
 */
@ApplicationModule(displayName = "Plans",
		allowedDependencies = { "system", "identity", "indicators", "governance", "territory", "directory" })
package brussels.maillage.plans;

import org.springframework.modulith.ApplicationModule;
