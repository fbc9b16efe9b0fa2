package brussels.maillage.governance;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import brussels.maillage.governance.bodies.BodiesService;
import brussels.maillage.governance.bodies.Body;
import brussels.maillage.governance.bodies.BodyKind;
import brussels.maillage.governance.bodies.Composition;
import brussels.maillage.governance.meetings.MeetingsService;
import brussels.maillage.system.LocalizedText;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Read-only coverage of a council's legal list of categories for a year, as dashboards
 * show it: per category whether someone of it was invited, took a seat, came at least
 * once. The same check as the council's page and the composition API; never a member's
 * name.
 */
@Service
@Transactional(readOnly = true)
public class GovernanceCoverage {

	private final BodiesService bodies;

	private final MeetingsService meetings;

	GovernanceCoverage(BodiesService bodies, MeetingsService meetings) {
		this.bodies = bodies;
		this.meetings = meetings;
	}

	/**
	 * The coverage of the council of {@code territory} (a bassin code for its bassin's
	 * council, {@code REGION} for the regional council) in {@code year}; empty when there
	 * is no such council.
	 */
	public Optional<Council> council(String territory, int year) {
		BodyKind kind = "REGION".equals(territory) ? BodyKind.REGIONAL_COUNCIL : BodyKind.BASSIN_COUNCIL;
		return this.bodies.bodies()
			.stream()
			.filter((body) -> body.kind() == kind && body.territory().equals(territory))
			.findFirst()
			.map((body) -> coverage(body, year));
	}

	private Council coverage(Body body, int year) {
		Composition composition = this.bodies.composition(body, year, this.meetings.presentCategories(body.id(), year));
		List<Category> categories = composition.checks()
			.stream()
			.map((check) -> new Category(check.category().code(), check.category().name(),
					check.category().legalReference(), check.invited(), check.member(), check.present()))
			.toList();
		return new Council(body.id(), body.code(), body.kind().name(), body.territory(), body.name(), year, categories);
	}

	/**
	 * A council's categories for a year.
	 *
	 * @param bodyId the council's id
	 * @param code its code ({@code CAB-NORD}, {@code CAR})
	 * @param kind its kind's code
	 * @param territory a bassin code or {@code REGION}
	 * @param name its name in fr/nl/en
	 * @param year the calendar year
	 * @param categories its legal list, in order
	 */
	public record Council(UUID bodyId, String code, String kind, String territory, LocalizedText name, int year,
			List<Category> categories) {

		public Council {
			categories = List.copyOf(categories);
		}

	}

	/**
	 * A category of the legal list.
	 *
	 * @param code its code
	 * @param name its name in fr/nl/en
	 * @param legalReference where the rule comes from
	 * @param invited someone of it was invited that year
	 * @param member someone of it accepted or is active
	 * @param present someone of it attended a meeting that year
	 */
	public record Category(String code, LocalizedText name, String legalReference, boolean invited, boolean member,
			boolean present) {
	}

}
