package brussels.maillage.helpdesk;

import java.time.ZoneId;
import java.util.Optional;

import brussels.maillage.helpdesk.monitoring.MonitoringService;
import brussels.maillage.helpdesk.requests.RequestService;
import brussels.maillage.identity.CurrentUser;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The helpdesk as other modules and the API see it: a request opened by a person allowed
 * to see it (and logged), and the statistics of a period.
 */
@Service
@Transactional(readOnly = true)
public class HelpdeskService {

	/** The helpdesk's time zone: days, opening hours and half-days are Brussels time. */
	public static final ZoneId TIME_ZONE = ZoneId.of("Europe/Brussels");

	private final RequestService requests;

	private final MonitoringService statistics;

	HelpdeskService(RequestService requests, MonitoringService statistics) {
		this.requests = requests;
		this.statistics = statistics;
	}

	/**
	 * The request, when {@code viewer} may see it; every opening and every refused
	 * attempt is written to the audit log.
	 * @throws NotAllowed when the request belongs to a line of another territory
	 */
	public Optional<HelpdeskRequest> open(long id, CurrentUser viewer) {
		return this.requests.open(id, viewer);
	}

	/** Counts of the requests that match {@code filter}. */
	@Transactional(propagation = Propagation.SUPPORTS)
	public StatisticsReport statistics(StatisticsFilter filter) {
		return this.statistics.report(filter);
	}

	/** Thrown when a person opens a request of a territory they do not work for. */
	public static class NotAllowed extends RuntimeException {

		public NotAllowed() {
			super("This request belongs to a line of another territory");
		}

	}

}
