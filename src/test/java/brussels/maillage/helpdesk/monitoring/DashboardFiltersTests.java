package brussels.maillage.helpdesk.monitoring;

import java.time.LocalDate;
import java.util.List;

import brussels.maillage.helpdesk.Channel;
import brussels.maillage.helpdesk.Profession;
import brussels.maillage.helpdesk.RequestKind;
import brussels.maillage.helpdesk.StatisticsFilter;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.validation.BeanPropertyBindingResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboard's filters as a person types them: a period of days from 2000 to 2100 (the
 * current year when none is given), the codes of the lists, and what is said when the
 * period cannot be used.
 */
class DashboardFiltersTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 3, 5);

	private static final List<String> LINES = List.of("REGION", "NORD", "NORD_EST", "SUD", "SUD_EST", "CENTRE_OUEST");

	private static final List<String> THEMES = List.of("housing", "mental-health");

	private static ValidatorFactory factory;

	private static Validator validator;

	@BeforeAll
	static void validator() {
		factory = Validation.buildDefaultValidatorFactory();
		validator = factory.getValidator();
	}

	@AfterAll
	static void close() {
		factory.close();
	}

	@Test
	void withoutAPeriodCountsTheCurrentYear() {
		BeanPropertyBindingResult errors = errors(form(null, null));
		DashboardFilters filters = DashboardFilters.read(form(null, null), errors, LINES, THEMES, TODAY);
		assertThat(filters.filter()).isEqualTo(StatisticsFilter.year(2026));
		assertThat(filters.from()).isEqualTo("2026-01-01");
		assertThat(filters.to()).isEqualTo("2026-12-31");
		assertThat(errors.hasErrors()).isFalse();
	}

	@Test
	void aFirstDayAloneRunsToTheEndOfItsYear() {
		DashboardFilters filters = read(form("2024-05-02", null));
		assertThat(filters.filter().from()).isEqualTo(LocalDate.of(2024, 5, 2));
		assertThat(filters.filter().to()).isEqualTo(LocalDate.of(2024, 12, 31));
	}

	@Test
	void readsTheCodesOfTheLists() {
		DashboardFilters filters = read(
				new DashboardForm("2024-01-01", "2024-12-31", "SUD", "NORD_EST", "EMAIL", "GP", "housing", "COMPLEX"));
		assertThat(filters.filter())
			.isEqualTo(new StatisticsFilter(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31), "SUD", "NORD_EST",
					Channel.EMAIL, Profession.GP, "housing", RequestKind.COMPLEX));
		assertThat(filters.query())
			.isEqualTo("from=2024-01-01&to=2024-12-31&line=SUD&bassin=NORD_EST&channel=EMAIL&profession=GP"
					+ "&theme=housing&kind=COMPLEX");
	}

	@Test
	void keepsTheChoicesForWhatWasNotRecorded() {
		DashboardFilters filters = read(
				new DashboardForm("2024-01-01", "2024-12-31", "NONE", "NONE", null, null, null, null));
		assertThat(filters.filter().line()).isEqualTo("NONE");
		assertThat(filters.filter().bassin()).isEqualTo("NONE");
	}

	@Test
	void ignoresCodesThatAreNotInTheLists() {
		DashboardFilters filters = read(
				new DashboardForm("2024-01-01", "2024-12-31", "NOPE", "EST", "FAX", "gp", "weather", "URGENT"));
		assertThat(filters.filter()).isEqualTo(StatisticsFilter.year(2024));
		assertThat(filters.query()).isEqualTo("from=2024-01-01&to=2024-12-31");
	}

	@Test
	void aDayThatDoesNotExistIsReportedAndTheCurrentYearIsCounted() {
		DashboardForm form = form("2024-13-45", null);
		assertThat(problems(form)).containsExactly("from {helpdesk.dashboard.error.date}");
		DashboardFilters filters = read(form);
		assertThat(filters.filter()).isEqualTo(StatisticsFilter.year(2026));
		assertThat(filters.from()).as("what was typed stays in the field").isEqualTo("2024-13-45");
	}

	@Test
	void daysBefore2000OrAfter2100AreReported() {
		assertThat(problems(form("1999-12-31", "2101-01-01"))).containsExactly("from {helpdesk.dashboard.error.date}",
				"to {helpdesk.dashboard.error.date}");
		assertThat(problems(form("2000-01-01", "2100-12-31"))).isEmpty();
		assertThat(problems(form("", " "))).isEmpty();
	}

	@Test
	void aPeriodThatEndsBeforeItStartsIsReportedOnTheLastDay() {
		BeanPropertyBindingResult errors = errors(form("2024-06-01", "2024-05-31"));
		DashboardFilters filters = DashboardFilters.read(form("2024-06-01", "2024-05-31"), errors, LINES, THEMES,
				TODAY);
		assertThat(errors.getFieldError("to").getCode()).isEqualTo("helpdesk.dashboard.error.toBeforeFrom");
		assertThat(filters.filter().from()).isEqualTo(LocalDate.of(2024, 6, 1));
		assertThat(filters.filter().to()).isEqualTo(LocalDate.of(2024, 12, 31));
	}

	@Test
	void aPeriodOfMoreThanTwentyYearsIsCutToTwenty() {
		BeanPropertyBindingResult errors = errors(form("2001-01-01", "2030-12-31"));
		DashboardFilters filters = DashboardFilters.read(form("2001-01-01", "2030-12-31"), errors, LINES, THEMES,
				TODAY);
		assertThat(errors.getFieldError("to").getCode()).isEqualTo("helpdesk.dashboard.error.tooLong");
		assertThat(filters.filter().to()).isEqualTo(LocalDate.of(2021, 1, 1));
		BeanPropertyBindingResult twenty = errors(form("2001-01-01", "2021-01-01"));
		DashboardFilters.read(form("2001-01-01", "2021-01-01"), twenty, LINES, THEMES, TODAY);
		assertThat(twenty.hasErrors()).as("exactly twenty years").isFalse();
	}

	private static DashboardForm form(String from, String to) {
		return new DashboardForm(from, to, null, null, null, null, null, null);
	}

	private static DashboardFilters read(DashboardForm form) {
		return DashboardFilters.read(form, errors(form), LINES, THEMES, TODAY);
	}

	private static BeanPropertyBindingResult errors(DashboardForm form) {
		return new BeanPropertyBindingResult(form, "dashboardForm");
	}

	private static List<String> problems(DashboardForm form) {
		return validator.validate(form)
			.stream()
			.map((violation) -> violation.getPropertyPath() + " " + violation.getMessageTemplate())
			.sorted()
			.toList();
	}

}
