package brussels.maillage.system;

import java.util.List;

import brussels.maillage.system.DisclosedTable.Cell;
import brussels.maillage.system.DisclosedTable.Hidden;
import brussels.maillage.system.DisclosureControl.Reader;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Disclosure control on tables where a reader tries to recompute the hidden counts: an
 * attacker who knows the shown cells and totals, that "&lt;5" means 1 to 4 and that "x"
 * means at least 5 (small counts are always "&lt;5"), and who tries every combination of
 * hidden inner cells; no hidden count may come out with a single possible value.
 */
class DisclosureControlTests {

	private final DisclosureControl control = new DisclosureControl(new DisclosureProperties(null));

	@Test
	void aBassinWithThreeFollowUpsShowsLessThanFiveAndAnotherBassinIsHiddenWithIt() {
		// Nord 6 follow-ups, Sud 3, the others none; the total is published.
		CountTable table = CountTable.column(List.of("NORD", "NORD_EST", "SUD", "SUD_EST", "CENTRE_OUEST"), "followUps",
				new long[] { 6, 0, 3, 0, 0 });
		DisclosedTable shown = this.control.disclose(table, Reader.OTHER);
		assertThat(shown.text(shown.cell(2, 0))).isEqualTo("<5");
		assertThat(shown.cell(1, 0)).isEqualTo(new Cell(0L, Hidden.NONE));
		assertThat(shown.cell(0, 0).hidden()).isEqualTo(Hidden.PROTECTING);
		assertThat(shown.text(shown.cell(0, 0))).isEqualTo("x");
		assertThatNothingCanBeRecomputed(table, shown);
	}

	@Test
	void theOwningTeamSeesEveryCountExactly() {
		CountTable table = CountTable.column(List.of("NORD", "SUD"), "followUps", new long[] { 6, 3 });
		DisclosedTable exact = this.control.disclose(table, Reader.OWNING_TEAM);
		assertThat(exact.cell(1, 0).value()).isEqualTo(3);
		assertThat(exact.total().value()).isEqualTo(9);
		assertThat(exact.anyHidden()).isFalse();
	}

	@Test
	void zerosStayZeroAndLargeCountsStayShown() {
		CountTable table = new CountTable(List.of("a", "b"), List.of("x", "y"), new long[][] { { 0, 12 }, { 7, 0 } });
		DisclosedTable shown = this.control.disclose(table, Reader.OTHER);
		assertThat(shown.anyHidden()).isFalse();
		assertThat(shown.text(shown.cell(0, 0))).isEqualTo("0");
		assertThat(shown.total().value()).isEqualTo(19);
	}

	@Test
	void aSmallCellInATwoWayTableIsProtectedInItsRowAndItsColumn() {
		// Bassins by kind of follow-up: Sud has 2 team follow-ups.
		CountTable table = new CountTable(List.of("NORD", "SUD", "CENTRE_OUEST"), List.of("INDIVIDUAL", "TEAM"),
				new long[][] { { 20, 9 }, { 14, 2 }, { 18, 11 } });
		DisclosedTable shown = this.control.disclose(table, Reader.OTHER);
		assertThat(shown.cell(1, 1).hidden()).isEqualTo(Hidden.SMALL);
		assertThat(hiddenIn(shown.cells().get(1))).isGreaterThanOrEqualTo(2);
		assertThatNothingCanBeRecomputed(table, shown);
	}

	@Test
	void hiddenPartnersAcrossRowsAndColumnsCannotBeSolvedTogether() {
		CountTable table = new CountTable(List.of("r1", "r2", "r3", "r4"), List.of("c1", "c2", "c3"),
				new long[][] { { 1, 8, 9 }, { 6, 3, 12 }, { 10, 10, 4 }, { 0, 2, 15 } });
		DisclosedTable shown = this.control.disclose(table, Reader.OTHER);
		assertThat(shown.cell(0, 0).hidden()).isEqualTo(Hidden.SMALL);
		assertThat(shown.cell(3, 0)).isEqualTo(new Cell(0L, Hidden.NONE));
		assertThatNothingCanBeRecomputed(table, shown);
	}

	@Test
	void aSmallTotalIsHiddenAndItsOnlyCellToo() {
		// One bassin, one kind: 3 follow-ups; the row total, the column total and the
		// grand total all say 3.
		CountTable table = new CountTable(List.of("NORD", "SUD"), List.of("TEAM", "GROUP"),
				new long[][] { { 3, 0 }, { 0, 0 } });
		DisclosedTable shown = this.control.disclose(table, Reader.OTHER);
		assertThat(shown.total().hidden()).isEqualTo(Hidden.SMALL);
		assertThat(shown.cell(0, 0).hidden()).isEqualTo(Hidden.SMALL);
		assertThat(shown.cell(1, 1).value()).isZero();
	}

	@Test
	void aSmallCellBesideAPartnerThatTheLabelsWouldPinIsProtectedFurther() {
		// Row: 1 and 5, total 6. Hiding 1 ("<5") and 5 ("x", so at least 5) with the
		// total
		// 6 shown would pin both: 1 + 5 is the only way.
		CountTable table = new CountTable(List.of("a", "b"), List.of("x", "y"), new long[][] { { 1, 5 }, { 9, 30 } });
		DisclosedTable shown = this.control.disclose(table, Reader.OTHER);
		assertThatNothingCanBeRecomputed(table, shown);
	}

	@Test
	void theThresholdIsOneSetting() {
		DisclosureControl ten = new DisclosureControl(new DisclosureProperties(10));
		CountTable table = CountTable.column(List.of("NORD", "SUD", "SUD_EST"), "followUps", new long[] { 7, 12, 15 });
		DisclosedTable shown = ten.disclose(table, Reader.OTHER);
		assertThat(shown.text(shown.cell(0, 0))).isEqualTo("<10");
		assertThatNothingCanBeRecomputed(table, shown);
	}

	private static long hiddenIn(List<Cell> cells) {
		return cells.stream().filter((cell) -> cell.hidden() != Hidden.NONE).count();
	}

	private static void assertThatNothingCanBeRecomputed(CountTable table, DisclosedTable shown) {
		long[][] truth = new long[table.rows().size()][table.columns().size()];
		for (int row = 0; row < truth.length; row++) {
			for (int column = 0; column < truth[row].length; column++) {
				truth[row][column] = table.count(row, column);
			}
		}
		DisclosureAttack.assertNothingCanBeRecomputed(truth, shown);
	}

}
