package brussels.maillage.palliative.referents;

import java.time.LocalDate;
import java.util.List;

import brussels.maillage.palliative.referents.ReferentMeeting.MeetingStatus;
import brussels.maillage.system.DemoMode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo referent groups of 2024 (activity report 2024, annex 3, action 4): a group in
 * every bassin, Nord and Nord-Est together, that met in March/April (22 participants over
 * the groups) and in October/November (34 participants).
 */
@Component
class DemoReferents {

	private static final Logger log = LoggerFactory.getLogger(DemoReferents.class);

	private static final LocalDate START = LocalDate.of(2024, 1, 1);

	private record DemoGroup(String name, List<String> bassins, LocalDate spring, int springParticipants,
			LocalDate autumn, int autumnParticipants) {
	}

	/** 22 participants in the spring round, 34 in the autumn round. */
	private static final List<DemoGroup> GROUPS = List.of(
			new DemoGroup("Nord + Nord-Est", List.of("NORD", "NORD_EST"), LocalDate.of(2024, 3, 12), 7,
					LocalDate.of(2024, 10, 8), 10),
			new DemoGroup("Sud", List.of("SUD"), LocalDate.of(2024, 3, 19), 5, LocalDate.of(2024, 10, 15), 8),
			new DemoGroup("Sud-Est", List.of("SUD_EST"), LocalDate.of(2024, 4, 9), 5, LocalDate.of(2024, 11, 5), 8),
			new DemoGroup("Centre-Ouest", List.of("CENTRE_OUEST"), LocalDate.of(2024, 4, 16), 5,
					LocalDate.of(2024, 11, 19), 8));

	private final DemoMode demo;

	private final ReferentService referents;

	private final ReferentGroupRepository groups;

	DemoReferents(DemoMode demo, ReferentService referents, ReferentGroupRepository groups) {
		this.demo = demo;
		this.referents = referents;
		this.groups = groups;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Transactional
	public void load() {
		if (!this.demo.enabled() || this.groups.count() > 0) {
			return;
		}
		for (DemoGroup group : GROUPS) {
			long id = this.referents.create(group.name(), group.bassins(), START);
			this.referents.record(this.referents.plan(id, group.spring()), MeetingStatus.HELD,
					group.springParticipants());
			this.referents.record(this.referents.plan(id, group.autumn()), MeetingStatus.HELD,
					group.autumnParticipants());
		}
		log.info("Demo palliative referent groups loaded: {} groups, 2 rounds in 2024", GROUPS.size());
	}

}
