package brussels.maillage.helpdesk;

import java.time.ZoneId;
import java.util.Optional;

import brussels.maillage.identity.AuditLog;
import brussels.maillage.identity.CurrentUser;
import brussels.maillage.identity.Role;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A helpdesk request as other modules and the API see it: opened by a person allowed to
 * see it, and logged. The statistics are {@link HelpdeskCounts}.
 */
@Service
@Transactional(readOnly = true)
public class HelpdeskService {

	/** The helpdesk's time zone: days, opening hours and half-days are Brussels time. */
	public static final ZoneId TIME_ZONE = ZoneId.of("Europe/Brussels");

	private final RequestReader requests;

	private final AuditLog audit;

	HelpdeskService(RequestReader requests, AuditLog audit) {
		this.requests = requests;
		this.audit = audit;
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
			this.audit.record("helpdesk.request.denied", "helpdesk_request", id,
					AuditLog.details("line", request.get().lineCode()));
			throw new NotAllowed();
		}
		this.audit.record("helpdesk.request.opened", "helpdesk_request", id, null);
		return request;
	}

	/**
	 * Whether {@code viewer} may see the requests of a line: coordinators all, staff
	 * those of the lines of their territories (the request pages apply the same rule to
	 * the lines one may choose, {@code RequestLines.canSee}).
	 */
	private boolean canSee(CurrentUser viewer, String lineCode) {
		if (viewer.has(Role.COORDINATOR)) {
			return true;
		}
		return this.requests.territoryOf(lineCode).map(viewer::worksFor).orElse(false);
	}

	/** Thrown when a person opens a request of a territory they do not work for. */
	public static class NotAllowed extends RuntimeException {

		public NotAllowed() {
			super("This request belongs to a line of another territory");
		}

	}

}
