package brussels.maillage.plans.plan;

/**
 * Tells whether a metric code names a metric that can measure a deliverable. The
 * indicators registry answers it once it is wired in.
 */
interface KnownMetrics {

	boolean known(String code);

}
