package brussels.maillage.helpdesk.followups;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import brussels.maillage.helpdesk.HelpdeskService;
import brussels.maillage.helpdesk.StatisticsFilter;
import brussels.maillage.identity.AuditLog;
import brussels.maillage.identity.CurrentUser;
import brussels.maillage.identity.Role;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * Follow-up actions due, of the lines a person may see (the listing is logged), and
 * marking one done.
 */
@Service
@Transactional(readOnly = true)
public class FollowUpService {

	/** How far ahead "coming" follow-ups are listed. */
	public static final int COMING_DAYS = 14;

	private final HelpdeskFollowUpRepository followUps;

	private final Lines lines;

	private final AuditLog audit;

	FollowUpService(HelpdeskFollowUpRepository followUps, Lines lines, AuditLog audit) {
		this.followUps = followUps;
		this.lines = lines;
		this.audit = audit;
	}

	/**
	 * How many follow-ups not done of the lines {@code viewer} sees (requests without a
	 * line for coordinators) are overdue, due {@code today} and due in the coming
	 * {@link #COMING_DAYS} days.
	 */
	public DueCounts dueCounts(CurrentUser viewer, LocalDate today) {
		List<String> visible = this.lines.visibleLines(viewer);
		return DueCounts.of(this.followUps.due(visible, visible == null, null, null, today.plusDays(COMING_DAYS)),
				today, viewer.id());
	}

	/**
	 * The follow-ups due of the coming {@link #COMING_DAYS} days that {@code viewer}
	 * sees, of one line and one respondent when they are among the choices; the listing
	 * is written to the audit log.
	 */
	Due list(CurrentUser viewer, String line, String respondent, LocalDate today) {
		List<String> visible = this.lines.visibleLines(viewer);
		boolean coordinator = viewer.has(Role.COORDINATOR);
		List<String> lineChoices = new ArrayList<>((visible != null) ? visible : this.lines.codes());
		if (coordinator) {
			lineChoices.add(StatisticsFilter.UNRECORDED);
		}
		String chosenLine = (line != null && lineChoices.contains(line)) ? line : null;
		List<DueFollowUp> all = this.followUps.due(visible, coordinator, chosenLine, null, today.plusDays(COMING_DAYS));
		Map<Long, String> respondents = new LinkedHashMap<>();
		respondents.put(viewer.id(), viewer.displayName());
		all.stream()
			.filter((due) -> due.respondentId() != null)
			.sorted((a, b) -> String.valueOf(a.respondent()).compareTo(String.valueOf(b.respondent())))
			.forEach((due) -> respondents.putIfAbsent(due.respondentId(), due.respondent()));
		Long chosenRespondent = null;
		if ("me".equals(respondent)) {
			chosenRespondent = viewer.id();
		}
		else if (respondent != null && respondent.matches("\\d{1,18}")
				&& respondents.containsKey(Long.parseLong(respondent))) {
			chosenRespondent = Long.parseLong(respondent);
		}
		Long wanted = chosenRespondent;
		List<DueFollowUp> shown = all.stream()
			.filter((due) -> wanted == null || wanted.equals(due.respondentId()))
			.toList();
		this.audit.record("helpdesk.followups.listed", "helpdesk_follow_up", null,
				AuditLog.details("follow-ups-listed", chosenLine, chosenRespondent, shown.size()));
		return new Due(shown, lineChoices, respondents, chosenLine, chosenRespondent);
	}

	/**
	 * Marks a follow-up done by {@code user}; returns its request.
	 * @throws HelpdeskService.NotAllowed when {@code user} may not see its request
	 */
	@Transactional
	long markDone(CurrentUser user, long id) {
		Optional<String> line = this.followUps.lineOf(id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		long request = this.followUps.requestOf(id);
		if (line.isPresent() ? !this.lines.canSee(user, line.get()) : !user.has(Role.COORDINATOR)) {
			this.audit.record("helpdesk.followup.denied", "helpdesk_request", request,
					AuditLog.details("follow-up", id));
			throw new HelpdeskService.NotAllowed();
		}
		if (this.followUps.markDone(id, user.displayName())) {
			this.audit.record("helpdesk.followup.done", "helpdesk_request", request, AuditLog.details("follow-up", id));
		}
		return request;
	}

	/**
	 * Adds a follow-up action to a request, as the request is saved (follow-ups are
	 * written here only).
	 */
	@Transactional
	public void add(long requestId, String action, LocalDate dueOn) {
		this.followUps.add(requestId, action, dueOn);
	}

	/**
	 * Removes the follow-ups of a request that are not done yet, as it is saved again.
	 */
	@Transactional
	public void removeOpen(long requestId) {
		this.followUps.removeOpen(requestId);
	}

	/** Erases the actions of follow-ups of requests received before {@code before}. */
	@Transactional
	public void eraseActions(Instant before) {
		this.followUps.eraseActions(before);
	}

	/**
	 * Counts of the follow-ups due, for the helpdesk's first page.
	 *
	 * @param overdue due before today
	 * @param today due today
	 * @param coming due after today, within the coming days
	 * @param mine overdue or due today, of requests taken by the viewer
	 */
	public record DueCounts(long overdue, long today, long coming, long mine) {

		/** The counts of {@code due} on {@code day}, for the person {@code viewerId}. */
		static DueCounts of(List<DueFollowUp> due, LocalDate day, long viewerId) {
			return new DueCounts(due.stream().filter((f) -> f.dueOn().isBefore(day)).count(),
					due.stream().filter((f) -> f.dueOn().isEqual(day)).count(),
					due.stream().filter((f) -> f.dueOn().isAfter(day)).count(),
					due.stream()
						.filter((f) -> Long.valueOf(viewerId).equals(f.respondentId()) && !f.dueOn().isAfter(day))
						.count());
		}

	}

	/**
	 * The follow-ups listed and the choices that narrowed them.
	 *
	 * @param shown the follow-ups listed, the oldest first
	 * @param lineChoices the lines one may narrow to
	 * @param respondents the respondents one may narrow to, by id
	 * @param chosenLine the line chosen, or {@code null}
	 * @param chosenRespondent the respondent chosen, or {@code null}
	 */
	record Due(List<DueFollowUp> shown, List<String> lineChoices, Map<Long, String> respondents, String chosenLine,
			Long chosenRespondent) {
	}

	/**
	 * Which lines' requests a person sees, given by the requests
	 * ({@code helpdesk.requests}), whose rule it is: the follow-ups listed and marked
	 * done are those of requests one may see.
	 */
	public interface Lines {

		/** The codes of every line, the regional line first. */
		List<String> codes();

		/** Whether {@code viewer} may see the requests of a line. */
		boolean canSee(CurrentUser viewer, String lineCode);

		/** Codes of the lines {@code viewer} sees, or {@code null} for all of them. */
		List<String> visibleLines(CurrentUser viewer);

	}

}
