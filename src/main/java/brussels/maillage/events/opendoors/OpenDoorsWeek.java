package brussels.maillage.events.opendoors;

import java.time.LocalDate;
import java.util.UUID;

/**
 * An open-doors week of one bassin.
 *
 * @param id week id
 * @param name its name, for example {@code Backstage}
 * @param bassin bassin code
 * @param startsOn first day
 * @param endsOn last day
 * @param hostsCloseOn last day on which hosts may offer visits
 * @param status {@code CALL} (call for hosts), {@code PUBLISHED} or {@code CLOSED}
 */
public record OpenDoorsWeek(UUID id, String name, String bassin, LocalDate startsOn, LocalDate endsOn,
		LocalDate hostsCloseOn, String status) {

	/** Whether hosts may still offer visits on that day. */
	public boolean openToHosts(LocalDate today) {
		return "CALL".equals(this.status) && !today.isAfter(this.hostsCloseOn);
	}

}
