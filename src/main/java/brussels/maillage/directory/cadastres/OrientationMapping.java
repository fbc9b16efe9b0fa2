package brussels.maillage.directory.cadastres;

import java.time.LocalDate;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The mapping of the telephone orientation and listening lines for professionals, as
 * counts for the plans and the annual report: "40 lines listed, 21 met".
 */
@Service
@Transactional(readOnly = true)
class OrientationMapping {

	private final OrientationLineService lines;

	OrientationMapping(OrientationLineService lines) {
		this.lines = lines;
	}

	/** How many lines were listed, met and had a collaboration agreed on {@code asOf}. */
	public Counts counts(LocalDate asOf) {
		return this.lines.counts(asOf);
	}

	/**
	 * The mapping on a day: each count holds the lines that reached that step by then (a
	 * line met counts as listed too).
	 *
	 * @param asOf the day
	 * @param listed lines listed
	 * @param met lines met
	 * @param agreed lines with a collaboration agreed
	 */
	public record Counts(LocalDate asOf, long listed, long met, long agreed) {
	}

}
