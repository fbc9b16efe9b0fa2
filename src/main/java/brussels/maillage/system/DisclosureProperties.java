package brussels.maillage.system;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the disclosure control.
 *
 * @param threshold counts of people from 1 to {@code threshold - 1} are shown as
 * "&lt;threshold" to readers outside the team that owns the records (5 unless set)
 */
@ConfigurationProperties("maillage.disclosure")
record DisclosureProperties(Integer threshold) {

	DisclosureProperties {
		if (threshold != null && threshold < 2) {
			throw new IllegalArgumentException("maillage.disclosure.threshold is at least 2");
		}
	}

	int smallest() {
		return (this.threshold != null) ? this.threshold : 5;
	}

}
