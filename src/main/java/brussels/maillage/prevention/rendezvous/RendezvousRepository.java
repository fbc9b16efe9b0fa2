package brussels.maillage.prevention.rendezvous;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import brussels.maillage.prevention.local.PreventionBassin;
import brussels.maillage.system.LocalizedText;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The only writer of the Rendez-vous tables. */
@Repository
class RendezvousRepository {

	private static final String SESSION_COLUMNS = """
			s.id, s.venue_id, v.bassin, s.held_on, s.theme::text as theme, s.partners, s.headcount""";

	private final JdbcClient jdbc;

	private final JsonMapper json;

	RendezvousRepository(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	List<Venue> venues(PreventionBassin bassin) {
		return this.jdbc
			.sql("select id, bassin, service_id, partners from prevention_venue where bassin = ? "
					+ "order by created_at")
			.param(bassin.name())
			.query(this::venueRow)
			.list();
	}

	Optional<Venue> venue(UUID id) {
		return this.jdbc.sql("select id, bassin, service_id, partners from prevention_venue where id = ?")
			.param(id)
			.query(this::venueRow)
			.optional();
	}

	long countVenues() {
		return this.jdbc.sql("select count(*) from prevention_venue").query(Long.class).single();
	}

	void addVenue(UUID id, PreventionBassin bassin, UUID serviceId, String partners) {
		this.jdbc.sql("""
				insert into prevention_venue (id, bassin, service_id, partners) values (?, ?, ?, ?)
				on conflict (bassin, service_id) do nothing""").params(id, bassin.name(), serviceId, partners).update();
	}

	void partners(UUID venueId, String partners) {
		this.jdbc.sql("update prevention_venue set partners = ? where id = ?").params(partners, venueId).update();
	}

	void addSession(UUID id, UUID venueId, LocalDate heldOn, LocalizedText theme, String partners, int headcount,
			String by) {
		this.jdbc.sql("""
				insert into prevention_session (id, venue_id, held_on, theme, partners, headcount, recorded_by)
				values (?, ?, ?, cast(? as jsonb), ?, ?, ?)""")
			.params(id, venueId, heldOn, this.json.writeValueAsString(theme), partners, headcount, by)
			.update();
	}

	void removeSession(UUID id, PreventionBassin bassin) {
		this.jdbc.sql("""
				delete from prevention_session s using prevention_venue v
				where s.id = ? and v.id = s.venue_id and v.bassin = ?""").params(id, bassin.name()).update();
	}

	/** Sessions of a year, of one bassin or every one ({@code null}), by day. */
	List<PreventionSession> sessions(int year, PreventionBassin bassin) {
		return this.jdbc.sql("select " + SESSION_COLUMNS + """
				 from prevention_session s join prevention_venue v on v.id = s.venue_id
				where extract(year from s.held_on) = ? and (cast(? as text) is null or v.bassin = ?)
				order by s.held_on, v.bassin""")
			.params(year, (bassin != null) ? bassin.name() : null, (bassin != null) ? bassin.name() : null)
			.query(this::sessionRow)
			.list();
	}

	/** Per bassin: venues used, sessions and headcount of a year. */
	List<BassinFigures> figures(int year) {
		return this.jdbc.sql("""
				select v.bassin, count(distinct v.id) as venues, count(*) as sessions, sum(s.headcount) as headcount
				from prevention_session s join prevention_venue v on v.id = s.venue_id
				where extract(year from s.held_on) = ? group by v.bassin""")
			.param(year)
			.query((rs, row) -> new BassinFigures(PreventionBassin.valueOf(rs.getString("bassin")),
					rs.getLong("venues"), rs.getLong("sessions"), rs.getLong("headcount")))
			.list();
	}

	private Venue venueRow(ResultSet rs, int row) throws SQLException {
		return new Venue(rs.getObject("id", UUID.class), PreventionBassin.valueOf(rs.getString("bassin")),
				rs.getObject("service_id", UUID.class), rs.getString("partners"));
	}

	private PreventionSession sessionRow(ResultSet rs, int row) throws SQLException {
		return new PreventionSession(rs.getObject("id", UUID.class), rs.getObject("venue_id", UUID.class),
				PreventionBassin.valueOf(rs.getString("bassin")), rs.getObject("held_on", LocalDate.class),
				this.json.readValue(rs.getString("theme"), LocalizedText.class), rs.getString("partners"),
				rs.getInt("headcount"));
	}

}
