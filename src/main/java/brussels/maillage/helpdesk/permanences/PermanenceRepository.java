package brussels.maillage.helpdesk.permanences;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import brussels.maillage.helpdesk.HelpdeskService;
import brussels.maillage.identity.CurrentUser;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Version;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The roster of half-day permanences: coordinators assign, staff swap, everyone sees who
 * is on duty now and which half-days are not covered yet; each person's shifts are an
 * iCalendar feed behind a secret link.
 */
@Component
@Transactional(readOnly = true)
class PermanenceRepository {

	static final LocalTime MORNING = LocalTime.of(9, 0);

	static final LocalTime NOON = LocalTime.of(13, 0);

	static final LocalTime EVENING = LocalTime.of(17, 0);

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;

	private final LineService lines;

	private final Clock clock;

	PermanenceRepository(JdbcClient jdbc, LineService lines, Clock clock) {
		this.jdbc = jdbc;
		this.lines = lines;
		this.clock = clock;
	}

	List<Shift> between(LocalDate from, LocalDate to) {
		return this.jdbc.sql("""
				select id, line_code, day, half, user_id, user_name, user_email from helpdesk_shift
				where day between ? and ? order by day, half, line_code""").params(from, to).query(Shift.class).list();
	}

	List<Shift> of(long userId, LocalDate from) {
		return this.jdbc.sql("""
				select id, line_code, day, half, user_id, user_name, user_email from helpdesk_shift
				where user_id = ? and day >= ? order by day, half""").params(userId, from).query(Shift.class).list();
	}

	Optional<Shift> shift(long id) {
		return this.jdbc
			.sql("select id, line_code, day, half, user_id, user_name, user_email from helpdesk_shift where id = ?")
			.param(id)
			.query(Shift.class)
			.optional();
	}

	@Transactional
	void assign(String lineCode, LocalDate day, String half, CurrentUser person) {
		this.jdbc.sql("""
				insert into helpdesk_shift (line_code, day, half, user_id, user_name, user_email)
				values (?, ?, ?, ?, ?, ?)
				on conflict (line_code, day, half) do update set user_id = excluded.user_id,
					user_name = excluded.user_name, user_email = excluded.user_email""")
			.params(lineCode, day, half, person.id(), person.displayName(), person.email())
			.update();
	}

	@Transactional
	void remove(long id) {
		this.jdbc.sql("delete from helpdesk_shift where id = ?").param(id).update();
	}

	/**
	 * Half-days from {@code from} to {@code to} when a line is open but nobody is on
	 * duty.
	 */
	List<UncoveredHalfDay> uncovered(LocalDate from, LocalDate to) {
		List<Shift> shifts = between(from, to);
		List<UncoveredHalfDay> uncovered = new ArrayList<>();
		for (Line line : this.lines.all()) {
			for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
				for (String half : List.of("AM", "PM")) {
					ZonedDateTime start = day.atTime("AM".equals(half) ? MORNING : NOON)
						.atZone(HelpdeskService.TIME_ZONE);
					if (!line.openAt(start)) {
						continue;
					}
					LocalDate thisDay = day;
					boolean covered = shifts.stream()
						.anyMatch((shift) -> shift.lineCode().equals(line.code()) && shift.day().equals(thisDay)
								&& shift.half().equals(half));
					if (!covered) {
						uncovered.add(new UncoveredHalfDay(line.code(), day, half));
					}
				}
			}
		}
		return uncovered;
	}

	@Transactional
	long proposeSwap(Shift shift, CurrentUser from, CurrentUser to) {
		return this.jdbc.sql("""
				insert into helpdesk_shift_swap (shift_id, from_user_id, to_user_id, to_user_name, to_user_email)
				values (?, ?, ?, ?, ?) returning id""")
			.params(shift.id(), from.id(), to.id(), to.displayName(), to.email())
			.query(Long.class)
			.single();
	}

	List<ShiftSwap> swapsFor(long userId) {
		return this.jdbc.sql("""
				select w.id, w.shift_id, s.line_code, s.day, s.half, s.user_name as from_name, w.to_user_id,
					w.to_user_name, w.status
				from helpdesk_shift_swap w join helpdesk_shift s on s.id = w.shift_id
				where (w.to_user_id = :user or w.from_user_id = :user) and w.status = 'PROPOSED'
				order by s.day, s.half""").param("user", userId).query(ShiftSwap.class).list();
	}

	/**
	 * Accepts or declines a swap proposed to {@code userId}; false when there is none.
	 */
	@Transactional
	boolean answerSwap(long swapId, long userId, boolean accept) {
		Optional<ShiftSwap> swap = this.jdbc.sql("""
				select w.id, w.shift_id, s.line_code, s.day, s.half, s.user_name as from_name, w.to_user_id,
					w.to_user_name, w.status
				from helpdesk_shift_swap w join helpdesk_shift s on s.id = w.shift_id
				where w.id = ? and w.to_user_id = ? and w.status = 'PROPOSED' and s.user_id = w.from_user_id""")
			.params(swapId, userId)
			.query(ShiftSwap.class)
			.optional();
		if (swap.isEmpty()) {
			return false;
		}
		this.jdbc.sql("update helpdesk_shift_swap set status = ? where id = ?")
			.params(accept ? "ACCEPTED" : "DECLINED", swapId)
			.update();
		if (accept) {
			this.jdbc.sql("""
					update helpdesk_shift s set user_id = w.to_user_id, user_name = w.to_user_name,
						user_email = w.to_user_email
					from helpdesk_shift_swap w where w.id = ? and s.id = w.shift_id""").param(swapId).update();
		}
		return true;
	}

	/** A new secret calendar link for {@code userId}; the previous one stops working. */
	@Transactional
	String newCalendarToken(long userId) {
		byte[] bytes = new byte[24];
		RANDOM.nextBytes(bytes);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		this.jdbc.sql("""
				insert into helpdesk_calendar_token (user_id, token_hash) values (?, ?)
				on conflict (user_id) do update set token_hash = excluded.token_hash, created_at = now()""")
			.params(userId, hash(token))
			.update();
		return token;
	}

	boolean hasCalendarToken(long userId) {
		return this.jdbc.sql("select count(*) from helpdesk_calendar_token where user_id = ?")
			.param(userId)
			.query(Long.class)
			.single() > 0;
	}

	Optional<Long> calendarOwner(String token) {
		if (token == null || token.length() > 100) {
			return Optional.empty();
		}
		return this.jdbc.sql("select user_id from helpdesk_calendar_token where token_hash = ?")
			.param(hash(token))
			.query(Long.class)
			.optional();
	}

	/** The shifts of {@code userId} from a month ago on, as an iCalendar document. */
	String calendar(long userId) {
		Calendar calendar = new Calendar();
		calendar.add(new ProdId("-//Maillage//Helpdesk permanences//FR"));
		calendar.add(new Version(new ParameterList(), Version.VALUE_2_0));
		for (Shift shift : of(userId, LocalDate.now(this.clock.withZone(HelpdeskService.TIME_ZONE)).minusMonths(1))) {
			Instant start = shift.day()
				.atTime("AM".equals(shift.half()) ? MORNING : NOON)
				.atZone(HelpdeskService.TIME_ZONE)
				.toInstant();
			Instant end = shift.day()
				.atTime("AM".equals(shift.half()) ? NOON : EVENING)
				.atZone(HelpdeskService.TIME_ZONE)
				.toInstant();
			VEvent event = new VEvent(start, end, "Permanence helpdesk " + shift.lineCode());
			event.add(new Uid("helpdesk-shift-" + shift.id() + "@maillage"));
			calendar.add(event);
		}
		return calendar.toString();
	}

	static String half(LocalTime time) {
		return time.isBefore(NOON) ? "AM" : "PM";
	}

	private static String hash(String token) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
