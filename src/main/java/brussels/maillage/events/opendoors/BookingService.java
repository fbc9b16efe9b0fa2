package brussels.maillage.events.opendoors;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bookings of visits by professionals, without an account, and their cancellation through
 * a personal link; the only writer of {@code open_doors_booking} and
 * {@code open_doors_visitor}.
 */
@Service
class BookingService {

	private final JdbcClient jdbc;

	private final OpenDoorsProgrammeService programme;

	private final OpenDoorsMails mails;

	private final Clock clock;

	BookingService(JdbcClient jdbc, OpenDoorsProgrammeService programme, OpenDoorsMails mails, Clock clock) {
		this.jdbc = jdbc;
		this.programme = programme;
		this.mails = mails;
		this.clock = clock;
	}

	/**
	 * Books one visit; a person may book several visits of a week with the same e-mail.
	 * @return the booking id
	 * @throws OpenDoorsRefused on a full slot, a visit overlapping another of the same
	 * person, or a week that is not published
	 */
	@Transactional
	UUID book(UUID slotId, OpenDoors.Booking booking) {
		if (booking.name() == null || booking.name().isBlank()) {
			throw new OpenDoorsRefused("name", "name");
		}
		if (FormLimits.tooLong(booking.name(), FormLimits.NAME)) {
			throw new OpenDoorsRefused("nameLength", "name");
		}
		if (booking.email() == null || !booking.email().strip().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")
				|| FormLimits.tooLong(booking.email(), FormLimits.EMAIL)) {
			throw new OpenDoorsRefused("email", "email");
		}
		if (booking.profession() == null || booking.profession().isBlank()) {
			throw new OpenDoorsRefused("profession", "profession");
		}
		if (FormLimits.tooLong(booking.profession(), FormLimits.NAME)) {
			throw new OpenDoorsRefused("professionLength", "profession");
		}
		// Locks the slot: concurrent bookings of one slot are counted one after the
		// other.
		var slot = this.jdbc
			.sql("""
					select s.id, s.capacity, s.starts_at, s.ends_at, o.week_id, o.status as offer_status, w.status as week_status
					from open_doors_slot s join open_doors_offer o on o.id = s.offer_id
					join open_doors_week w on w.id = o.week_id where s.id = ? for update of s""")
			.param(slotId)
			.query((rs,
					n) -> new Object[] { rs.getInt("capacity"), rs.getTimestamp("starts_at").toInstant(),
							rs.getTimestamp("ends_at").toInstant(), rs.getObject("week_id", UUID.class),
							rs.getString("offer_status"), rs.getString("week_status") })
			.optional()
			.orElseThrow(() -> new OpenDoorsRefused("unknown", "slot"));
		if (!"VALIDATED".equals(slot[4]) || !"PUBLISHED".equals(slot[5])) {
			throw new OpenDoorsRefused("notopen", "slot");
		}
		Instant startsAt = (Instant) slot[1];
		Instant endsAt = (Instant) slot[2];
		if (startsAt.isBefore(this.clock.instant())) {
			throw new OpenDoorsRefused("past", "slot");
		}
		UUID weekId = (UUID) slot[3];
		String email = booking.email().strip();
		String language = List.of("fr", "nl", "en").contains(booking.language()) ? booking.language() : "fr";
		this.jdbc
			.sql("""
					insert into open_doors_visitor (id, week_id, email, name, profession, language) values (?, ?, ?, ?, ?, ?)
					on conflict (week_id, lower(email)) do update set name = excluded.name,
						profession = excluded.profession, language = excluded.language""")
			.params(UUID.randomUUID(), weekId, email, booking.name().strip(), booking.profession().strip(), language)
			.update();
		UUID visitorId = this.jdbc
			.sql("select id from open_doors_visitor where week_id = ? and lower(email) = lower(?)")
			.params(weekId, email)
			.query(UUID.class)
			.single();
		boolean overlaps = this.jdbc.sql("""
				select count(*) from open_doors_booking b join open_doors_slot s on s.id = b.slot_id
				where b.visitor_id = ? and s.starts_at < ? and s.ends_at > ?""")
			.params(visitorId, java.sql.Timestamp.from(endsAt), java.sql.Timestamp.from(startsAt))
			.query(Long.class)
			.single() > 0;
		if (overlaps) {
			throw new OpenDoorsRefused("overlap", "slot");
		}
		long booked = this.jdbc.sql("select count(*) from open_doors_booking where slot_id = ?")
			.param(slotId)
			.query(Long.class)
			.single();
		if (booked >= (Integer) slot[0]) {
			throw new OpenDoorsRefused("full", "slot");
		}
		UUID id = UUID.randomUUID();
		String token = PersonalLinks.newToken();
		this.jdbc.sql("insert into open_doors_booking (id, slot_id, visitor_id, token) values (?, ?, ?, ?)")
			.params(id, slotId, visitorId, token)
			.update();
		this.mails.bookingConfirmed(id, this.programme.slot(slotId, Locale.forLanguageTag(language)).orElseThrow(),
				booking.name().strip(), email, language, token);
		return id;
	}

	/** A visit behind its personal link. */
	@Transactional(readOnly = true)
	Optional<BookedVisit> visit(String token, Locale locale) {
		return this.jdbc.sql("""
				select b.slot_id, v.name from open_doors_booking b join open_doors_visitor v on v.id = b.visitor_id
				where b.token = ?""")
			.param(token)
			.query((rs, n) -> new Object[] { rs.getObject("slot_id", UUID.class), rs.getString("name") })
			.optional()
			.flatMap((row) -> this.programme.slot((UUID) row[0], locale)
				.map((slot) -> new BookedVisit(slot, (String) row[1])));
	}

	/**
	 * Cancels a visit through its personal link: the place is free again and the host's
	 * list no longer shows the visitor; a visitor left without visits is forgotten.
	 * @return whether a visit was cancelled
	 */
	@Transactional
	boolean cancelVisit(String token) {
		Optional<UUID[]> booking = this.jdbc.sql("""
				select b.id, b.visitor_id, b.slot_id from open_doors_booking b
				where b.token = ? for update""")
			.param(token)
			.query((rs,
					n) -> new UUID[] { rs.getObject("id", UUID.class), rs.getObject("visitor_id", UUID.class),
							rs.getObject("slot_id", UUID.class) })
			.optional();
		if (booking.isEmpty()) {
			return false;
		}
		// Locks the slot as booking does, so the freed place is counted once.
		this.jdbc.sql("select id from open_doors_slot where id = ? for update")
			.param(booking.get()[2])
			.query(UUID.class)
			.single();
		this.jdbc.sql("delete from open_doors_booking where id = ?").param(booking.get()[0]).update();
		this.jdbc.sql("""
				delete from open_doors_visitor v where v.id = ?
				and not exists (select 1 from open_doors_booking b where b.visitor_id = v.id)""")
			.param(booking.get()[1])
			.update();
		return true;
	}

	/** A visitor of a week as the demo writes it. */
	void insertVisitorForDemo(UUID id, UUID weekId, String email, String name, String profession, String language) {
		this.jdbc.sql("""
				insert into open_doors_visitor (id, week_id, email, name, profession, language)
				values (?, ?, ?, ?, ?, ?)""").params(id, weekId, email, name, profession, language).update();
	}

	/** A visit booked as the demo writes it (no personal link). */
	void insertBookingForDemo(UUID slotId, UUID visitorId) {
		this.jdbc.sql("insert into open_doors_booking (id, slot_id, visitor_id) values (?, ?, ?)")
			.params(UUID.randomUUID(), slotId, visitorId)
			.update();
	}

}
