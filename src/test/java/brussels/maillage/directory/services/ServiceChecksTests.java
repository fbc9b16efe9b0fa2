package brussels.maillage.directory.services;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;

import brussels.maillage.directory.OpeningHours;
import org.junit.jupiter.api.Test;

import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.Errors;

import static org.assertj.core.api.Assertions.assertThat;

/** The service form's rules of several fields, on what an editor types. */
class ServiceChecksTests {

	@Test
	void aNameInAnyOneLanguageIsEnough() {
		assertThat(codes(ServiceChecks::name, form("", "", "Social desk"))).isEmpty();
		assertThat(codes(ServiceChecks::name, form("", " ", "")))
			.containsExactly("nameFr:directory.edit.name.required");
	}

	@Test
	void agesAreWholeYearsFromZeroTo120() {
		assertThat(ServiceChecks.age(" 18 ")).isEqualTo(18);
		assertThat(ServiceChecks.age("0")).isZero();
		assertThat(ServiceChecks.age("120")).isEqualTo(120);
		assertThat(ServiceChecks.age("121")).isNull();
		assertThat(ServiceChecks.age("-1")).isNull();
		assertThat(ServiceChecks.age("douze")).isNull();
		assertThat(ServiceChecks.age("")).isNull();
	}

	@Test
	void theMaximumAgeIsNotBelowTheMinimum() {
		ServiceForm form = ServiceForm.empty();
		assertThat(codes(ServiceChecks::ages, withAges(form, "18", "12")))
			.containsExactly("maximumAge:directory.edit.age.order");
		assertThat(codes(ServiceChecks::ages, withAges(form, "12", "12"))).isEmpty();
		assertThat(codes(ServiceChecks::ages, withAges(form, "12", ""))).isEmpty();
	}

	@Test
	void eachPhoneLineIsANumberAndTheFirstWrongLineIsNamed() {
		Errors errors = errors(ServiceForm.empty());
		assertThat(ServiceChecks.phones("02 511 11 11\n\n+32 (0)2 511.11.12\r\n", errors))
			.containsExactly("02 511 11 11", "+32 (0)2 511.11.12");
		assertThat(errors.hasErrors()).isFalse();
		ServiceChecks.phones("02 511 11 11\nappelez-nous\n12", errors);
		assertThat(errors.getFieldError("phones").getCode()).isEqualTo("directory.edit.phone.invalid");
		assertThat(errors.getFieldError("phones").getArguments()).containsExactly("appelez-nous");
	}

	@Test
	void hoursRowsNeedADayAndTwoTimesInOrderAndEmptyRowsAreSkipped() {
		ServiceForm form = withHours(List.of(new HoursRow("TUESDAY", "9:00", "12:30"),
				new HoursRow("FRIDAY", "14:00", "13:00"), new HoursRow("", "9h", "")));
		Errors errors = errors(form);
		List<OpeningHours> hours = ServiceChecks.hours(form.hours(), errors);
		assertThat(hours)
			.containsExactly(new OpeningHours(DayOfWeek.TUESDAY, LocalTime.of(9, 0), LocalTime.of(12, 30)));
		assertThat(errors.getFieldErrors().stream().map((e) -> e.getField() + ":" + e.getCode())).containsExactly(
				"hours[1].closes:directory.edit.hours.closesBeforeOpens",
				"hours[2].day:directory.edit.hours.dayMissing", "hours[2].opens:directory.edit.hours.time",
				"hours[2].closes:directory.edit.hours.time");
	}

	@Test
	void theFormKeepsFilledHoursRowsAndOffersThreeEmptyOnes() {
		ServiceForm form = new ServiceForm(null, null, null, null, null, null, null, null, null, null, null, null, null,
				null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
				null, null, List.of(new HoursRow("", "", ""), new HoursRow("MONDAY", null, "")), null, null);
		// Each row stays where it was typed (an empty row before it included), so that it
		// comes back under its own name.
		assertThat(form.hours()).containsExactly(new HoursRow("", "", ""), new HoursRow("MONDAY", "", ""),
				new HoursRow("", "", ""), new HoursRow("", "", ""), new HoursRow("", "", ""));
		assertThat(form.nameFr()).isEmpty();
		assertThat(form.languages()).isEmpty();
		assertThat(form.verified()).isFalse();
		assertThat(form.fieldsInPageOrder()).containsSubsequence("locationIds", "hours[0].day", "hours[4].closes",
				"applicationProcessFr");
	}

	private static ServiceForm form(String fr, String nl, String en) {
		ServiceForm empty = ServiceForm.empty();
		return new ServiceForm(fr, nl, en, "", "", "", "", "", "", "", "", "", "", "", "", "", empty.status(),
				empty.kind(), empty.cost(), "", "", "", "", "", List.of(), List.of(), List.of(), List.of(),
				empty.areaLevel(), List.of(), List.of(), "", List.of(), "", false);
	}

	private static ServiceForm withAges(ServiceForm f, String minimum, String maximum) {
		return new ServiceForm(f.nameFr(), f.nameNl(), f.nameEn(), "", "", "", "", "", "", "", "", "", "", "", "", "",
				f.status(), f.kind(), f.cost(), "", "", "", minimum, maximum, List.of(), List.of(), List.of(),
				List.of(), f.areaLevel(), List.of(), List.of(), "", List.of(), "", false);
	}

	private static ServiceForm withHours(List<HoursRow> rows) {
		ServiceForm f = ServiceForm.empty();
		return new ServiceForm("Nom", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", f.status(), f.kind(),
				f.cost(), "", "", "", "", "", List.of(), List.of(), List.of(), List.of(), f.areaLevel(), List.of(),
				List.of(), "", rows, "", false);
	}

	private static Errors errors(ServiceForm form) {
		return new BeanPropertyBindingResult(form, "form");
	}

	private static List<String> codes(java.util.function.BiConsumer<ServiceForm, Errors> check, ServiceForm form) {
		Errors errors = errors(form);
		check.accept(form, errors);
		return errors.getFieldErrors().stream().map((e) -> e.getField() + ":" + e.getCode()).toList();
	}

}
