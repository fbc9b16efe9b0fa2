package brussels.maillage.indicators.definitions;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import brussels.maillage.indicators.Aggregation;
import brussels.maillage.system.LocalizedText;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The only writer of {@code indicator_definition}. */
@Repository
class IndicatorRepository {

	private final JdbcClient jdbc;

	IndicatorRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Every indicator, by code. */
	public List<Indicator> all() {
		return this.jdbc.sql("select * from indicator_definition order by code").query(IndicatorRepository::row).list();
	}

	/** The indicator of {@code code}. */
	public Optional<Indicator> find(String code) {
		return this.jdbc.sql("select * from indicator_definition where code = ?")
			.param(code)
			.query(IndicatorRepository::row)
			.optional();
	}

	void save(Indicator indicator, String by) {
		this.jdbc.sql("""
				insert into indicator_definition (code, name_fr, name_nl, name_en, numerator, denominator, factor, unit,
					high_is_good, period_type, aggregation, disaggregation, changed_by)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				on conflict (code) do update set name_fr = excluded.name_fr, name_nl = excluded.name_nl,
					name_en = excluded.name_en, numerator = excluded.numerator, denominator = excluded.denominator,
					factor = excluded.factor, unit = excluded.unit, high_is_good = excluded.high_is_good,
					period_type = excluded.period_type, aggregation = excluded.aggregation,
					disaggregation = excluded.disaggregation, changed_by = excluded.changed_by, changed_at = now()""")
			.params(indicator.code(), indicator.name().fr(), indicator.name().nl(), indicator.name().en(),
					indicator.numerator(), indicator.denominator(), indicator.factor(), indicator.unit().name(),
					indicator.highIsGood(), indicator.periodType().name(), indicator.aggregation().name(),
					indicator.disaggregation().name(), by)
			.update();
	}

	private static Indicator row(ResultSet rs, int row) throws SQLException {
		return new Indicator(rs.getString("code"),
				LocalizedText.of(rs.getString("name_fr"), rs.getString("name_nl"), rs.getString("name_en")),
				rs.getString("numerator"), rs.getString("denominator"), rs.getBigDecimal("factor"),
				Indicator.Unit.valueOf(rs.getString("unit")), rs.getBoolean("high_is_good"),
				Indicator.PeriodType.valueOf(rs.getString("period_type")),
				Aggregation.valueOf(rs.getString("aggregation")),
				Indicator.Disaggregation.valueOf(rs.getString("disaggregation")));
	}

}
