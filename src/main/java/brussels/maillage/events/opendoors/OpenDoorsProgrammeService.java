package brussels.maillage.events.opendoors;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The published programme: validated visit slots with their host and the visits booked,
 * for the programme's page and a booking (the agenda reads the published weeks and slots
 * itself).
 */
@Service
class OpenDoorsProgrammeService {

	/** A visit slot as the programme shows it, with its host and the visits booked. */
	private static final String SLOTS = """
			select s.id as slot_id, o.id as offer_id, o.host_name, o.address, o.commune_nis,
				coalesce(s.themes[1], o.theme) as theme,
				coalesce(s.description ->> :lang, s.description ->> 'fr', s.description ->> 'nl',
					s.description ->> 'en', o.description) as description,
				s.starts_at, s.ends_at, s.capacity,
				(select count(*) from open_doors_booking b where b.slot_id = s.id) as booked, s.language
			from open_doors_slot s join open_doors_offer o on o.id = s.offer_id
			""";

	private final JdbcClient jdbc;

	OpenDoorsProgrammeService(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Validated slots of a published week, narrowed by day, commune and theme when given.
	 */
	@Transactional(readOnly = true)
	List<ProgrammeSlot> programme(UUID weekId, LocalDate day, String commune, String theme, Locale locale) {
		StringBuilder sql = new StringBuilder(SLOTS + """
				join open_doors_week w on w.id = o.week_id
				where o.week_id = :week and o.status = 'VALIDATED' and w.status <> 'CALL'""");
		var params = new java.util.HashMap<String, Object>();
		params.put("week", weekId);
		params.put("lang", locale.getLanguage());
		if (day != null) {
			sql.append(" and (s.starts_at at time zone 'Europe/Brussels')::date = :day");
			params.put("day", day);
		}
		if (commune != null && !commune.isBlank()) {
			sql.append(" and o.commune_nis = :commune");
			params.put("commune", commune);
		}
		if (theme != null && !theme.isBlank()) {
			sql.append(" and (o.theme = :theme or :theme = any(s.themes))");
			params.put("theme", theme);
		}
		sql.append(" order by s.starts_at, o.host_name");
		return this.jdbc.sql(sql.toString()).params(params).query(ProgrammeSlot.class).list();
	}

	@Transactional(readOnly = true)
	Optional<ProgrammeSlot> slot(UUID slotId, Locale locale) {
		return this.jdbc.sql(SLOTS + " where s.id = :slot")
			.param("slot", slotId)
			.param("lang", locale.getLanguage())
			.query(ProgrammeSlot.class)
			.optional();
	}

}
