package brussels.maillage.territory.reference;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

import brussels.maillage.territory.Certainty;
import brussels.maillage.territory.Placement;
import brussels.maillage.territory.Submunicipality;
import brussels.maillage.territory.TerritoryService;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The official sector → quartier → bassin table: checked whole (every sector once, known
 * codes, one bassin per quartier, errors with their line), written in one go, and then
 * used by placement.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class QuartierTableTests {

	@Autowired
	QuartierTable table;

	@Autowired
	TerritoryService territory;

	@Autowired
	TerritoryRepository repository;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void removeQuartiers() {
		this.jdbc.sql("update territory_sector set quartier_code = null").update();
		this.jdbc.sql("delete from territory_assignment_change where area_kind = 'quartier'").update();
		this.jdbc.sql("delete from territory_quartier").update();
		this.territory.refresh();
	}

	@Test
	void refusesATableLargerThanTheLimitWithoutReadingItWhole() throws Exception {
		// An endless stream: the check stops one byte past 2 MB instead of reading on.
		java.io.InputStream endless = new java.io.InputStream() {

			long served;

			@Override
			public int read() {
				this.served++;
				return (this.served % 80 == 0) ? '\n' : 'a';
			}

		};
		QuartierTable.Checked checked = this.table.check(endless);
		assertThat(checked.valid()).isFalse();
		assertThat(checked.problems()).singleElement()
			.satisfies((problem) -> assertThat(problem.messageKey()).isEqualTo("territory.quartiers.error.tooLarge"));
	}

	@Test
	void loadsACompleteTableAndPlacesByQuartier() throws Exception {
		String csv = completeTable(';');
		QuartierTable.Checked checked = this.table.check(stream(csv));
		assertThat(checked.problems()).isEmpty();
		assertThat(checked.rows()).hasSize(this.repository.sectorCodes().size());

		int quartiers = this.table.apply(checked.rows(), "test table");
		this.territory.refresh();
		assertThat(quartiers).isEqualTo(27);
		// Rue de la Loi (21004B) had no bassin; its quartier now says CENTRE_OUEST, and
		// the quartier decides.
		Placement berlaymont = this.territory.place(50.8436, 4.3826);
		assertThat(berlaymont.quartier()).isEqualTo("Q-21004B");
		assertThat(berlaymont.bassin()).isEqualTo("CENTRE_OUEST");
		assertThat(berlaymont.certainty()).isEqualTo(Certainty.EXACT);
	}

	@Test
	void reportsEveryErrorWithItsLineAndWritesNothing() throws Exception {
		List<String> lines = completeTable(',').lines().collect(Collectors.toList());
		String duplicate = lines.get(1);
		lines.set(3, "99999X99-,Q-X,Quartier X,Wijk X,NORD");
		lines.set(5, lines.get(5).replaceAll(",[A-Z_]+$", ",ATLANTIS"));
		lines.add(duplicate);
		QuartierTable.Checked checked = this.table.check(stream(String.join("\n", lines)));

		assertThat(checked.valid()).isFalse();
		assertThat(checked.rows()).isEmpty();
		assertThat(checked.problems()).anySatisfy((problem) -> {
			assertThat(problem.line()).isEqualTo(4);
			assertThat(problem.messageKey()).isEqualTo("territory.quartiers.error.unknownSector");
		});
		assertThat(checked.problems()).anySatisfy((problem) -> {
			assertThat(problem.line()).isEqualTo(6);
			assertThat(problem.column()).isEqualTo("bassin");
		});
		assertThat(checked.problems()).anySatisfy((problem) -> {
			assertThat(problem.line()).isEqualTo(lines.size());
			assertThat(problem.messageKey()).isEqualTo("territory.quartiers.error.twice");
			assertThat(problem.arguments()).contains("2");
		});
		assertThat(checked.problems())
			.anySatisfy((problem) -> assertThat(problem.messageKey()).isEqualTo("territory.quartiers.error.absent"));
		assertThat(this.jdbc.sql("select count(*) from territory_quartier").query(Long.class).single()).isZero();
	}

	@Test
	void refusesAFileWithoutTheExpectedColumns() throws Exception {
		QuartierTable.Checked checked = this.table.check(stream("code;name\n21001A01-;x\n"));
		assertThat(checked.problems()).singleElement()
			.satisfies((problem) -> assertThat(problem.messageKey()).isEqualTo("territory.quartiers.error.columns"));
	}

	/**
	 * One quartier per sub-municipality, each in its sub-municipality's bassin
	 * (CENTRE_OUEST where it has none).
	 */
	private String completeTable(char delimiter) {
		StringBuilder csv = new StringBuilder(String.join(String.valueOf(delimiter), QuartierTable.COLUMNS))
			.append('\n');
		var bassins = this.territory.submunicipalities()
			.stream()
			.collect(Collectors.toMap(Submunicipality::code,
					(area) -> (area.bassin() != null) ? area.bassin() : "CENTRE_OUEST"));
		for (String sector : this.repository.sectorCodes().stream().sorted().toList()) {
			String area = sector.substring(0, 6);
			csv.append(String.join(String.valueOf(delimiter), sector, "Q-" + area, "Quartier " + area, "Wijk " + area,
					bassins.get(area)))
				.append('\n');
		}
		return csv.toString();
	}

	private static ByteArrayInputStream stream(String text) {
		return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
	}

}
