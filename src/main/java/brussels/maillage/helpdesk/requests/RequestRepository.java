package brussels.maillage.helpdesk.requests;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import brussels.maillage.helpdesk.HelpdeskRequest;
import brussels.maillage.helpdesk.followups.FollowUpService;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores requests with explicit SQL, and lists the newest; one request is read by the
 * module's API ({@code HelpdeskService.open}).
 */
@Component
@Transactional(readOnly = true)
class RequestRepository {

	private final JdbcClient jdbc;

	private final StatisticsAggregateRepository aggregates;

	private final FollowUpService followUps;

	RequestRepository(JdbcClient jdbc, StatisticsAggregateRepository aggregates, FollowUpService followUps) {
		this.jdbc = jdbc;
		this.aggregates = aggregates;
		this.followUps = followUps;
	}

	@Transactional
	long create(RequestData data, Long respondentId, String respondent) {
		KeyHolder keys = new GeneratedKeyHolder();
		this.jdbc
			.sql("""
					insert into helpdesk_request (received_at, channel, line_code, profession, organisation_type,
						organisation_id, postcode, commune_nis, bassin, quartier, kind, summary, unmet_need, unmet_reason, status, respondent_id,
						respondent, minutes_spent)
					values (:receivedAt, :channel, :line, :profession, :organisationType, :organisationId, :postcode, :commune, :bassin,
						:quartier, :kind, :summary, :unmetNeed, :unmetReason, :status, :respondentId, :respondent, :minutes)""")
			.params(parameters(data, respondentId, respondent))
			.update(keys, "id");
		long id = keys.getKey().longValue();
		writeChildren(id, data);
		this.aggregates.add(id);
		return id;
	}

	@Transactional
	void update(long id, RequestData data, Long respondentId, String respondent) {
		this.aggregates.remove(id);
		this.jdbc
			.sql("""
					update helpdesk_request set received_at = :receivedAt, channel = :channel, line_code = :line,
						profession = :profession, organisation_type = :organisationType,
						organisation_id = :organisationId, postcode = :postcode,
						commune_nis = :commune, bassin = :bassin, quartier = :quartier, kind = :kind, summary = :summary,
						unmet_need = :unmetNeed, unmet_reason = :unmetReason, status = :status,
						respondent_id = coalesce(respondent_id, :respondentId), respondent = coalesce(respondent, :respondent),
						minutes_spent = :minutes, updated_at = now()
					where id = :id""")
			.params(parameters(data, respondentId, respondent))
			.param("id", id)
			.update();
		this.jdbc.sql("delete from helpdesk_request_theme where request_id = ?").param(id).update();
		this.jdbc.sql("delete from helpdesk_orientation where request_id = ?").param(id).update();
		this.followUps.removeOpen(id);
		writeChildren(id, data);
		this.aggregates.add(id);
	}

	private static java.util.Map<String, Object> parameters(RequestData data, Long respondentId, String respondent) {
		java.util.Map<String, Object> map = new java.util.HashMap<>();
		map.put("respondentId", respondentId);
		map.put("respondent", respondent);
		map.put("receivedAt", Timestamp.from(data.receivedAt()));
		map.put("channel", data.channel().name());
		map.put("line", data.lineCode());
		map.put("profession", (data.profession() != null) ? data.profession().name() : null);
		map.put("organisationType", (data.organisationType() != null) ? data.organisationType().name() : null);
		map.put("organisationId", data.organisationId());
		map.put("postcode", data.postcode());
		map.put("commune", data.communeNis());
		map.put("bassin", data.bassin());
		map.put("quartier", data.quartier());
		map.put("kind", (data.kind() != null) ? data.kind().name() : null);
		map.put("summary", data.summary());
		map.put("unmetNeed", data.unmetNeed());
		map.put("unmetReason", data.unmetReason());
		map.put("status", data.status().name());
		map.put("minutes", data.minutesSpent());
		return map;
	}

	private void writeChildren(long id, RequestData data) {
		for (String theme : data.themes()) {
			this.jdbc
				.sql("insert into helpdesk_request_theme (request_id, theme_code) values (?, ?) on conflict do nothing")
				.params(id, theme)
				.update();
		}
		for (HelpdeskRequest.Orientation orientation : data.orientations()) {
			this.jdbc.sql("""
					insert into helpdesk_orientation (request_id, service_id, service_name) values (?, ?, ?)
					on conflict do nothing""").params(id, orientation.serviceId(), orientation.name()).update();
		}
		for (RequestData.NewFollowUp followUp : data.followUps()) {
			this.followUps.add(id, followUp.action(), followUp.dueOn());
		}
	}

	/** The newest requests of these lines (every line when {@code lines} is null). */
	List<RequestRow> latest(List<String> lines, boolean includeUnrecorded, int limit) {
		return this.jdbc
			.sql("""
					select id, received_at, channel, line_code, kind, status, unmet_need, respondent
					from helpdesk_request
					where (cast(:all as boolean) or line_code in (:lines) or (cast(:unrecorded as boolean) and line_code is null))
					order by received_at desc, id desc limit :limit""")
			.param("all", lines == null)
			.param("lines", (lines == null || lines.isEmpty()) ? List.of("-") : lines)
			.param("unrecorded", includeUnrecorded)
			.param("limit", limit)
			.query(RequestRow.class)
			.list();
	}

	@Transactional
	void transfer(long id, String fromLine, String toLine, String by, String reason) {
		this.aggregates.remove(id);
		this.jdbc.sql("""
				insert into helpdesk_transfer (request_id, from_line, to_line, transferred_by, reason)
				values (?, ?, ?, ?, ?)""").params(id, fromLine, toLine, by, reason).update();
		this.jdbc.sql("update helpdesk_request set line_code = ?, updated_at = now() where id = ?")
			.params(toLine, id)
			.update();
		this.aggregates.add(id);
	}

	@Transactional
	long createDraftFromEmail(String lineCode, Instant receivedAt, String from, String subject, String body,
			String messageId) {
		KeyHolder keys = new GeneratedKeyHolder();
		int inserted = this.jdbc.sql("""
				insert into helpdesk_request (received_at, channel, line_code, summary, status, caller_email,
					email_subject, email_message_id)
				values (?, 'EMAIL', ?, ?, 'DRAFT', ?, ?, ?)
				on conflict (email_message_id) do nothing""")
			.params(Timestamp.from(receivedAt), lineCode, body, from, subject, messageId)
			.update(keys, "id");
		return (inserted == 0) ? -1 : keys.getKey().longValue();
	}

	/**
	 * Erases free text of requests received before {@code before}; returns how many.
	 */
	@Transactional
	int eraseFreeText(Instant before) {
		return this.jdbc.sql("""
				update helpdesk_request set summary = null, unmet_reason = null, caller_email = null,
					email_subject = null, erased_at = now()
				where received_at < ? and erased_at is null""").param(Timestamp.from(before)).update();
	}

	/** Erases the reasons of transfers of requests received before {@code before}. */
	@Transactional
	void eraseTransferReasons(Instant before) {
		this.jdbc.sql("""
				update helpdesk_transfer set reason = null where request_id in
					(select id from helpdesk_request where received_at < ?)""").param(Timestamp.from(before)).update();
	}

}
