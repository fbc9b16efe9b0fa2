package brussels.maillage.care;

import brussels.maillage.care.figures.CareFigures;

import java.math.BigDecimal;

import brussels.maillage.system.DisclosureControl.Reader;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo year 2024 gives the figures of the 2024 activity report, as written there
 * ("Case management": "Nombre de bénéficiaires pris en charge = 420 Nombre de prestations
 * ergo = 9775 Nombre de prestations psy = 2318"), and holds a paid statement whose amount
 * is the year's amount paid to field providers.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CareDemoTests {

	@Autowired
	CareFigures figures;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theDemoYearHasTheFiguresOfTheActivityReport() {
		CareFigures.Figures year = this.figures.of(2024, Reader.OWNING_TEAM);
		assertThat(year.beneficiaries().total().value()).isEqualTo(420);
		int therapy = year.services().columns().indexOf("OCCUPATIONAL_THERAPY");
		int psychology = year.services().columns().indexOf("PSYCHOLOGY");
		assertThat(year.services().columnTotals().get(therapy).value()).isEqualTo(9775);
		assertThat(year.services().columnTotals().get(psychology).value()).isEqualTo(2318);

		BigDecimal paid = this.jdbc
			.sql("select sum(total) from care_statement where status = 'PAID' and extract(year from paid_on) = 2024")
			.query(BigDecimal.class)
			.single();
		assertThat(paid).isPositive();
		assertThat(year.paidTotal()).isEqualByComparingTo(paid);
		assertThat(year.paidByType().get("OCCUPATIONAL_THERAPY")).isEqualByComparingTo(paid);
		// some began in 2023 and continued, so beneficiaries new in the year are fewer
		assertThat(year.beneficiaries().columnTotals().get(0).value()).isLessThan(420);
		// a visitor outside the team sees the same totals (none is small)
		assertThat(this.figures.of(2024, Reader.OTHER).beneficiaries().total().value()).isEqualTo(420);
	}

}
