package brussels.maillage.prevention;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Read-only counts of the Rendez-vous de la prévention santé of a calendar year for the
 * indicators: sessions held and their anonymous headcounts, for one bassin or all.
 */
@Service
@Transactional(readOnly = true)
public class PreventionCounts {

	private final JdbcClient jdbc;

	PreventionCounts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The year's Rendez-vous sessions in {@code bassin}, or in all bassins
	 * ({@code null}).
	 */
	public Rendezvous rendezvous(int year, String bassin) {
		return this.jdbc.sql("""
				select count(*) as sessions, coalesce(sum(s.headcount), 0) as people
				from prevention_session s join prevention_venue v on v.id = s.venue_id
				where extract(year from s.held_on) = :year and (cast(:bassin as text) is null or v.bassin = :bassin)""")
			.param("year", year)
			.param("bassin", bassin)
			.query((rs, row) -> new Rendezvous(rs.getLong("sessions"), rs.getLong("people")))
			.single();
	}

	/**
	 * Rendez-vous counts.
	 *
	 * @param sessions sessions held
	 * @param people headcounts summed over the sessions (attendances)
	 */
	public record Rendezvous(long sessions, long people) {
	}

}
