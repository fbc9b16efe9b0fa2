package brussels.maillage.helpdesk.requests;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;

import brussels.maillage.helpdesk.Channel;
import org.junit.jupiter.api.Test;

import org.springframework.validation.Errors;
import org.springframework.validation.FieldError;
import org.springframework.validation.MapBindingResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The request form's rules that need nothing but the text a respondent types: the moment
 * the request came in, the minutes spent, a follow-up and its due day, a code chosen.
 */
class RequestRulesTests {

	// 10:00 in Brussels on 5 March 2026 (winter time, UTC+1)
	private static final Instant NOW = Instant.parse("2026-03-05T09:00:00Z");

	private final Errors errors = new MapBindingResult(new HashMap<>(), "form");

	@Test
	void readsTheMomentTypedInBrusselsTime() {
		assertThat(RequestRules.receivedAt(" 2026-03-05T09:45 ", NOW, this.errors))
			.isEqualTo(LocalDateTime.of(2026, 3, 5, 9, 45));
		assertThat(this.errors.hasErrors()).isFalse();
	}

	@Test
	void acceptsAMomentAMinuteAheadOfTheClockButNotTenMinutes() {
		RequestRules.receivedAt("2026-03-05T10:01", NOW, this.errors);
		assertThat(this.errors.hasErrors()).as("a clock a minute fast").isFalse();
		assertThat(RequestRules.receivedAt("2026-03-05T10:10", NOW, this.errors))
			.isEqualTo(LocalDateTime.of(2026, 3, 5, 10, 10));
		assertThat(codes()).containsExactly("receivedAt:helpdesk.error.receivedAt.future");
	}

	@Test
	void refusesAMissingAnUnreadableOrAnAncientMoment() {
		assertThat(RequestRules.receivedAt("  ", NOW, this.errors)).isNull();
		assertThat(RequestRules.receivedAt("05/03/2026 09:45", NOW, this.errors)).isNull();
		assertThat(RequestRules.receivedAt("1999-12-31T23:59", NOW, this.errors)).isNotNull();
		assertThat(codes()).containsExactly("receivedAt:helpdesk.error.receivedAt.required",
				"receivedAt:helpdesk.error.receivedAt.invalid", "receivedAt:helpdesk.error.receivedAt.invalid");
	}

	@Test
	void readsMinutesFromNoneToADay() {
		assertThat(RequestRules.minutes(null, this.errors)).isNull();
		assertThat(RequestRules.minutes("", this.errors)).isNull();
		assertThat(RequestRules.minutes(" 45 ", this.errors)).isEqualTo(45);
		assertThat(RequestRules.minutes("0", this.errors)).isZero();
		assertThat(RequestRules.minutes("1440", this.errors)).isEqualTo(1440);
		assertThat(this.errors.hasErrors()).isFalse();
	}

	@Test
	void refusesNegativeMinutesMoreThanADayAndWords() {
		RequestRules.minutes("-5", this.errors);
		RequestRules.minutes("1441", this.errors);
		assertThat(RequestRules.minutes("un quart d'heure", this.errors)).isNull();
		assertThat(codes()).containsExactly("minutesSpent:helpdesk.error.minutes",
				"minutesSpent:helpdesk.error.minutes", "minutesSpent:helpdesk.error.minutes");
	}

	@Test
	void keepsAFollowUpWithItsActionAndDueDay() {
		List<RequestData.NewFollowUp> followUps = new ArrayList<>();
		RequestRules.followUp(" Rappeler le CPAS ", "2026-03-12", "followUpAction", "followUpDue",
				LocalDate.of(2026, 3, 5), this.errors, followUps);
		RequestRules.followUp("Vérifier la visite", "2026-03-05", "followUpAction2", "followUpDue2",
				LocalDate.of(2026, 3, 5), this.errors, followUps);
		assertThat(this.errors.hasErrors()).isFalse();
		assertThat(followUps).containsExactly(
				new RequestData.NewFollowUp("Rappeler le CPAS", LocalDate.of(2026, 3, 12)),
				new RequestData.NewFollowUp("Vérifier la visite", LocalDate.of(2026, 3, 5)));
	}

	@Test
	void ignoresAFollowUpLeftEmpty() {
		List<RequestData.NewFollowUp> followUps = new ArrayList<>();
		RequestRules.followUp(" ", null, "followUpAction", "followUpDue", LocalDate.of(2026, 3, 5), this.errors,
				followUps);
		assertThat(followUps).isEmpty();
		assertThat(this.errors.hasErrors()).isFalse();
	}

	@Test
	void asksForTheHalfOfAFollowUpThatIsMissing() {
		List<RequestData.NewFollowUp> followUps = new ArrayList<>();
		RequestRules.followUp("Rappeler le CPAS", "", "followUpAction", "followUpDue", LocalDate.of(2026, 3, 5),
				this.errors, followUps);
		RequestRules.followUp(null, "2026-03-12", "followUpAction2", "followUpDue2", LocalDate.of(2026, 3, 5),
				this.errors, followUps);
		assertThat(followUps).isEmpty();
		assertThat(codes()).containsExactly("followUpDue:helpdesk.error.followUp.due",
				"followUpAction2:helpdesk.error.followUp.action");
	}

	@Test
	void refusesAFollowUpDueBeforeTheRequestUnreadableOrTooLong() {
		List<RequestData.NewFollowUp> followUps = new ArrayList<>();
		RequestRules.followUp("Rappeler", "2026-03-04", "followUpAction", "followUpDue", LocalDate.of(2026, 3, 5),
				this.errors, followUps);
		RequestRules.followUp("Rappeler", "jeudi prochain", "followUpAction2", "followUpDue2", LocalDate.of(2026, 3, 5),
				this.errors, followUps);
		RequestRules.followUp("x".repeat(501), "2026-03-12", "followUpAction", "followUpDue", LocalDate.of(2026, 3, 5),
				this.errors, followUps);
		assertThat(codes()).containsExactly("followUpDue:helpdesk.error.followUp.beforeRequest",
				"followUpDue2:helpdesk.error.followUp.invalid", "followUpAction:helpdesk.error.summary.long");
		assertThat(this.errors.getFieldError("followUpAction").getArguments()).containsExactly(500);
	}

	@Test
	void readsACodeAsTypedAndNothingElse() {
		assertThat(RequestRules.parse(Channel.class, " EMAIL ")).isEqualTo(Channel.EMAIL);
		assertThat(RequestRules.parse(Channel.class, "email")).isNull();
		assertThat(RequestRules.parse(Channel.class, "FAX")).isNull();
		assertThat(RequestRules.parse(Channel.class, "")).isNull();
		assertThat(RequestRules.blankToNull(" \t ")).isNull();
		assertThat(RequestRules.blankToNull("  Nord ")).isEqualTo("Nord");
	}

	private List<String> codes() {
		return this.errors.getFieldErrors().stream().map((FieldError e) -> e.getField() + ":" + e.getCode()).toList();
	}

}
