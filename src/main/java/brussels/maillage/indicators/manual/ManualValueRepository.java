package brussels.maillage.indicators.manual;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import brussels.maillage.indicators.Exactness;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The only writer of {@code indicator_manual_value}. */
@Repository
class ManualValueRepository {

	/** The territory column's value for the whole. */
	static final String ALL = "ALL";

	private final JdbcClient jdbc;

	ManualValueRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<ManualValue> find(String metric, int year, String territory) {
		return this.jdbc.sql("select * from indicator_manual_value where metric = ? and year = ? and territory = ?")
			.params(metric, year, (territory != null) ? territory : ALL)
			.query(ManualValueRepository::row)
			.optional();
	}

	Optional<ManualValue> find(long id) {
		return this.jdbc.sql("select * from indicator_manual_value where id = ?")
			.param(id)
			.query(ManualValueRepository::row)
			.optional();
	}

	List<ManualValue> ofYear(int year) {
		return this.jdbc.sql("select * from indicator_manual_value where year = ? order by metric, territory")
			.param(year)
			.query(ManualValueRepository::row)
			.list();
	}

	long save(String metric, int year, String territory, BigDecimal value, Exactness exactness, String printed,
			String reason, String by) {
		return this.jdbc
			.sql("""
					insert into indicator_manual_value (metric, year, territory, value, exactness, printed, reason, entered_by)
					values (?, ?, ?, ?, ?, ?, ?, ?)
					on conflict (metric, year, territory) do update set value = excluded.value,
						exactness = excluded.exactness, printed = excluded.printed, reason = excluded.reason,
						entered_by = excluded.entered_by, entered_at = now()
					returning id""")
			.params(metric, year, (territory != null) ? territory : ALL, value, exactness.name(), printed, reason, by)
			.query(Long.class)
			.single();
	}

	boolean delete(long id) {
		return this.jdbc.sql("delete from indicator_manual_value where id = ?").param(id).update() > 0;
	}

	private static ManualValue row(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		String territory = rs.getString("territory");
		return new ManualValue(rs.getLong("id"), rs.getString("metric"), rs.getInt("year"),
				ALL.equals(territory) ? null : territory, rs.getBigDecimal("value"),
				Exactness.valueOf(rs.getString("exactness")), rs.getString("printed"), rs.getString("reason"),
				rs.getString("entered_by"), rs.getTimestamp("entered_at").toInstant());
	}

}
