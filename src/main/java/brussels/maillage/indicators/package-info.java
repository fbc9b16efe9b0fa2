/**
 * Metrics measured from the platform's own records, indicators computed from them
 * (numerator ÷ denominator × factor), manual values with their reason, printed forms of
 * figures, and imported "cold data" (population and other figures per commune or bassin).
 */
@ApplicationModule(displayName = "Indicators", allowedDependencies = { "system", "identity", "territory", "events",
		"helpdesk", "governance", "prevention", "palliative", "care", "focus" })
package brussels.maillage.indicators;

import org.springframework.modulith.ApplicationModule;
