package brussels.maillage.system;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SpreadsheetCellsTests {

	@Test
	void keepsFormulasAsText() {
		assertThat(SpreadsheetCells.text("=HYPERLINK(\"http://x\",\"y\")"))
			.isEqualTo("'=HYPERLINK(\"http://x\",\"y\")");
		assertThat(SpreadsheetCells.text("+32 2 123 45 67")).isEqualTo("'+32 2 123 45 67");
		assertThat(SpreadsheetCells.text("-1+1")).isEqualTo("'-1+1");
		assertThat(SpreadsheetCells.text("@SUM(A1)")).isEqualTo("'@SUM(A1)");
		assertThat(SpreadsheetCells.text("\t=1")).isEqualTo("'\t=1");
		assertThat(SpreadsheetCells.text("\r=1")).isEqualTo("'\r=1");
	}

	@Test
	void leavesOrdinaryTextAndNonTextAlone() {
		assertThat(SpreadsheetCells.text("Maison médicale = soins")).isEqualTo("Maison médicale = soins");
		assertThat(SpreadsheetCells.text("")).isEmpty();
		assertThat(SpreadsheetCells.text(null)).isNull();
		assertThat(SpreadsheetCells.cell(-3)).isEqualTo(-3);
		assertThat(SpreadsheetCells.cell("=1")).isEqualTo("'=1");
	}

}
