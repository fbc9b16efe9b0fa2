package brussels.maillage.helpdesk.followups;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Follow-up actions not done yet, and marking one done. */
@Component
@Transactional(readOnly = true)
class HelpdeskFollowUpRepository {

	private final JdbcClient jdbc;

	HelpdeskFollowUpRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Follow-ups not done, due up to {@code until}, of requests of these lines (every
	 * line when {@code lines} is null; requests without a line only when
	 * {@code includeUnrecorded}), optionally of one line and one respondent; drafts
	 * excluded; the oldest first.
	 */
	List<DueFollowUp> due(List<String> lines, boolean includeUnrecorded, String line, Long respondentId,
			LocalDate until) {
		return this.jdbc.sql("""
				select f.id, f.request_id, f.action, f.due_on, r.line_code, r.respondent_id, r.respondent
				from helpdesk_follow_up f join helpdesk_request r on r.id = f.request_id
				where not f.done and f.due_on <= :until and r.status <> 'DRAFT'
					and (cast(:all as boolean) or r.line_code in (:lines)
						or (cast(:unrecorded as boolean) and r.line_code is null))
					and (cast(:line as text) is null or r.line_code = cast(:line as text)
						or (cast(:line as text) = 'NONE' and r.line_code is null))
					and (cast(:respondent as bigint) is null or r.respondent_id = cast(:respondent as bigint))
				order by f.due_on, f.id
				limit 500""")
			.param("until", until)
			.param("all", lines == null)
			.param("lines", (lines == null || lines.isEmpty()) ? List.of("-") : lines)
			.param("unrecorded", includeUnrecorded)
			.param("line", line)
			.param("respondent", respondentId)
			.query(DueFollowUp.class)
			.list();
	}

	/** The line of the request a follow-up belongs to, when the follow-up exists. */
	Optional<Optional<String>> lineOf(long followUpId) {
		return this.jdbc.sql("""
				select r.line_code from helpdesk_follow_up f join helpdesk_request r on r.id = f.request_id
				where f.id = ?""").param(followUpId).query((rs, n) -> Optional.ofNullable(rs.getString(1))).optional();
	}

	/** The request of a follow-up. */
	long requestOf(long followUpId) {
		return this.jdbc.sql("select request_id from helpdesk_follow_up where id = ?")
			.param(followUpId)
			.query(Long.class)
			.single();
	}

	/** Adds a follow-up action to a request. */
	@Transactional
	void add(long requestId, String action, LocalDate dueOn) {
		this.jdbc.sql("insert into helpdesk_follow_up (request_id, action, due_on) values (?, ?, ?)")
			.params(requestId, action, dueOn)
			.update();
	}

	/** Removes the follow-ups of a request that are not done yet. */
	@Transactional
	void removeOpen(long requestId) {
		this.jdbc.sql("delete from helpdesk_follow_up where request_id = ? and not done").param(requestId).update();
	}

	/** Erases the actions of follow-ups of requests received before {@code before}. */
	@Transactional
	void eraseActions(Instant before) {
		this.jdbc.sql("""
				update helpdesk_follow_up set action = '—' where request_id in
					(select id from helpdesk_request where received_at < ?)""").param(Timestamp.from(before)).update();
	}

	@Transactional
	boolean markDone(long followUpId, String by) {
		return this.jdbc.sql("""
				update helpdesk_follow_up set done = true, done_at = now(), done_by = ? where id = ? and not done""")
			.params(by, followUpId)
			.update() > 0;
	}

}
