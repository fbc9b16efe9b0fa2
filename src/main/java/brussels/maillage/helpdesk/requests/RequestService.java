package brussels.maillage.helpdesk.requests;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;

import brussels.maillage.helpdesk.HelpdeskRequest;
import brussels.maillage.helpdesk.followups.FollowUpService;
import brussels.maillage.helpdesk.HelpdeskService;
import brussels.maillage.identity.AuditLog;
import brussels.maillage.identity.CurrentUser;
import brussels.maillage.system.MailOutbox;
import brussels.maillage.system.OutgoingMail;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;
import org.springframework.web.server.ResponseStatusException;

/**
 * The request record's use cases, each in one transaction: opening a request (through the
 * module's API, {@link HelpdeskService#open}, which logs it), taking and correcting one,
 * transferring it to another line, replying by e-mail, and erasing old free text. Which
 * lines a person may choose is decided by {@link RequestLines}.
 */
@Service
@Transactional(readOnly = true)
class RequestService {

	private final HelpdeskService helpdesk;

	private final RequestRepository requests;

	private final RequestChecks checks;

	private final RequestLines lines;

	private final FollowUpService followUps;

	private final MailOutbox outbox;

	private final AuditLog audit;

	private final Clock clock;

	RequestService(HelpdeskService helpdesk, RequestRepository requests, RequestChecks checks, RequestLines lines,
			FollowUpService followUps, MailOutbox outbox, AuditLog audit, Clock clock) {
		this.helpdesk = helpdesk;
		this.requests = requests;
		this.checks = checks;
		this.lines = lines;
		this.followUps = followUps;
		this.outbox = outbox;
		this.audit = audit;
		this.clock = clock;
	}

	/** The newest requests of the lines {@code viewer} sees. */
	List<RequestRow> latest(CurrentUser viewer, int limit) {
		List<String> visible = this.lines.visibleLines(viewer);
		return this.requests.latest(visible, visible == null, limit);
	}

	/**
	 * Stores a new request taken by {@code user}; its id, or {@code null} when
	 * {@code errors} holds a message next to a field.
	 */
	@Transactional
	Long create(CurrentUser user, RequestForm form, Errors errors, Locale locale) {
		RequestData data = this.checks.check(form, errors, locale);
		if (data != null && data.lineCode() != null && !this.lines.canSee(user, data.lineCode())) {
			errors.rejectValue("line", "helpdesk.error.line.notYours");
			data = null;
		}
		if (data == null) {
			return null;
		}
		long id = this.requests.create(data, user.id(), user.displayName());
		this.audit.record("helpdesk.request.created", "helpdesk_request", id, null);
		return id;
	}

	/**
	 * Corrects a request; false when {@code errors} holds a message next to a field.
	 * @throws HelpdeskService.NotAllowed when {@code user} may not see it
	 */
	@Transactional
	boolean update(CurrentUser user, long id, RequestForm form, Errors errors, Locale locale) {
		HelpdeskRequest request = opened(id, user);
		RequestData data = this.checks.check(form, errors, locale);
		if (data != null && data.lineCode() != null && !data.lineCode().equals(request.lineCode())
				&& !this.lines.canSee(user, data.lineCode())) {
			errors.rejectValue("line", "helpdesk.error.line.notYours");
			data = null;
		}
		if (data == null) {
			return false;
		}
		this.requests.update(request.id(), data, user.id(), user.displayName());
		this.audit.record("helpdesk.request.updated", "helpdesk_request", request.id(), null);
		return true;
	}

	/**
	 * The request for {@code user}, as the module's API opens it (logged; refused to
	 * those who may not see its line).
	 * @throws HelpdeskService.NotAllowed when the request belongs to a line of another
	 * territory
	 * @throws ResponseStatusException 404 when there is no such request
	 */
	HelpdeskRequest opened(long id, CurrentUser user) {
		return this.helpdesk.open(id, user).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	/**
	 * Transfers the request to another line, unless that line is unknown or the reason
	 * holds identifying data the respondent has not confirmed.
	 */
	@Transactional
	Transfer transfer(CurrentUser user, long id, String toLine, String reason, boolean confirmIdentifying,
			Locale locale) {
		HelpdeskRequest request = opened(id, user);
		if (this.lines.find(toLine).isEmpty() || toLine.equals(request.lineCode())) {
			return new Transfer.UnknownLine();
		}
		String why = RequestRules.blankToNull(reason);
		String identifying = confirmIdentifying ? null : this.checks.identifyingMessage(why, locale);
		if (identifying != null) {
			return new Transfer.Identifying(identifying, why);
		}
		this.requests.transfer(id, request.lineCode(), toLine, user.displayName(),
				(why != null && why.length() > 500) ? why.substring(0, 500) : why);
		this.audit.record("helpdesk.request.transferred", "helpdesk_request", id,
				AuditLog.details("line-transferred", request.lineCode(), toLine));
		return new Transfer.Done();
	}

	/**
	 * Queues a reply to the sender of an e-mail request; false when there is no sender or
	 * the text is empty or too long.
	 */
	@Transactional
	boolean reply(CurrentUser user, long id, String text, String language) {
		HelpdeskRequest request = opened(id, user);
		if (request.callerEmail() == null || text == null || text.isBlank() || text.length() > 20_000) {
			return false;
		}
		String subject = (request.emailSubject() != null) ? "Re: " + request.emailSubject().replaceAll("[\r\n]", " ")
				: "Helpdesk";
		this.outbox.queue(new OutgoingMail(request.callerEmail(), subject, text, null, language, null, null)
			.about("helpdesk_request", id));
		this.audit.record("helpdesk.request.replied", "helpdesk_request", id, null);
		return true;
	}

	/**
	 * The form of a new request taken by {@code user} now, on their {@link #defaultLine}.
	 */
	RequestForm blankForm(CurrentUser user) {
		return RequestForm.blank(LocalDateTime.now(this.clock.withZone(HelpdeskService.TIME_ZONE)), defaultLine(user));
	}

	/**
	 * The line a new request of {@code user} starts on: the line they are on duty for,
	 * else the first line of their territories.
	 */
	private String defaultLine(CurrentUser user) {
		String onDuty = this.lines.lineOnDuty(user.id(), this.clock.instant());
		if (onDuty != null) {
			return onDuty;
		}
		return this.lines.all()
			.stream()
			.filter((line) -> user.territories().contains(line.territory()))
			.map(RequestLines.Line::code)
			.findFirst()
			.orElse(null);
	}

	/**
	 * Erases the free text of requests received before {@code before}, with their
	 * follow-ups' actions and transfers' reasons; returns how many requests.
	 */
	@Transactional
	int eraseFreeText(Instant before) {
		int erased = this.requests.eraseFreeText(before);
		this.followUps.eraseActions(before);
		this.requests.eraseTransferReasons(before);
		return erased;
	}

	/** How a transfer ended. */
	sealed interface Transfer {

		/** Transferred. */
		record Done() implements Transfer {
		}

		/** The target line is unknown or the request's own line. */
		record UnknownLine() implements Transfer {
		}

		/**
		 * The reason holds identifying data, named in {@code message}.
		 *
		 * @param message the message for the reason field
		 * @param reason the reason as typed
		 */
		record Identifying(String message, String reason) implements Transfer {
		}

	}

}
