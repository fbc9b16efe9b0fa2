package brussels.maillage.directory.services;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import brussels.maillage.directory.AreaLevel;
import brussels.maillage.directory.Cost;
import brussels.maillage.directory.DirectoryService;
import brussels.maillage.directory.OpeningHours;
import brussels.maillage.directory.RegisterService;
import brussels.maillage.directory.ServiceDetails;
import brussels.maillage.directory.ServiceKind;
import brussels.maillage.directory.ServiceStatus;
import brussels.maillage.directory.Theme;
import brussels.maillage.identity.TerritoryScope;
import brussels.maillage.system.LocalizedText;
import brussels.maillage.territory.TerritoryService;

import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

/**
 * Reads the service typed in the service form, with every problem reported next to its
 * field.
 */
@Component
class ServiceFormReader {

	/** Who a service can be meant for. */
	static final List<String> AUDIENCES = List.of("children", "youth", "adults", "seniors", "families", "carers",
			"homeless", "migrants", "professionals");

	private static final Pattern PHONE = Pattern.compile("^\\+?[0-9][0-9 ./()-]{6,24}$");

	private final DirectoryService directory;

	private final ServiceEditing editing;

	private final TerritoryService territory;

	ServiceFormReader(DirectoryService directory, ServiceEditing editing, TerritoryService territory) {
		this.directory = directory;
		this.editing = editing;
		this.territory = territory;
	}

	/**
	 * The service typed in the form, or {@code null} with every problem reported next to
	 * its field.
	 */
	RegisterService read(ServiceForm form, UUID id, UUID organizationId, Errors errors) {
		LocalizedText name = form.name();
		if (name.isEmpty()) {
			errors.rejectValue("nameFr", "directory.edit.name.required");
		}
		for (String field : List.of("nameFr", "nameNl", "nameEn")) {
			String value = (String) errors.getFieldValue(field);
			if (value != null && value.strip().length() > 200) {
				errors.rejectValue(field, "directory.edit.tooLong");
			}
		}
		ServiceStatus status = choice(ServiceStatus.class, form.getStatus(), "status", errors);
		ServiceKind kind = choice(ServiceKind.class, form.getKind(), "kind", errors);
		Cost cost = choice(Cost.class, form.getCost(), "cost", errors);
		AreaLevel level = choice(AreaLevel.class, form.getAreaLevel(), "areaLevel", errors);
		FieldChecks.checkEmail(form.getEmail(), "email", errors);
		FieldChecks.checkUrl(form.getUrl(), "url", errors);
		Integer minimumAge = age(form.getMinimumAge(), "minimumAge", errors);
		Integer maximumAge = age(form.getMaximumAge(), "maximumAge", errors);
		if (minimumAge != null && maximumAge != null && maximumAge < minimumAge) {
			errors.rejectValue("maximumAge", "directory.edit.age.order");
		}
		List<String> phones = new ArrayList<>();
		for (String line : form.getPhones().split("\\R")) {
			if (!line.isBlank()) {
				if (!PHONE.matcher(line.strip()).matches()) {
					errors.rejectValue("phones", "directory.edit.phone.invalid", new Object[] { line.strip() }, null);
					break;
				}
				phones.add(line.strip());
			}
		}
		List<OpeningHours> hours = new ArrayList<>();
		for (int i = 0; i < form.getHours().size(); i++) {
			HoursRow row = form.getHours().get(i);
			if (row.isEmpty()) {
				continue;
			}
			String prefix = "hours[" + i + "].";
			DayOfWeek day = null;
			try {
				day = DayOfWeek.valueOf(row.getDay());
			}
			catch (IllegalArgumentException | NullPointerException ex) {
				errors.rejectValue(prefix + "day", "directory.edit.hours.day");
			}
			LocalTime opens = time(row.getOpens(), prefix + "opens", errors);
			LocalTime closes = time(row.getCloses(), prefix + "closes", errors);
			if (opens != null && closes != null) {
				if (!closes.isAfter(opens)) {
					errors.rejectValue(prefix + "closes", "directory.edit.hours.closesBeforeOpens");
				}
				else if (day != null) {
					hours.add(new OpeningHours(day, opens, closes));
				}
			}
		}
		List<String> areaCodes = List.of();
		if (level != null) {
			switch (level) {
				case BASSIN -> areaCodes = known(form.getAreaBassins(), TerritoryScope.BASSIN_CODES);
				case COMMUNE -> areaCodes = known(form.getAreaCommunes(),
						this.territory.communes().stream().map((c) -> c.nis()).toList());
				case QUARTIER -> areaCodes = List.of(form.getAreaQuartiers().split("[,;\\s]+"))
					.stream()
					.map(String::strip)
					.filter((code) -> !code.isEmpty())
					.distinct()
					.toList();
				default -> {
				}
			}
			if (level != AreaLevel.REGION && areaCodes.isEmpty()) {
				errors.rejectValue("areaLevel", "directory.edit.area.codes");
			}
		}
		List<String> themes = known(form.getThemeCodes(), this.directory.themes().stream().map(Theme::code).toList());
		List<String> locationIds = known(form.getLocationIds(),
				this.editing.locationsOf(organizationId).stream().map((l) -> l.id().toString()).toList());
		for (String field : List.of("descriptionFr", "descriptionNl", "descriptionEn", "eligibilityFr", "eligibilityNl",
				"eligibilityEn", "applicationProcessFr", "applicationProcessNl", "applicationProcessEn", "feesFr",
				"feesNl", "feesEn", "internalNote")) {
			String value = (String) errors.getFieldValue(field);
			if (value != null && value.length() > 4000) {
				errors.rejectValue(field, "directory.edit.tooLong");
			}
		}
		if (errors.hasErrors()) {
			return null;
		}
		ServiceDetails current = this.directory.service(id).orElse(null);
		return new RegisterService(id, organizationId, name, form.description(), form.applicationProcess(), form.fees(),
				form.eligibility(), status, kind, ServiceForm.blankToNull(form.getUrl()),
				ServiceForm.blankToNull(form.getEmail()), minimumAge, maximumAge, cost,
				known(form.getLanguages(), DirectoryController.SPOKEN), known(form.getTargetGroups(), AUDIENCES), level,
				areaCodes, locationIds.stream().map(UUID::fromString).toList(), phones, hours, themes,
				(current != null) ? current.lastVerifiedAt() : null,
				(current != null) ? current.lastVerifiedBy() : null);
	}

	private static <E extends Enum<E>> E choice(Class<E> type, String value, String field, Errors errors) {
		try {
			return Enum.valueOf(type, value);
		}
		catch (IllegalArgumentException | NullPointerException ex) {
			errors.rejectValue(field, "directory.edit.choose");
			return null;
		}
	}

	private static List<String> known(List<String> values, List<String> allowed) {
		return (values == null) ? List.of() : values.stream().filter(allowed::contains).distinct().toList();
	}

	private static Integer age(String value, String field, Errors errors) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			int age = Integer.parseInt(value.strip());
			if (age < 0 || age > 120) {
				errors.rejectValue(field, "directory.edit.age.range");
				return null;
			}
			return age;
		}
		catch (NumberFormatException ex) {
			errors.rejectValue(field, "directory.edit.age.range");
			return null;
		}
	}

	private static LocalTime time(String value, String field, Errors errors) {
		if (value == null || value.isBlank()) {
			errors.rejectValue(field, "directory.edit.hours.time");
			return null;
		}
		try {
			return HoursRow.time(value);
		}
		catch (DateTimeParseException ex) {
			errors.rejectValue(field, "directory.edit.hours.time");
			return null;
		}
	}

}
