package brussels.maillage.governance.bodies;

import java.util.List;

/**
 * A council's composition for a year against its legal list of categories: a warning to
 * show, never a block.
 *
 * @param year the calendar year
 * @param checks one line per category, in the legal order
 */
public record Composition(int year, List<Check> checks) {

	public Composition {
		checks = List.copyOf(checks);
	}

	/** The categories without a seated member. */
	public List<Category> missing() {
		return this.checks.stream().filter((check) -> !check.member()).map(Check::category).toList();
	}

	/**
	 * One category: whether someone of it was invited, took a seat, came at least once.
	 *
	 * @param category the category
	 * @param invited someone of it was invited this year
	 * @param member someone of it accepted or is active
	 * @param present someone of it attended a meeting this year
	 */
	public record Check(Category category, boolean invited, boolean member, boolean present) {
	}

}
