package brussels.maillage.focus.repertoires;

import java.time.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the Focus repertoires ({@code maillage.focus.*}).
 *
 * @param staleAfter how long after its last verification a listed service is flagged as
 * stale (default 12 months, as the directory's review queue)
 * @param source the source named in the brochure footer
 */
@ConfigurationProperties("maillage.focus")
public record FocusProperties(Period staleAfter, String source) {

	public FocusProperties {
		staleAfter = (staleAfter != null) ? staleAfter : Period.ofMonths(12);
		source = (source != null && !source.isBlank()) ? source.strip() : "Maillage";
	}

}
