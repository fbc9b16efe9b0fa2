package brussels.maillage.directory.review;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import brussels.maillage.directory.ServiceStatus;
import brussels.maillage.identity.AuditLog;
import brussels.maillage.system.LocalizedText;
import brussels.maillage.territory.TerritoryService;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeping the directory true: the review queue of services not verified for a while and
 * the public's reports of wrong information (the one writer of {@code service_report}).
 */
@Service
@Transactional(readOnly = true)
public class ReviewService {

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final AuditLog audit;

	private final TerritoryService territory;

	private final Clock clock;

	private final Period reviewAfter;

	ReviewService(JdbcClient jdbc, JsonMapper json, AuditLog audit, TerritoryService territory, Clock clock,
			@Value("${maillage.directory.review-after:P12M}") Period reviewAfter) {
		this.jdbc = jdbc;
		this.json = json;
		this.audit = audit;
		this.territory = territory;
		this.clock = clock;
		this.reviewAfter = reviewAfter;
	}

	/** How long a service may go without being verified before it is due for review. */
	public Period reviewAfter() {
		return this.reviewAfter;
	}

	/**
	 * Services not verified since {@link #reviewAfter()} (or {@code months} when given),
	 * the longest unverified first, optionally only those of a bassin or a theme.
	 */
	ReviewQueue reviewQueue(Integer months, String bassin, String theme, int page, int size) {
		Period period = (months != null) ? Period.ofMonths(months) : this.reviewAfter;
		Instant cutoff = this.clock.instant().atZone(ZoneId.of("Europe/Brussels")).minus(period).toInstant();
		StringBuilder where = new StringBuilder(
				"s.status <> 'closed' and (s.last_verified_at is null or s.last_verified_at < :cutoff)");
		Map<String, Object> params = new java.util.HashMap<>();
		params.put("cutoff", Timestamp.from(cutoff));
		if (bassin != null) {
			List<String> communes = this.territory.submunicipalities()
				.stream()
				.filter((area) -> bassin.equals(area.bassin()))
				.map((area) -> area.nis())
				.distinct()
				.toList();
			params.put("bassin", bassin);
			params.put("communes", communes.toArray(String[]::new));
			where.append("""
					and ((s.area_level = 'BASSIN' and :bassin = any(s.area_codes))
					or (s.area_level = 'COMMUNE' and s.area_codes && cast(:communes as text[]))
					or (s.area_level = 'QUARTIER' and exists (select 1 from unnest(s.area_codes) q
						where left(q, 5) = any(cast(:communes as text[]))))
					or exists (select 1 from service_at_location sal join location l on l.id = sal.location_id
						where sal.service_id = s.id and l.commune_nis = any(cast(:communes as text[]))))""");
		}
		if (theme != null) {
			params.put("theme", theme);
			where.append("""
					and exists (select 1 from service_taxonomy st join taxonomy_term t on t.id = st.taxonomy_term_id
					left join taxonomy_term p on p.id = t.parent_id
					where st.service_id = s.id and (t.code = :theme or p.code = :theme))""");
		}
		long total = this.jdbc.sql("select count(*) from service s where " + where)
			.params(params)
			.query(Long.class)
			.single();
		params.put("limit", size);
		params.put("offset", (long) page * size);
		List<ReviewItem> items = this.jdbc.sql("""
				select s.id, s.name::text as name, o.name as organization, s.last_verified_at, s.last_verified_by,
					s.status
				from service s join organization o on o.id = s.organization_id
				where %s
				order by s.last_verified_at nulls first, o.name, s.id limit :limit offset :offset""".formatted(where))
			.params(params)
			.query((rs, row) -> new ReviewItem(rs.getObject("id", UUID.class), text(rs.getString("name")),
					rs.getString("organization"), instant(rs, "last_verified_at"), rs.getString("last_verified_by"),
					ServiceStatus.of(rs.getString("status"))))
			.list();
		return new ReviewQueue(items, total, page, size, period.toTotalMonths());
	}

	/**
	 * How many services are due for review (not verified since {@link #reviewAfter()}).
	 */
	public long due() {
		return reviewQueue(null, null, null, 0, 1).total();
	}

	/** Keeps a member of the public's report of wrong information, for the editors. */
	@Transactional
	public UUID report(UUID serviceId, String message, String contactEmail, String language) {
		UUID id = UUID.randomUUID();
		this.jdbc.sql("""
				insert into service_report (id, service_id, message, contact_email, language)
				values (?, ?, ?, ?, ?)""")
			.params(id, serviceId, message.strip(), blankToNull(contactEmail), language)
			.update();
		return id;
	}

	/**
	 * Reports in a state ({@code open}, {@code accepted} or {@code rejected}), oldest
	 * first.
	 */
	public List<ServiceReport> reports(String status, int limit) {
		return this.jdbc.sql("""
				select r.*, s.name::text as service_name from service_report r join service s on s.id = r.service_id
				where r.status = ? order by r.created_at, r.id limit ?""")
			.params(status, limit)
			.query((rs, row) -> new ServiceReport(rs.getObject("id", UUID.class),
					rs.getObject("service_id", UUID.class), text(rs.getString("service_name")), rs.getString("message"),
					rs.getString("contact_email"), rs.getString("language"), rs.getString("status"),
					instant(rs, "created_at"), rs.getString("handled_by"), instant(rs, "handled_at")))
			.list();
	}

	/** How many reports wait for an editor. */
	public long openReports() {
		return this.jdbc.sql("select count(*) from service_report where status = 'open'").query(Long.class).single();
	}

	/**
	 * Closes a report as accepted (the service was or will be corrected) or rejected; the
	 * contact address is erased.
	 * @return the service it was about, when the report was open
	 */
	@Transactional
	public Optional<UUID> handle(UUID reportId, boolean accepted, String editor) {
		Optional<UUID> service = this.jdbc.sql("""
				update service_report set status = ?, handled_by = ?, handled_at = now(), contact_email = null
				where id = ? and status = 'open' returning service_id""")
			.params(accepted ? "accepted" : "rejected", editor, reportId)
			.query(UUID.class)
			.optional();
		service
			.ifPresent((id) -> this.audit.record(accepted ? "directory.report.accepted" : "directory.report.rejected",
					"service", id, reportId.toString()));
		return service;
	}

	private LocalizedText text(String jsonb) {
		return (jsonb != null) ? this.json.readValue(jsonb, LocalizedText.class) : LocalizedText.of(null, null, null);
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp timestamp = rs.getTimestamp(column);
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
