package brussels.maillage.events.communities;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import brussels.maillage.events.settings.EventsProperties;
import brussels.maillage.events.EventsService;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo community of practice: eight members, ten meetings in the last complete year,
 * and a fee statement per participant that matches the attendance recorded.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DemoCommunitiesTests {

	@Autowired
	CommunityService communities;

	@Autowired
	EventsProperties properties;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theDemoCommunityHasEightMembersTenMeetingsAndAStatementMatchingItsAttendance() {
		UUID id = this.jdbc.sql("select id from community where name ->> 'fr' = ?")
			.param(DemoCommunities.NAME.fr())
			.query(UUID.class)
			.single();
		Community community = this.communities.find(id).orElseThrow();
		int year = LocalDate.now(EventsService.TIME_ZONE).getYear() - 1;
		assertThat(community.members()).hasSize(8);
		assertThat(community.meetings()).hasSize(10).allMatch((meeting) -> meeting.heldOn().getYear() == year);
		List<Community.FeeLine> statement = this.communities.statement(community, year);
		assertThat(statement).hasSize(8);
		for (Community.FeeLine line : statement) {
			long attended = community.meetings().stream().filter((m) -> m.attended(line.member().id())).count();
			assertThat(line.meetings()).isEqualTo((int) attended).isBetween(5, 10);
			assertThat(line.amount())
				.isEqualByComparingTo(this.properties.communityFeePerMeeting().multiply(BigDecimal.valueOf(attended)));
		}
	}

}
