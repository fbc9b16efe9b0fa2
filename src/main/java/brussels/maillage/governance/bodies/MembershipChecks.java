package brussels.maillage.governance.bodies;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import brussels.maillage.directory.DirectoryService;
import brussels.maillage.directory.Organization;

import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

/**
 * The rules of a membership form that need the clock, the body or the directory: the year
 * (not before last year, not after next year), the dates inside it, the category of the
 * body's legal list, an organisation for a professional; and the organisation's directory
 * id when its name is there.
 */
@Component
class MembershipChecks {

	private final Clock clock;

	private final BodiesService bodies;

	private final DirectoryService directory;

	MembershipChecks(Clock clock, BodiesService bodies, DirectoryService directory) {
		this.clock = clock;
		this.bodies = bodies;
		this.directory = directory;
	}

	int thisYear() {
		return LocalDate.now(this.clock).getYear();
	}

	void check(Body body, MembershipForm form, Errors errors) {
		int now = thisYear();
		Integer year = form.chosenYear();
		LocalDate startsOn = form.startDay();
		LocalDate endsOn = form.endDay();
		if (year != null && !errors.hasFieldErrors("year")) {
			if (year < now - 1) {
				errors.rejectValue("year", "governance.membership.error.yearPast",
						new Object[] { String.valueOf(now - 1) }, null);
			}
			else if (year > now + 1) {
				errors.rejectValue("year", "governance.membership.error.yearFuture",
						new Object[] { String.valueOf(now + 1) }, null);
			}
		}
		if (form.chosenType() == MemberType.PROFESSIONAL && form.organisation() == null) {
			errors.rejectValue("organisation", "governance.membership.error.organisation");
		}
		if (form.category() != null
				&& this.bodies.categories(body).stream().noneMatch((c) -> c.code().equals(form.category()))) {
			errors.rejectValue("category", "governance.membership.error.category");
		}
		if (year != null && startsOn != null && startsOn.getYear() != year) {
			errors.rejectValue("startsOn", "governance.membership.error.startsOn",
					new Object[] { String.valueOf(year) }, null);
		}
		if (endsOn != null && startsOn != null && endsOn.isBefore(startsOn)) {
			errors.rejectValue("endsOn", "governance.membership.error.endsBefore");
		}
		else if (endsOn != null && year != null && endsOn.getYear() != year) {
			errors.rejectValue("endsOn", "governance.membership.error.endsOn", new Object[] { String.valueOf(year) },
					null);
		}
	}

	/** The directory organisation of exactly this name, if any. */
	Optional<UUID> organisationId(String name) {
		if (name == null) {
			return Optional.empty();
		}
		String wanted = name.toLowerCase(Locale.ROOT);
		return organisations().stream()
			.filter((org) -> org.name() != null && org.name().toLowerCase(Locale.ROOT).equals(wanted))
			.map(Organization::id)
			.findFirst();
	}

	/** The directory's organisations, for the form's suggestions. */
	List<Organization> organisations() {
		return this.directory.organizations(0, 2000);
	}

}
