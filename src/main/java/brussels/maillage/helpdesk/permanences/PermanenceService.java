package brussels.maillage.helpdesk.permanences;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import brussels.maillage.helpdesk.HelpdeskService;
import brussels.maillage.identity.AuditLog;
import brussels.maillage.identity.CurrentUser;
import brussels.maillage.identity.Role;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;
import org.springframework.web.server.ResponseStatusException;

/**
 * The permanences' use cases: the roster of a fortnight, assignment by coordinators,
 * swaps between staff and each person's calendar feed (every change logged). Who is on
 * duty now, which the request form and the helpdesk's first page show, is read by
 * {@code helpdesk.requests} itself.
 */
@Service
@Transactional(readOnly = true)
class PermanenceService {

	private final PermanenceRepository permanences;

	private final PermanenceChecks checks;

	private final AuditLog audit;

	PermanenceService(PermanenceRepository permanences, PermanenceChecks checks, AuditLog audit) {
		this.permanences = permanences;
		this.checks = checks;
		this.audit = audit;
	}

	/**
	 * The roster from {@code start} to {@code end}: one row per half-day when a line is
	 * open, one cell per line.
	 */
	List<RosterRow> roster(List<Line> all, LocalDate start, LocalDate end) {
		List<Shift> shifts = this.permanences.between(start, end);
		List<RosterRow> rows = new ArrayList<>();
		for (LocalDate day = start; !day.isAfter(end); day = day.plusDays(1)) {
			for (String half : List.of("AM", "PM")) {
				ZonedDateTime moment = day
					.atTime("AM".equals(half) ? PermanenceRepository.MORNING : PermanenceRepository.NOON)
					.atZone(HelpdeskService.TIME_ZONE);
				if (all.stream().noneMatch((line) -> line.openAt(moment))) {
					continue;
				}
				List<RosterRow.Cell> cells = new ArrayList<>();
				for (Line line : all) {
					LocalDate thisDay = day;
					Optional<Shift> shift = shifts.stream()
						.filter((s) -> s.lineCode().equals(line.code()) && s.day().equals(thisDay)
								&& s.half().equals(half))
						.findFirst();
					String state = shift.isPresent() ? "COVERED" : line.openAt(moment) ? "UNCOVERED" : "CLOSED";
					cells.add(new RosterRow.Cell(line.code(), state, shift.orElse(null)));
				}
				rows.add(new RosterRow(day, half, cells));
			}
		}
		return rows;
	}

	List<UncoveredHalfDay> uncovered(LocalDate from, LocalDate to) {
		return this.permanences.uncovered(from, to);
	}

	List<Shift> of(long userId, LocalDate from) {
		return this.permanences.of(userId, from);
	}

	List<ShiftSwap> swapsFor(long userId) {
		return this.permanences.swapsFor(userId);
	}

	boolean hasCalendarToken(long userId) {
		return this.permanences.hasCalendarToken(userId);
	}

	/**
	 * Puts a staff member on a line for a half-day, replacing whoever was there.
	 * @return the day assigned, or {@code null} with what was wrong added to
	 * {@code errors}
	 */
	@Transactional
	LocalDate assign(CurrentUser coordinator, AssignmentForm form, Errors errors) {
		coordinator(coordinator);
		CurrentUser person = this.checks.assignment(form, errors);
		if (errors.hasErrors()) {
			return null;
		}
		LocalDate date = form.date();
		this.permanences.assign(form.line(), date, form.half(), person);
		this.audit.record("helpdesk.shift.assigned", "helpdesk_shift", form.line() + " " + date + " " + form.half(),
				person.email());
		return date;
	}

	@Transactional
	void remove(CurrentUser coordinator, long id) {
		coordinator(coordinator);
		this.permanences.remove(id);
		this.audit.record("helpdesk.shift.removed", "helpdesk_shift", id, null);
	}

	/**
	 * Proposes one's shift to a colleague; false, with the error added to {@code errors},
	 * when the address is not a staff member other than {@code user}.
	 */
	@Transactional
	boolean proposeSwap(CurrentUser user, long id, SwapForm form, Errors errors) {
		Shift shift = this.permanences.shift(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		if (shift.userId() != user.id()) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
		CurrentUser colleague = this.checks.swap(user, form, errors);
		if (colleague == null) {
			return false;
		}
		this.permanences.proposeSwap(shift, user, colleague);
		this.audit.record("helpdesk.shift.swapProposed", "helpdesk_shift", id, colleague.email());
		return true;
	}

	@Transactional
	void answerSwap(CurrentUser user, long id, boolean accept) {
		if (!this.permanences.answerSwap(id, user.id(), accept)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		this.audit.record(accept ? "helpdesk.shift.swapAccepted" : "helpdesk.shift.swapDeclined", "helpdesk_swap", id,
				null);
	}

	/** A new secret calendar link for {@code user}; the previous one stops working. */
	@Transactional
	String newCalendarToken(CurrentUser user) {
		String token = this.permanences.newCalendarToken(user.id());
		this.audit.record("helpdesk.calendar.created", "user", user.id(), null);
		return token;
	}

	/** The iCalendar document of the owner of {@code token}, when there is one. */
	Optional<String> calendar(String token) {
		return this.permanences.calendarOwner(token).map(this.permanences::calendar);
	}

	private static void coordinator(CurrentUser user) {
		if (!user.has(Role.COORDINATOR)) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
	}

}
