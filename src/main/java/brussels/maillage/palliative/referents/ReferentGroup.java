package brussels.maillage.palliative.referents;

import java.time.LocalDate;
import java.util.List;

/**
 * A group of referents of the palliative culture in nursing homes, for one bassin or a
 * pair of bassins; its bassins carry validity periods, so a split keeps the history.
 *
 * @param id group id
 * @param name its name
 * @param createdOn the day it started
 * @param bassins its bassins over time, oldest first
 */
record ReferentGroup(long id, String name, LocalDate createdOn, List<BassinPeriod> bassins) {

	public ReferentGroup {
		bassins = List.copyOf(bassins);
	}

	/** The bassins of the group on {@code day}. */
	public List<String> bassinsOn(LocalDate day) {
		return this.bassins.stream().filter((period) -> period.covers(day)).map(BassinPeriod::bassin).toList();
	}

	/** The bassins the group holds now (periods without an end). */
	public List<String> currentBassins() {
		return this.bassins.stream().filter((period) -> period.validUntil() == null).map(BassinPeriod::bassin).toList();
	}

	/**
	 * A bassin in a group for a period.
	 *
	 * @param bassin bassin code
	 * @param validFrom first day
	 * @param validUntil last day, or {@code null} while it lasts
	 */
	public record BassinPeriod(String bassin, LocalDate validFrom, LocalDate validUntil) {

		boolean covers(LocalDate day) {
			return !day.isBefore(this.validFrom) && (this.validUntil == null || !day.isAfter(this.validUntil));
		}

	}

}
