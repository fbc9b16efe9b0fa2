package brussels.maillage.system;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;

/**
 * The one place that decides which counts of people a reader may see, used by every page,
 * export, dashboard and API that shows them: counts from 1 to the threshold minus one
 * (setting {@code maillage.disclosure.threshold}, 5) print "&lt;5", and further cells are
 * hidden ("x") so that no hidden count can be recomputed from the totals published beside
 * it ({@link SecondarySuppression}); 0 stays 0. The team that owns the records sees the
 * exact counts: the caller says whether the reader belongs to it.
 */
@Service
@EnableConfigurationProperties(DisclosureProperties.class)
public class DisclosureControl {

	private final int threshold;

	DisclosureControl(DisclosureProperties properties) {
		this.threshold = properties.smallest();
	}

	/**
	 * The table as {@code reader} may see it: exact for the team owning the records,
	 * protected for anyone else.
	 */
	public DisclosedTable disclose(CountTable table, Reader reader) {
		return (reader == Reader.OWNING_TEAM) ? SecondarySuppression.exact(table, this.threshold)
				: SecondarySuppression.protect(table, this.threshold);
	}

	/** The smallest count shown to readers outside the owning team. */
	public int threshold() {
		return this.threshold;
	}

	/** Who reads the counts. */
	public enum Reader {

		/** A member of the team that owns the records: exact counts. */
		OWNING_TEAM,

		/** Anyone else: small counts hidden. */
		OTHER

	}

}
