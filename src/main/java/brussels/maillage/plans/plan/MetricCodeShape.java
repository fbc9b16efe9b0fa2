package brussels.maillage.plans.plan;

import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

/**
 * Transitional {@link KnownMetrics}: accepts any code of the form
 * {@code [a-z][a-z0-9_.-]*} ({@code helpdesk.requests}) until the indicators registry
 * replaces it and knows which metrics exist.
 */
@Component
class MetricCodeShape implements KnownMetrics {

	private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9_.-]*");

	@Override
	public boolean known(String code) {
		return code != null && CODE.matcher(code).matches();
	}

}
