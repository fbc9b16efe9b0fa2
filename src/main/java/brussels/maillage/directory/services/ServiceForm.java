package brussels.maillage.directory.services;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import brussels.maillage.directory.AreaLevel;
import brussels.maillage.directory.Cost;
import brussels.maillage.directory.OpeningHours;
import brussels.maillage.directory.ServiceDetails;
import brussels.maillage.directory.ServiceKind;
import brussels.maillage.directory.ServicePhone;
import brussels.maillage.directory.ServiceStatus;
import brussels.maillage.directory.Theme;
import brussels.maillage.system.LocalizedText;
import brussels.maillage.system.forms.EmailAddress;
import brussels.maillage.system.forms.OneOf;
import brussels.maillage.system.forms.TextLength;
import brussels.maillage.system.forms.WebAddress;

/**
 * What an editor types in the service form: text exactly as typed (the three languages'
 * texts, the opening-hours rows), so that a form sent back with errors keeps everything.
 * The rules of one field are its annotations; {@link ServiceChecks} holds those of
 * several fields, {@link ServiceFormReader} those that need the territory or the
 * organisation's places.
 *
 * @param nameFr name in French
 * @param nameNl name in Dutch
 * @param nameEn name in English
 * @param alternateName another name people know it by (an acronym, its name in the other
 * language)
 * @param descriptionFr description in French
 * @param descriptionNl description in Dutch
 * @param descriptionEn description in English
 * @param eligibilityFr who may use it, in French
 * @param eligibilityNl who may use it, in Dutch
 * @param eligibilityEn who may use it, in English
 * @param applicationProcessFr how to get it, in French
 * @param applicationProcessNl how to get it, in Dutch
 * @param applicationProcessEn how to get it, in English
 * @param feesFr what it costs, in French
 * @param feesNl what it costs, in Dutch
 * @param feesEn what it costs, in English
 * @param status a {@link ServiceStatus} name
 * @param kind a {@link ServiceKind} name
 * @param cost a {@link Cost} name
 * @param url its web address
 * @param email its e-mail address
 * @param phones its phone numbers, one a line
 * @param minimumAge the youngest age served, in years
 * @param maximumAge the oldest age served, in years
 * @param languages the languages spoken
 * @param targetGroups who it is meant for
 * @param themeCodes its themes
 * @param locationIds the organisation's places where it is delivered
 * @param areaLevel an {@link AreaLevel} name
 * @param areaBassins the bassins served
 * @param areaCommunes the communes served (NIS codes)
 * @param areaQuartiers the quartiers served, codes as typed
 * @param hours the opening-hours rows, with a few empty ones below
 * @param internalNote the staff-only note
 * @param verified whether saving also marks it verified (not sent when unticked)
 */
record ServiceForm(@TextLength(max = 200, stripped = true, message = "{directory.edit.tooLong}") String nameFr,
		@TextLength(max = 200, stripped = true, message = "{directory.edit.tooLong}") String nameNl,
		@TextLength(max = 200, stripped = true, message = "{directory.edit.tooLong}") String nameEn,
		@TextLength(max = 200, stripped = true, message = "{directory.edit.tooLong}") String alternateName,
		@TextLength(max = 4000, message = "{directory.edit.tooLong}") String descriptionFr,
		@TextLength(max = 4000, message = "{directory.edit.tooLong}") String descriptionNl,
		@TextLength(max = 4000, message = "{directory.edit.tooLong}") String descriptionEn,
		@TextLength(max = 4000, message = "{directory.edit.tooLong}") String eligibilityFr,
		@TextLength(max = 4000, message = "{directory.edit.tooLong}") String eligibilityNl,
		@TextLength(max = 4000, message = "{directory.edit.tooLong}") String eligibilityEn,
		@TextLength(max = 4000, message = "{directory.edit.tooLong}") String applicationProcessFr,
		@TextLength(max = 4000, message = "{directory.edit.tooLong}") String applicationProcessNl,
		@TextLength(max = 4000, message = "{directory.edit.tooLong}") String applicationProcessEn,
		@TextLength(max = 4000, message = "{directory.edit.tooLong}") String feesFr,
		@TextLength(max = 4000, message = "{directory.edit.tooLong}") String feesNl,
		@TextLength(max = 4000, message = "{directory.edit.tooLong}") String feesEn,
		@OneOf(value = ServiceStatus.class, message = "{directory.edit.choose}") String status,
		@OneOf(value = ServiceKind.class, message = "{directory.edit.choose}") String kind,
		@OneOf(value = Cost.class, message = "{directory.edit.choose}") String cost,
		@WebAddress(message = "{directory.edit.url.invalid}") String url,
		@EmailAddress(message = "{directory.edit.email.invalid}") String email, String phones, @Age String minimumAge,
		@Age String maximumAge, List<String> languages, List<String> targetGroups, List<String> themeCodes,
		List<String> locationIds, @OneOf(value = AreaLevel.class, message = "{directory.edit.choose}") String areaLevel,
		List<String> areaBassins, List<String> areaCommunes, String areaQuartiers, List<HoursRow> hours,
		@TextLength(max = 4000, message = "{directory.edit.tooLong}") String internalNote, Boolean verified) {

	/** Empty opening-hours rows offered below the filled ones. */
	static final int SPARE_HOURS = 3;

	/** The name of an opening-hours row's field, its number first. */
	private static final Pattern HOURS_ROW = Pattern.compile("hours\\[(\\d{1,9})\\](\\..*)?", Pattern.DOTALL);

	/**
	 * Keeps every typed text (a field not sent is empty) and the opening-hours rows at
	 * their places up to the last filled one, followed by {@link #SPARE_HOURS} empty
	 * ones.
	 */
	public ServiceForm {
		nameFr = FieldChecks.orEmpty(nameFr);
		nameNl = FieldChecks.orEmpty(nameNl);
		nameEn = FieldChecks.orEmpty(nameEn);
		alternateName = FieldChecks.orEmpty(alternateName);
		descriptionFr = FieldChecks.orEmpty(descriptionFr);
		descriptionNl = FieldChecks.orEmpty(descriptionNl);
		descriptionEn = FieldChecks.orEmpty(descriptionEn);
		eligibilityFr = FieldChecks.orEmpty(eligibilityFr);
		eligibilityNl = FieldChecks.orEmpty(eligibilityNl);
		eligibilityEn = FieldChecks.orEmpty(eligibilityEn);
		applicationProcessFr = FieldChecks.orEmpty(applicationProcessFr);
		applicationProcessNl = FieldChecks.orEmpty(applicationProcessNl);
		applicationProcessEn = FieldChecks.orEmpty(applicationProcessEn);
		feesFr = FieldChecks.orEmpty(feesFr);
		feesNl = FieldChecks.orEmpty(feesNl);
		feesEn = FieldChecks.orEmpty(feesEn);
		status = FieldChecks.orEmpty(status);
		kind = FieldChecks.orEmpty(kind);
		cost = FieldChecks.orEmpty(cost);
		url = FieldChecks.orEmpty(url);
		email = FieldChecks.orEmpty(email);
		phones = FieldChecks.orEmpty(phones);
		minimumAge = FieldChecks.orEmpty(minimumAge);
		maximumAge = FieldChecks.orEmpty(maximumAge);
		languages = listOf(languages);
		targetGroups = listOf(targetGroups);
		themeCodes = listOf(themeCodes);
		locationIds = listOf(locationIds);
		areaLevel = FieldChecks.orEmpty(areaLevel);
		areaBassins = listOf(areaBassins);
		areaCommunes = listOf(areaCommunes);
		areaQuartiers = FieldChecks.orEmpty(areaQuartiers);
		// Each row stays at the index it was sent with (a row missing between two sent
		// ones is an empty one), so that a row comes back under its own name with its
		// errors; only the empty rows at the end give way to the spare ones.
		List<HoursRow> rows = new ArrayList<>((hours != null) ? hours : List.of());
		rows.replaceAll((row) -> (row != null) ? row : HoursRow.spare());
		while (!rows.isEmpty() && rows.get(rows.size() - 1).isEmpty()) {
			rows.remove(rows.size() - 1);
		}
		for (int i = 0; i < SPARE_HOURS; i++) {
			rows.add(HoursRow.spare());
		}
		hours = List.copyOf(rows);
		internalNote = FieldChecks.orEmpty(internalNote);
		verified = Boolean.TRUE.equals(verified);
	}

	/**
	 * Whether every opening-hours field among the request's {@code names} is numbered as
	 * the page numbers them ({@code hours[0].day}…), from 0 and below {@code limit}.
	 */
	static boolean rowsNumberedBelow(Iterable<String> names, int limit) {
		for (String name : names) {
			if (name.startsWith("hours[")) {
				Matcher row = HOURS_ROW.matcher(name);
				if (!row.matches() || Integer.parseInt(row.group(1)) >= limit) {
					return false;
				}
			}
		}
		return true;
	}

	/** A new service's form: active, free, spoken in French and Dutch, for communes. */
	static ServiceForm empty() {
		return new ServiceForm("", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "",
				ServiceStatus.ACTIVE.name(), ServiceKind.SERVICE.name(), Cost.FREE.name(), "", "", "", "", "",
				List.of("fr", "nl"), List.of(), List.of(), List.of(), AreaLevel.COMMUNE.name(), List.of(), List.of(),
				"", List.of(), "", false);
	}

	/** The form filled with a service as it is. */
	static ServiceForm of(EditableService editable) {
		ServiceDetails s = editable.details();
		List<String> codes = s.areaCodes();
		return new ServiceForm(s.name().fr(), s.name().nl(), s.name().en(), editable.alternateName(),
				s.description().fr(), s.description().nl(), s.description().en(), s.eligibility().fr(),
				s.eligibility().nl(), s.eligibility().en(), s.applicationProcess().fr(), s.applicationProcess().nl(),
				s.applicationProcess().en(), s.feesDescription().fr(), s.feesDescription().nl(),
				s.feesDescription().en(), s.status().name(), s.kind().name(), s.cost().name(), s.url(), s.email(),
				String.join("\n", s.phones().stream().map(ServicePhone::number).toList()),
				(s.minimumAge() != null) ? s.minimumAge().toString() : "",
				(s.maximumAge() != null) ? s.maximumAge().toString() : "", s.languages(), s.targetGroups(),
				s.themes().stream().map(Theme::code).toList(),
				editable.locationIds().stream().map(Object::toString).toList(), s.areaLevel().name(),
				(s.areaLevel() == AreaLevel.BASSIN) ? codes : List.of(),
				(s.areaLevel() == AreaLevel.COMMUNE) ? codes : List.of(),
				(s.areaLevel() == AreaLevel.QUARTIER) ? String.join(", ", codes) : "",
				s.openingHours().stream().map(ServiceForm::row).toList(), editable.internalNote(), false);
	}

	/**
	 * The form's fields in the order of the page, each opening-hours row's included: the
	 * error summary lists the errors in this order.
	 */
	public List<String> fieldsInPageOrder() {
		List<String> fields = new ArrayList<>(List.of("nameFr", "nameNl", "nameEn", "alternateName", "descriptionFr",
				"descriptionNl", "descriptionEn", "status", "kind", "themeCodes", "eligibilityFr", "eligibilityNl",
				"eligibilityEn", "targetGroups", "minimumAge", "maximumAge", "languages", "areaLevel", "areaBassins",
				"areaCommunes", "areaQuartiers", "locationIds"));
		for (int i = 0; i < this.hours.size(); i++) {
			for (String part : List.of("day", "opens", "closes")) {
				fields.add("hours[" + i + "]." + part);
			}
		}
		fields.addAll(List.of("applicationProcessFr", "applicationProcessNl", "applicationProcessEn", "cost", "feesFr",
				"feesNl", "feesEn", "phones", "email", "url", "internalNote"));
		return fields;
	}

	LocalizedText name() {
		return LocalizedText.of(this.nameFr, this.nameNl, this.nameEn);
	}

	LocalizedText description() {
		return LocalizedText.of(this.descriptionFr, this.descriptionNl, this.descriptionEn);
	}

	LocalizedText eligibility() {
		return LocalizedText.of(this.eligibilityFr, this.eligibilityNl, this.eligibilityEn);
	}

	LocalizedText applicationProcess() {
		return LocalizedText.of(this.applicationProcessFr, this.applicationProcessNl, this.applicationProcessEn);
	}

	LocalizedText fees() {
		return LocalizedText.of(this.feesFr, this.feesNl, this.feesEn);
	}

	private static HoursRow row(OpeningHours hours) {
		return new HoursRow(hours.day().name(), hours.opensAt().toString(), hours.closesAt().toString());
	}

	private static List<String> listOf(List<String> values) {
		return (values != null) ? values.stream().filter((value) -> value != null).toList() : List.of();
	}

}
