package brussels.maillage.helpdesk;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import brussels.maillage.identity.TerritoryScope;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads one request with its themes, orientations, follow-ups and transfers, as the
 * module's API gives it, and the territory of a line, which decides who sees its
 * requests. The requests are written by {@code helpdesk.requests}, the lines by the
 * migrations.
 */
@Component
@Transactional(readOnly = true)
class RequestReader {

	private final JdbcClient jdbc;

	RequestReader(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The territory the line of that code serves, when there is such a line. */
	Optional<TerritoryScope> territoryOf(String lineCode) {
		if (lineCode == null) {
			return Optional.empty();
		}
		return this.jdbc.sql("select territory from helpdesk_line where code = ?")
			.param(lineCode)
			.query((rs, n) -> TerritoryScope.valueOf(rs.getString(1)))
			.optional();
	}

	Optional<HelpdeskRequest> find(long id) {
		return this.jdbc.sql("""
				select id, received_at, channel, line_code, profession, organisation_type, organisation_id, postcode,
					commune_nis, bassin,
					kind, summary, unmet_need, unmet_reason, status, respondent, minutes_spent, caller_email,
					email_subject, erased_at
				from helpdesk_request where id = ?""").param(id).query((rs, n) -> {
			long requestId = rs.getLong("id");
			return new HelpdeskRequest(requestId, rs.getTimestamp("received_at").toInstant(),
					Channel.valueOf(rs.getString("channel")), rs.getString("line_code"),
					valueOf(Profession.class, rs.getString("profession")),
					valueOf(OrganisationType.class, rs.getString("organisation_type")),
					rs.getObject("organisation_id", UUID.class), rs.getString("postcode"), rs.getString("commune_nis"),
					rs.getString("bassin"), valueOf(RequestKind.class, rs.getString("kind")), rs.getString("summary"),
					rs.getBoolean("unmet_need"), rs.getString("unmet_reason"),
					RequestStatus.valueOf(rs.getString("status")), rs.getString("respondent"),
					(Integer) rs.getObject("minutes_spent"), rs.getString("caller_email"),
					rs.getString("email_subject"),
					(rs.getTimestamp("erased_at") != null) ? rs.getTimestamp("erased_at").toInstant() : null, List.of(),
					List.of(), List.of(), List.of());
		}).optional().map(this::withChildren);
	}

	private HelpdeskRequest withChildren(HelpdeskRequest request) {
		long id = request.id();
		List<String> themes = this.jdbc
			.sql("select theme_code from helpdesk_request_theme where request_id = ? order by theme_code")
			.param(id)
			.query(String.class)
			.list();
		List<HelpdeskRequest.Orientation> orientations = this.jdbc
			.sql("select service_id, service_name from helpdesk_orientation where request_id = ? order by service_name")
			.param(id)
			.query((rs, n) -> new HelpdeskRequest.Orientation(rs.getObject(1, UUID.class), rs.getString(2)))
			.list();
		List<HelpdeskRequest.FollowUp> followUps = this.jdbc
			.sql("select id, action, due_on, done from helpdesk_follow_up where request_id = ? order by due_on, id")
			.param(id)
			.query((rs, n) -> new HelpdeskRequest.FollowUp(rs.getLong(1), rs.getString(2),
					rs.getObject(3, LocalDate.class), rs.getBoolean(4)))
			.list();
		List<HelpdeskRequest.Transfer> transfers = this.jdbc.sql("""
				select from_line, to_line, transferred_at, transferred_by, reason from helpdesk_transfer
				where request_id = ? order by transferred_at, id""")
			.param(id)
			.query((rs, n) -> new HelpdeskRequest.Transfer(rs.getString(1), rs.getString(2),
					rs.getTimestamp(3).toInstant(), rs.getString(4), rs.getString(5)))
			.list();
		return new HelpdeskRequest(request.id(), request.receivedAt(), request.channel(), request.lineCode(),
				request.profession(), request.organisationType(), request.organisationId(), request.postcode(),
				request.communeNis(), request.bassin(), request.kind(), request.summary(), request.unmetNeed(),
				request.unmetReason(), request.status(), request.respondent(), request.minutesSpent(),
				request.callerEmail(), request.emailSubject(), request.erasedAt(), themes, orientations, followUps,
				transfers);
	}

	private static <E extends Enum<E>> E valueOf(Class<E> type, String name) {
		return (name != null) ? Enum.valueOf(type, name) : null;
	}

}
