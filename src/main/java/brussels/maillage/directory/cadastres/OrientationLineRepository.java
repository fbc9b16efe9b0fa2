package brussels.maillage.directory.cadastres;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The only writer of the directory_orientation_line table. */
@Repository
class OrientationLineRepository {

	private static final String SELECT = """
			select l.id, l.name, l.organization_id, o.name as organization_name, l.phone, l.listed_on, l.met_on,
				l.agreed_on
			from directory_orientation_line l left join organization o on o.id = l.organization_id""";

	private final JdbcClient jdbc;

	OrientationLineRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<OrientationLine> all() {
		return this.jdbc.sql(SELECT + " order by lower(l.name), l.id").query(this::row).list();
	}

	Optional<OrientationLine> find(UUID id) {
		return this.jdbc.sql(SELECT + " where l.id = ?").param(id).query(this::row).optional();
	}

	OrientationMapping.Counts counts(LocalDate asOf) {
		return this.jdbc.sql("""
				select count(*) filter (where listed_on <= :day) as listed,
					count(*) filter (where met_on <= :day) as met,
					count(*) filter (where agreed_on <= :day) as agreed
				from directory_orientation_line""")
			.param("day", asOf)
			.query((rs, row) -> new OrientationMapping.Counts(asOf, rs.getLong("listed"), rs.getLong("met"),
					rs.getLong("agreed")))
			.single();
	}

	void insert(OrientationLine line, String by) {
		this.jdbc.sql("""
				insert into directory_orientation_line (id, name, organization_id, phone, listed_on, met_on, agreed_on,
					created_by)
				values (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(line.id(), line.name(), line.organizationId(), line.phone(), line.listedOn(), line.metOn(),
					line.agreedOn(), by)
			.update();
	}

	long count() {
		return this.jdbc.sql("select count(*) from directory_orientation_line").query(Long.class).single();
	}

	void met(UUID id, LocalDate on) {
		this.jdbc.sql("update directory_orientation_line set met_on = ? where id = ?").params(on, id).update();
	}

	void agreed(UUID id, LocalDate on) {
		this.jdbc.sql("update directory_orientation_line set agreed_on = ? where id = ?").params(on, id).update();
	}

	private OrientationLine row(ResultSet rs, int row) throws SQLException {
		return new OrientationLine(rs.getObject("id", UUID.class), rs.getString("name"),
				rs.getObject("organization_id", UUID.class), rs.getString("organization_name"), rs.getString("phone"),
				rs.getObject("listed_on", LocalDate.class), rs.getObject("met_on", LocalDate.class),
				rs.getObject("agreed_on", LocalDate.class));
	}

}
