package brussels.maillage.helpdesk.requests;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The last reading of each line's mailbox: when, whether it worked, and its error. */
@Component
@Transactional(readOnly = true)
class MailboxStatusRepository {

	private final JdbcClient jdbc;

	private final Clock clock;

	MailboxStatusRepository(JdbcClient jdbc, Clock clock) {
		this.clock = clock;
		this.jdbc = jdbc;
	}

	/** Records the reading of a line's mailbox that just ended. */
	@Transactional
	void record(String lineCode, boolean reachable, String error, int read) {
		this.jdbc.sql("""
				insert into helpdesk_mailbox_status (line_code, checked_at, reachable, error, messages_read)
				values (?, ?, ?, ?, ?)
				on conflict (line_code) do update set checked_at = excluded.checked_at, reachable = excluded.reachable,
					error = excluded.error, messages_read = excluded.messages_read""")
			.params(lineCode, Timestamp.from(this.clock.instant()), reachable, error, read)
			.update();
	}

	/** The last reading of every mailbox, by line code. */
	List<MailboxStatus> all() {
		return this.jdbc.sql("""
				select line_code, checked_at, reachable, error, messages_read from helpdesk_mailbox_status
				order by line_code""").query(MailboxStatus.class).list();
	}

	/** Mailboxes whose last reading failed. */
	List<MailboxStatus> problems() {
		return all().stream().filter((status) -> !status.reachable()).toList();
	}

}
