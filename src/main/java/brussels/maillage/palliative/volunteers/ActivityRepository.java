package brussels.maillage.palliative.volunteers;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The only writer of {@code palliative_volunteer_cycle} and
 * {@code palliative_volunteer_group_meeting}.
 */
@Repository
class ActivityRepository {

	private static final String CYCLE = """
			select id, event_id, name, cycle_year, sessions, required, last_day from palliative_volunteer_cycle""";

	private final JdbcClient jdbc;

	ActivityRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insertCycle(UUID event, String name, int year, int sessions, int required, LocalDate lastDay) {
		return this.jdbc.sql("""
				insert into palliative_volunteer_cycle (event_id, name, cycle_year, sessions, required, last_day)
				values (?, ?, ?, ?, ?, ?) returning id""")
			.params(event, name, year, sessions, required, lastDay)
			.query(Long.class)
			.single();
	}

	List<Cycle> cycles(int year) {
		return this.jdbc.sql(CYCLE + " where cycle_year = ? order by last_day, id")
			.param(year)
			.query(Cycle.class)
			.list();
	}

	Optional<Cycle> cycle(long id) {
		return this.jdbc.sql(CYCLE + " where id = ?").param(id).query(Cycle.class).optional();
	}

	Optional<Cycle> cycle(String name, int year) {
		return this.jdbc.sql(CYCLE + " where name = ? and cycle_year = ? order by id limit 1")
			.params(name, year)
			.query(Cycle.class)
			.optional();
	}

	long insertMeeting(String kind, UUID event, LocalDate heldOn, String status) {
		return this.jdbc.sql("""
				insert into palliative_volunteer_group_meeting (kind, event_id, held_on, status)
				values (?, ?, ?, ?) returning id""").params(kind, event, heldOn, status).query(Long.class).single();
	}

	List<GroupMeeting> meetings(int year) {
		return this.jdbc.sql("""
				select id, kind, event_id, held_on, status, null::integer as participants
				from palliative_volunteer_group_meeting where extract(year from held_on) = ? order by held_on, id""")
			.param(year)
			.query(GroupMeeting.class)
			.list();
	}

}
