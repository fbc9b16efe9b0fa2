package brussels.maillage.events.agenda;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the agenda shows of open doors, read from the tables of {@code events.opendoors}
 * (which writes them): the published weeks of a month, and the validated visit slots of
 * published weeks for the calendar feed.
 */
@Repository
@Transactional(readOnly = true)
class PublishedOpenDoors {

	private final JdbcClient jdbc;

	PublishedOpenDoors(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Published weeks with a day between two dates, optionally of one bassin. */
	List<Week> weeks(LocalDate from, LocalDate to, String bassin) {
		return this.jdbc.sql("""
				select id, name, bassin, starts_on, ends_on from open_doors_week
				where status = 'PUBLISHED' and starts_on <= :to and ends_on >= :from
					and (cast(:bassin as text) is null or bassin = :bassin)
				order by starts_on, name""")
			.param("from", from)
			.param("to", to)
			.param("bassin", bassin)
			.query(Week.class)
			.list();
	}

	/**
	 * Validated slots of published weeks between two instants, optionally of one bassin,
	 * their description in the reader's language (else French, Dutch, English, the
	 * offer's).
	 */
	List<Visit> visits(Instant from, Instant to, String bassin, Locale locale) {
		return this.jdbc.sql("""
				select s.id as slot_id, o.host_name, o.address,
					coalesce(s.description ->> :lang, s.description ->> 'fr', s.description ->> 'nl',
						s.description ->> 'en', o.description) as description,
					s.starts_at, s.ends_at
				from open_doors_slot s join open_doors_offer o on o.id = s.offer_id
				join open_doors_week w on w.id = o.week_id
				where o.status = 'VALIDATED' and w.status = 'PUBLISHED' and s.starts_at < :to and s.ends_at > :from
					and (cast(:bassin as text) is null or w.bassin = :bassin)
				order by s.starts_at, o.host_name""")
			.param("lang", locale.getLanguage())
			.param("from", Timestamp.from(from))
			.param("to", Timestamp.from(to))
			.param("bassin", bassin)
			.query(Visit.class)
			.list();
	}

	/**
	 * A published open-doors week of one bassin, as the agenda links to its programme.
	 *
	 * @param id week id
	 * @param name its name, for example {@code Backstage}
	 * @param bassin bassin code
	 * @param startsOn first day
	 * @param endsOn last day
	 */
	record Week(UUID id, String name, String bassin, LocalDate startsOn, LocalDate endsOn) {
	}

	/**
	 * A visit slot of a published programme, as the calendar feed lists it.
	 *
	 * @param slotId slot id
	 * @param hostName host organisation
	 * @param address address of the visit
	 * @param description what the visit shows, or {@code null}
	 * @param startsAt start
	 * @param endsAt end
	 */
	record Visit(UUID slotId, String hostName, String address, String description, Instant startsAt, Instant endsAt) {
	}

}
