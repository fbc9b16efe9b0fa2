package brussels.maillage.palliative.volunteers;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The nightly job erases a candidate's contact details once the retention (six months by
 * default) has passed since the decision, and the year's counts stay as they were.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class VolunteerErasureTests {

	@Autowired
	VolunteerService volunteers;

	@Autowired
	JdbcClient jdbc;

	@Test
	void contactDetailsAreErasedAfterTheRetentionAndTheCountsStay() {
		long interviewer = this.jdbc.sql("select id from app_user where email = 'palliatif@demo.maillage.brussels'")
			.query(Long.class)
			.single();
		long old = this.volunteers.add("Emma Janssens", "emma@example.be", "0470 00 00 01", Language.NL, Source.PARTNER,
				java.time.LocalDate.of(2012, 1, 10));
		this.volunteers.interview(old, java.time.LocalDate.of(2012, 1, 20), interviewer, Outcome.ADMITTED);
		this.volunteers.training(old, "Cycle de printemps", 2012, TrainingStatus.TRAINED, null);
		long recent = this.volunteers.add("Farid Benali", "farid@example.be", "", Language.FR, Source.WEBSITE,
				this.volunteers.today().minusDays(10));
		this.volunteers.interview(recent, this.volunteers.today().minusDays(3), interviewer, Outcome.DECLINED);
		long undecided = this.volunteers.add("Greet Wouters", "", "02 000 00 00", Language.NL, Source.EVENT,
				java.time.LocalDate.of(2012, 2, 1));
		YearFigures before = this.volunteers.figures(2012);
		assertThat(before.interviews()).isGreaterThanOrEqualTo(1);

		this.volunteers.eraseExpiredContacts();

		Map<String, Object> erased = row(old);
		assertThat(erased.get("full_name")).isNull();
		assertThat(erased.get("email")).isNull();
		assertThat(erased.get("phone")).isNull();
		assertThat(erased.get("erased_on")).isNotNull();
		assertThat(erased.get("language")).isEqualTo("NL");
		assertThat(row(recent).get("full_name")).isEqualTo("Farid Benali");
		assertThat(row(recent).get("email")).isEqualTo("farid@example.be");
		assertThat(row(undecided).get("full_name")).as("no decision yet, nothing to count from")
			.isEqualTo("Greet Wouters");
		YearFigures after = this.volunteers.figures(2012);
		assertThat(after).isEqualTo(before);
		assertThat(this.jdbc
			.sql("select count(*) from palliative_volunteer_interview where candidate_id = ? and outcome = 'ADMITTED'")
			.param(old)
			.query(Long.class)
			.single()).isOne();
		assertThat(this.jdbc.sql("select count(*) from audit_entry where action = 'palliative.volunteers.erased'")
			.query(Long.class)
			.single()).isPositive();
	}

	private Map<String, Object> row(long id) {
		return this.jdbc
			.sql("select full_name, email, phone, language, erased_on from palliative_volunteer_candidate where id = ?")
			.param(id)
			.query()
			.singleRow();
	}

}
