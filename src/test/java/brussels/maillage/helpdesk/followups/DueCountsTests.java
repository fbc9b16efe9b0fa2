package brussels.maillage.helpdesk.followups;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The counts on the helpdesk's first page: follow-ups overdue (due before today), due
 * today and coming (after today), and those overdue or due today of one's own requests.
 */
class DueCountsTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 3, 5);

	private static final long ME = 7;

	private static final long COLLEAGUE = 8;

	@Test
	void countsOverdueTodayAndComingFollowUps() {
		List<DueFollowUp> due = List.of(due(1, "2026-02-27", COLLEAGUE), due(2, "2026-03-04", COLLEAGUE),
				due(3, "2026-03-05", COLLEAGUE), due(4, "2026-03-06", COLLEAGUE), due(5, "2026-03-19", COLLEAGUE),
				due(6, "2026-03-10", null));
		assertThat(FollowUpService.DueCounts.of(due, TODAY, ME)).isEqualTo(new FollowUpService.DueCounts(2, 1, 3, 0));
	}

	@Test
	void countsAsMineOnlyMyOwnFollowUpsOverdueOrDueToday() {
		List<DueFollowUp> due = List.of(due(1, "2026-03-01", ME), due(2, "2026-03-05", ME), due(3, "2026-03-06", ME),
				due(4, "2026-03-05", COLLEAGUE), due(5, "2026-03-02", null));
		FollowUpService.DueCounts counts = FollowUpService.DueCounts.of(due, TODAY, ME);
		assertThat(counts.mine()).isEqualTo(2);
		assertThat(counts.overdue()).isEqualTo(2);
		assertThat(counts.today()).isEqualTo(2);
		assertThat(counts.coming()).isEqualTo(1);
	}

	@Test
	void countsNothingWhenNothingIsDue() {
		assertThat(FollowUpService.DueCounts.of(List.of(), TODAY, ME))
			.isEqualTo(new FollowUpService.DueCounts(0, 0, 0, 0));
	}

	private static DueFollowUp due(long id, String dueOn, Long respondentId) {
		return new DueFollowUp(id, 100 + id, "Rappeler le CPAS", LocalDate.parse(dueOn), "NORD", respondentId,
				(respondentId != null) ? "Respondent " + respondentId : null);
	}

}
