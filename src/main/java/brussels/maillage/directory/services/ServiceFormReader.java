package brussels.maillage.directory.services;

import java.util.List;
import java.util.UUID;

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
	 * its field: the form's own rules have been checked when it was bound, these are the
	 * rules of several fields and those that need the territory, the themes and the
	 * organisation's places.
	 */
	RegisterService read(ServiceForm form, UUID id, UUID organizationId, Errors errors) {
		ServiceChecks.name(form, errors);
		ServiceChecks.ages(form, errors);
		List<String> phones = ServiceChecks.phones(form.phones(), errors);
		List<OpeningHours> hours = ServiceChecks.hours(form.hours(), errors);
		AreaLevel level = errors.hasFieldErrors("areaLevel") ? null : AreaLevel.valueOf(form.areaLevel());
		List<String> areaCodes = (level != null) ? areaCodes(form, level) : List.of();
		if (level != null && level != AreaLevel.REGION && areaCodes.isEmpty()) {
			errors.rejectValue("areaLevel", "directory.edit.area.codes");
		}
		List<String> themes = known(form.themeCodes(), this.directory.themes().stream().map(Theme::code).toList());
		List<String> locationIds = known(form.locationIds(),
				this.editing.locationsOf(organizationId).stream().map((l) -> l.id().toString()).toList());
		if (errors.hasErrors()) {
			return null;
		}
		ServiceDetails current = this.directory.service(id).orElse(null);
		return new RegisterService(id, organizationId, form.name(), form.description(), form.applicationProcess(),
				form.fees(), form.eligibility(), ServiceStatus.valueOf(form.status()), ServiceKind.valueOf(form.kind()),
				FieldChecks.blankToNull(form.url()), FieldChecks.blankToNull(form.email()),
				ServiceChecks.age(form.minimumAge()), ServiceChecks.age(form.maximumAge()), Cost.valueOf(form.cost()),
				known(form.languages(), DirectoryController.SPOKEN), known(form.targetGroups(), AUDIENCES), level,
				areaCodes, locationIds.stream().map(UUID::fromString).toList(), phones, hours, themes,
				(current != null) ? current.lastVerifiedAt() : null,
				(current != null) ? current.lastVerifiedBy() : null);
	}

	private List<String> areaCodes(ServiceForm form, AreaLevel level) {
		return switch (level) {
			case BASSIN -> known(form.areaBassins(), TerritoryScope.BASSIN_CODES);
			case COMMUNE -> known(form.areaCommunes(), this.territory.communes().stream().map((c) -> c.nis()).toList());
			case QUARTIER -> List.of(form.areaQuartiers().split("[,;\\s]+"))
				.stream()
				.map(String::strip)
				.filter((code) -> !code.isEmpty())
				.distinct()
				.toList();
			default -> List.of();
		};
	}

	private static List<String> known(List<String> values, List<String> allowed) {
		return (values == null) ? List.of() : values.stream().filter(allowed::contains).distinct().toList();
	}

}
