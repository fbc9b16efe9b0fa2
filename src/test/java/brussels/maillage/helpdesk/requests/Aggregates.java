package brussels.maillage.helpdesk.requests;

import org.springframework.context.ApplicationContext;

/**
 * The helpdesk's daily aggregates for the benchmarks of other packages, which load
 * requests in bulk with SQL and then recount them (the requests' own tests inject
 * {@link StatisticsAggregateRepository}).
 */
public final class Aggregates {

	private Aggregates() {
	}

	/** Recounts the aggregates from the requests; each instance reloads its copy. */
	public static void rebuild(ApplicationContext context) {
		context.getBean(StatisticsAggregateRepository.class).rebuild();
	}

}
