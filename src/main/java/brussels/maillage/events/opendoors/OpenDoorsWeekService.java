package brussels.maillage.events.opendoors;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import brussels.maillage.events.EventsService;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The open-doors weeks: created by staff with their call for hosts, published, listed for
 * the agenda, and their totals; the only writer of {@code open_doors_week}.
 */
@Service
public class OpenDoorsWeekService {

	private final JdbcClient jdbc;

	private final Clock clock;

	OpenDoorsWeekService(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Transactional
	public UUID createWeek(String name, String bassin, LocalDate startsOn, LocalDate endsOn, LocalDate hostsCloseOn) {
		if (name == null || name.isBlank()) {
			throw new OpenDoorsRefused("name", "name");
		}
		if (startsOn == null || endsOn == null || endsOn.isBefore(startsOn)) {
			throw new OpenDoorsRefused("dates", "endsOn");
		}
		if (hostsCloseOn == null || hostsCloseOn.isAfter(startsOn)) {
			throw new OpenDoorsRefused("closing", "hostsCloseOn");
		}
		UUID id = UUID.randomUUID();
		this.jdbc.sql("""
				insert into open_doors_week (id, name, bassin, starts_on, ends_on, hosts_close_on, status)
				values (?, ?, ?, ?, ?, ?, 'CALL')""")
			.params(id, name.strip(), bassin, startsOn, endsOn, hostsCloseOn)
			.update();
		return id;
	}

	@Transactional(readOnly = true)
	public Optional<OpenDoorsWeek> week(UUID id) {
		return this.jdbc.sql("select * from open_doors_week where id = ?")
			.param(id)
			.query(OpenDoorsWeek.class)
			.optional();
	}

	@Transactional(readOnly = true)
	public List<OpenDoorsWeek> weeks() {
		return this.jdbc.sql("select * from open_doors_week order by starts_on, name")
			.query(OpenDoorsWeek.class)
			.list();
	}

	/**
	 * The bassins a staff member may hold a week in: those of the yearly calendar of one
	 * week per bassin, in alphabetical order.
	 */
	public List<String> bassins() {
		return DemoOpenDoors.WEEKS.values().stream().sorted().toList();
	}

	@Transactional
	public void publish(UUID weekId) {
		this.jdbc.sql("update open_doors_week set status = 'PUBLISHED' where id = ?").param(weekId).update();
	}

	/** Totals over the weeks named. */
	@Transactional(readOnly = true)
	OpenDoors.Totals totals(List<String> names) {
		return this.jdbc.sql("""
				select count(distinct w.id) as weeks,
					(select count(*) from open_doors_offer o join open_doors_week w2 on w2.id = o.week_id
						where w2.name in (:names) and o.status = 'VALIDATED') as hosts,
					(select count(*) from open_doors_visitor v join open_doors_week w3 on w3.id = v.week_id
						where w3.name in (:names)) as visitors,
					(select count(*) from open_doors_booking b join open_doors_slot s on s.id = b.slot_id
						join open_doors_offer o2 on o2.id = s.offer_id join open_doors_week w4 on w4.id = o2.week_id
						where w4.name in (:names)) as visits
				from open_doors_week w where w.name in (:names)""")
			.param("names", names)
			.query(OpenDoors.Totals.class)
			.single();
	}

	/**
	 * The week, locked for the rest of the transaction, while its call for hosts is open.
	 * @throws OpenDoorsRefused when the week is unknown or its call is closed
	 */
	OpenDoorsWeek lockOpenWeek(UUID weekId) {
		OpenDoorsWeek week = this.jdbc.sql("select * from open_doors_week where id = ? for update")
			.param(weekId)
			.query(OpenDoorsWeek.class)
			.optional()
			.orElseThrow(() -> new OpenDoorsRefused("unknown", "week"));
		if (!week.openToHosts(LocalDate.ofInstant(this.clock.instant(), EventsService.TIME_ZONE))) {
			throw new OpenDoorsRefused("closed", "week");
		}
		return week;
	}

	/** A week as the demo writes it, in any status. */
	void insertForDemo(UUID id, String name, String bassin, LocalDate startsOn, LocalDate endsOn,
			LocalDate hostsCloseOn, String status) {
		this.jdbc.sql("""
				insert into open_doors_week (id, name, bassin, starts_on, ends_on, hosts_close_on, status)
				values (?, ?, ?, ?, ?, ?, ?)""")
			.params(id, name, bassin, startsOn, endsOn, hostsCloseOn, status)
			.update();
	}

}
