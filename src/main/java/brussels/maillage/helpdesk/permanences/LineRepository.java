package brussels.maillage.helpdesk.permanences;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

import brussels.maillage.identity.TerritoryScope;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The helpdesk's lines with their hours and closed days (set by migrations), and the last
 * reading of their mailboxes (written by the e-mail intake).
 */
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

	/** The last reading of every line's mailbox, by line code. */
	List<MailboxReading> mailboxes() {
		return this.jdbc.sql("""
				select line_code, checked_at, reachable, error, messages_read from helpdesk_mailbox_status
				order by line_code""").query(MailboxReading.class).list();
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

	/**
	 * The last reading of a line's mailbox.
	 *
	 * @param lineCode the line
	 * @param checkedAt when it was read
	 * @param reachable whether it could be read
	 * @param error why not, or {@code null}
	 * @param messagesRead how many new messages became draft requests
	 */
	record MailboxReading(String lineCode, Instant checkedAt, boolean reachable, String error, int messagesRead) {
	}

	record Row(String code, String territory, String bassin, String phone, String email, String state) {
	}

}
