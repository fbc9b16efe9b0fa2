package brussels.maillage.helpdesk;

import java.sql.Timestamp;
import java.time.LocalDate;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A read-only count the statistics lack, for the indicators: the orientations given
 * (services proposed) in a calendar year, where the statistics list only the ten services
 * proposed most often. Drafts of the e-mail intake are not counted, as in the statistics.
 */
@Service
@Transactional(readOnly = true)
public class HelpdeskCounts {

	private final JdbcClient jdbc;

	HelpdeskCounts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Services proposed to the requests received in {@code year}, for requests of one
	 * bassin of the situation or all ({@code null}).
	 */
	public long orientations(int year, String bassin) {
		return this.jdbc.sql("""
				select count(*) from helpdesk_orientation o join helpdesk_request r on r.id = o.request_id
				where r.status <> 'DRAFT' and r.received_at >= :from and r.received_at < :to
					and (cast(:bassin as text) is null or r.bassin = :bassin)""")
			.param("from", start(year))
			.param("to", start(year + 1))
			.param("bassin", bassin)
			.query(Long.class)
			.single();
	}

	private static Timestamp start(int year) {
		return Timestamp.from(LocalDate.of(year, 1, 1).atStartOfDay(HelpdeskService.TIME_ZONE).toInstant());
	}

}
