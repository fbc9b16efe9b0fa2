package brussels.maillage.indicators.colddata;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import brussels.maillage.indicators.ColdDataset;
import brussels.maillage.system.LocalizedText;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The only writer of {@code indicator_cold_dataset} and {@code indicator_cold_value}. */
@Repository
public class ColdDataRepository {

	private static final String SELECT = """
			select d.*, (select count(*) from indicator_cold_value v where v.dataset_id = d.id) as value_count
			from indicator_cold_dataset d""";

	private final JdbcClient jdbc;

	ColdDataRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Every dataset, by code, newest year first. */
	public List<ColdDataset> all() {
		return this.jdbc.sql(SELECT + " order by d.code, d.year desc").query(ColdDataRepository::row).list();
	}

	/** The dataset of a code and year. */
	public Optional<ColdDataset> find(String code, int year) {
		return this.jdbc.sql(SELECT + " where d.code = ? and d.year = ?")
			.params(code, year)
			.query(ColdDataRepository::row)
			.optional();
	}

	/** A dataset's values. */
	public List<ColdDataset.Value> values(long datasetId) {
		return this.jdbc.sql(
				"select area_type, area, value from indicator_cold_value where dataset_id = ? order by area_type, area")
			.param(datasetId)
			.query((rs, row) -> new ColdDataset.Value(rs.getString("area_type"), rs.getString("area"),
					rs.getBigDecimal("value")))
			.list();
	}

	/** Creates the dataset or replaces its texts and every value. */
	long replace(ImportCommand command, List<ColdDataset.Value> values, String by) {
		long id = this.jdbc.sql("""
				insert into indicator_cold_dataset (code, year, name_fr, name_nl, source, unit, imported_by)
				values (?, ?, ?, ?, ?, ?, ?)
				on conflict (code, year) do update set name_fr = excluded.name_fr, name_nl = excluded.name_nl,
					source = excluded.source, unit = excluded.unit, imported_by = excluded.imported_by,
					imported_at = now()
				returning id""")
			.params(command.code(), command.year(), command.nameFr(), command.nameNl(), command.source(),
					command.unit(), by)
			.query(Long.class)
			.single();
		this.jdbc.sql("delete from indicator_cold_value where dataset_id = ?").param(id).update();
		for (ColdDataset.Value value : values) {
			this.jdbc.sql("insert into indicator_cold_value (dataset_id, area_type, area, value) values (?, ?, ?, ?)")
				.params(id, value.areaType(), value.area(), value.value())
				.update();
		}
		return id;
	}

	private static ColdDataset row(ResultSet rs, int row) throws SQLException {
		return new ColdDataset(rs.getLong("id"), rs.getString("code"), rs.getInt("year"),
				LocalizedText.of(rs.getString("name_fr"), rs.getString("name_nl"), null), rs.getString("source"),
				rs.getString("unit"), rs.getLong("value_count"));
	}

}
