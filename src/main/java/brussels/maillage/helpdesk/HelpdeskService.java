package brussels.maillage.helpdesk;

import java.util.List;
import java.util.Optional;

import brussels.maillage.identity.AuditLog;
import brussels.maillage.identity.CurrentUser;
import brussels.maillage.identity.Role;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The helpdesk as other modules and the API see it: its lines, a request opened by a
 * person allowed to see it (and logged), and the statistics of a period.
 */
@Service
@Transactional(readOnly = true)
public class HelpdeskService {

	private final Lines lines;

	private final Requests requests;

	private final Statistics statistics;

	private final AuditLog audit;

	HelpdeskService(Lines lines, Requests requests, Statistics statistics, AuditLog audit) {
		this.lines = lines;
		this.requests = requests;
		this.statistics = statistics;
		this.audit = audit;
	}

	/** Every line, the regional line first. */
	public List<Line> lines() {
		return this.lines.all();
	}

	/**
	 * The request, when {@code viewer} may see it; every opening and every refused
	 * attempt is written to the audit log.
	 * @throws NotAllowed when the request belongs to a line of another territory
	 */
	public Optional<HelpdeskRequest> open(long id, CurrentUser viewer) {
		Optional<HelpdeskRequest> request = this.requests.find(id);
		if (request.isEmpty()) {
			return request;
		}
		if (!canSee(viewer, request.get().lineCode())) {
			this.audit.record("helpdesk.request.denied", "helpdesk_request", id, "line " + request.get().lineCode());
			throw new NotAllowed();
		}
		this.audit.record("helpdesk.request.opened", "helpdesk_request", id, null);
		return request;
	}

	/**
	 * Whether {@code viewer} may see the requests of a line: coordinators see all, staff
	 * those of their territories' lines.
	 */
	public boolean canSee(CurrentUser viewer, String lineCode) {
		if (viewer.has(Role.COORDINATOR)) {
			return true;
		}
		return this.lines.find(lineCode).map((line) -> viewer.worksFor(line.territory())).orElse(false);
	}

	/** Codes of the lines {@code viewer} sees, or {@code null} for all of them. */
	public List<String> visibleLines(CurrentUser viewer) {
		if (viewer.has(Role.COORDINATOR)) {
			return null;
		}
		return this.lines.all().stream().filter((line) -> viewer.worksFor(line.territory())).map(Line::code).toList();
	}

	/** Counts of the requests that match {@code filter}. */
	@Transactional(propagation = Propagation.SUPPORTS)
	public StatisticsReport statistics(StatisticsFilter filter) {
		return this.statistics.report(filter);
	}

	/** Thrown when a person opens a request of a territory they do not work for. */
	public static class NotAllowed extends RuntimeException {

		NotAllowed() {
			super("This request belongs to a line of another territory");
		}

	}

}
