package brussels.maillage.helpdesk.lines;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

import brussels.maillage.identity.TerritoryScope;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The helpdesk's lines with their hours and closed days (set by migrations). */
@Component
@Transactional(readOnly = true)
class LineRepository {

	private final JdbcClient jdbc;

	LineRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Line> all() {
		List<Row> rows = this.jdbc
			.sql("select code, territory, bassin, phone, email, state from helpdesk_line order by position, code")
			.query(Row.class)
			.list();
		return rows.stream().map(this::toLine).toList();
	}

	Optional<Line> find(String code) {
		if (code == null) {
			return Optional.empty();
		}
		return all().stream().filter((line) -> line.code().equals(code)).findFirst();
	}

	List<String> codes() {
		return this.jdbc.sql("select code from helpdesk_line order by position, code").query(String.class).list();
	}

	private Line toLine(Row row) {
		List<Line.Hours> hours = this.jdbc
			.sql("select day_of_week, opens, closes from helpdesk_line_hours where line_code = ? order by day_of_week")
			.param(row.code())
			.query((rs, n) -> new Line.Hours(DayOfWeek.of(rs.getInt(1)), rs.getObject(2, LocalTime.class),
					rs.getObject(3, LocalTime.class)))
			.list();
		List<Line.Closure> closures = this.jdbc
			.sql("select closed_on, reason from helpdesk_line_closure where line_code = ? order by closed_on")
			.param(row.code())
			.query((rs, n) -> new Line.Closure(rs.getObject(1, LocalDate.class), rs.getString(2)))
			.list();
		return new Line(row.code(), TerritoryScope.valueOf(row.territory()), row.bassin(), row.phone(), row.email(),
				LineState.valueOf(row.state()), hours, closures);
	}

	record Row(String code, String territory, String bassin, String phone, String email, String state) {
	}

}
