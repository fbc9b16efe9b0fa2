package brussels.maillage.plans.dashboards;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The colour legend's levels and the charts' bars, without a database. */
class ThresholdsTests {

	private final Thresholds legend = new Thresholds(100, 75, 2024);

	@Test
	void anActualAtTheThresholdsReachesItsLevel() {
		assertThat(this.legend.level(BigDecimal.TEN, BigDecimal.TEN)).isEqualTo(Thresholds.Level.REACHED);
		assertThat(this.legend.level(BigDecimal.valueOf(12), BigDecimal.TEN)).isEqualTo(Thresholds.Level.REACHED);
		assertThat(this.legend.level(BigDecimal.valueOf(9), BigDecimal.valueOf(12))).isEqualTo(Thresholds.Level.CLOSE);
		assertThat(this.legend.level(BigDecimal.valueOf(5), BigDecimal.TEN)).isEqualTo(Thresholds.Level.BEHIND);
		assertThat(this.legend.level(BigDecimal.ZERO, BigDecimal.TEN)).isEqualTo(Thresholds.Level.BEHIND);
	}

	@Test
	void noDataIsNotZeroAndATargetOfZeroIsNoTarget() {
		assertThat(this.legend.level(null, BigDecimal.TEN)).isEqualTo(Thresholds.Level.NO_DATA);
		assertThat(this.legend.level(BigDecimal.ONE, BigDecimal.ZERO)).isEqualTo(Thresholds.Level.NO_TARGET);
	}

	@Test
	void noDataAndZeroDrawNoBarAndTheTargetWidensTheScale() {
		BarChart chart = BarChart.of("c", "Chart",
				List.of(BarChart.Entry.single("none", "no data", null, BarChart.Style.COUNT, 10.0),
						BarChart.Entry.single("zero", "0", 0.0, BarChart.Style.COUNT, 10.0),
						BarChart.Entry.single("five", "5 of 10", 5.0, BarChart.Style.BEHIND, 10.0)));
		assertThat(chart.rows().get(0).segments()).isEmpty();
		assertThat(chart.rows().get(1).segments()).isEmpty();
		BarChart.Segment five = chart.rows().get(2).segments().get(0);
		assertThat(chart.rows().get(2).targetX()).isEqualTo(five.x() + 2 * five.width());
		assertThat(chart.rows().get(2).textX()).isGreaterThan(chart.rows().get(2).targetX());
		assertThat(chart.styles()).containsExactly(BarChart.Style.BEHIND);
	}

	@Test
	void againstTargetsEveryTargetStandsAtOnePlaceAndALongBarIsCut() {
		BarChart chart = BarChart.againstTargets("c", "Chart",
				List.of(BarChart.Entry.single("half of 10", "5 of 10", 5.0, BarChart.Style.BEHIND, 10.0),
						BarChart.Entry.single("twice 1", "2 of 1", 2.0, BarChart.Style.REACHED, 1.0),
						BarChart.Entry.single("one of 1", "1 of 1", 1.0, BarChart.Style.REACHED, 1.0)));
		assertThat(chart.rows().get(0).targetX()).isEqualTo(chart.rows().get(1).targetX());
		BarChart.Segment half = chart.rows().get(0).segments().get(0);
		BarChart.Segment twice = chart.rows().get(1).segments().get(0);
		BarChart.Segment one = chart.rows().get(2).segments().get(0);
		assertThat(half.width() * 2).isCloseTo(one.width(), org.assertj.core.data.Offset.offset(0.01));
		assertThat(twice.width()).isCloseTo(one.width() * BarChart.BEYOND, org.assertj.core.data.Offset.offset(0.01));
	}

}
