package brussels.maillage.helpdesk.permanences;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;

import brussels.maillage.helpdesk.HelpdeskService;
import brussels.maillage.identity.Accounts;
import brussels.maillage.system.DemoMode;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Demo permanences for the coming two weeks, when demo data is on. */
@Component
class DemoRoster {

	private final DemoMode demo;

	private final PermanenceRepository permanences;

	private final Accounts accounts;

	private final Clock clock;

	DemoRoster(DemoMode demo, PermanenceRepository permanences, Accounts accounts, Clock clock) {
		this.demo = demo;
		this.permanences = permanences;
		this.accounts = accounts;
		this.clock = clock;
	}

	@EventListener(ApplicationReadyEvent.class)
	void load() {
		if (this.demo.enabled()) {
			rosterDemo();
		}
	}

	/**
	 * Nord and Sud respondents on their lines for the coming two weeks (mornings for
	 * Nord, afternoons for Sud), so that other half-days show as uncovered.
	 */
	private void rosterDemo() {
		LocalDate today = LocalDate.now(this.clock.withZone(HelpdeskService.TIME_ZONE));
		if (!this.permanences.between(today, today.plusDays(14)).isEmpty()) {
			return;
		}
		var nord = this.accounts.findByEmail("nord@demo.maillage.brussels");
		var sud = this.accounts.findByEmail("sud@demo.maillage.brussels");
		for (LocalDate day = today; day.isBefore(today.plusDays(14)); day = day.plusDays(1)) {
			if (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
				continue;
			}
			LocalDate shiftDay = day;
			nord.ifPresent((person) -> this.permanences.assign("NORD", shiftDay, "AM", person));
			nord.ifPresent((person) -> this.permanences.assign("NORD", shiftDay, "PM", person));
			sud.ifPresent((person) -> this.permanences.assign("SUD", shiftDay, "PM", person));
		}
	}

}
