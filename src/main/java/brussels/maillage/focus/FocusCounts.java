package brussels.maillage.focus;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Read-only counts of Focus repertoires for the indicators: published for the first time
 * in a calendar year, and published earlier and changed in it.
 */
@Service
@Transactional(readOnly = true)
public class FocusCounts {

	private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

	private final JdbcClient jdbc;

	FocusCounts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The year's repertoires published and updated. */
	public Repertoires repertoires(int year) {
		return this.jdbc.sql("""
				select count(*) filter (where published_at >= :from and published_at < :to) as published,
					count(*) filter (where published_at < :from and last_modified >= :from and last_modified < :to)
						as updated
				from focus_repertoire where status = 'published'""")
			.param("from", start(year))
			.param("to", start(year + 1))
			.query((rs, row) -> new Repertoires(rs.getLong("published"), rs.getLong("updated")))
			.single();
	}

	private static Timestamp start(int year) {
		return Timestamp.from(LocalDate.of(year, 1, 1).atStartOfDay(BRUSSELS).toInstant());
	}

	/**
	 * Repertoire counts.
	 *
	 * @param published first published in the year
	 * @param updated published before the year and changed in it
	 */
	public record Repertoires(long published, long updated) {
	}

}
