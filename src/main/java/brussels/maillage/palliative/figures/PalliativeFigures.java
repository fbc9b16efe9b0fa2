package brussels.maillage.palliative.figures;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import brussels.maillage.identity.TerritoryScope;
import brussels.maillage.palliative.conventions.ConventionService;
import brussels.maillage.palliative.conventions.ConventionService.BassinConventions;
import brussels.maillage.palliative.followups.FollowUpKind;
import brussels.maillage.palliative.followups.PalliativeFollowUpService;
import brussels.maillage.palliative.followups.VisitStatus;
import brussels.maillage.palliative.followups.YearCounts;
import brussels.maillage.palliative.volunteers.VolunteerActivities;
import brussels.maillage.palliative.volunteers.VolunteerService;
import brussels.maillage.palliative.volunteers.YearFigures;
import brussels.maillage.system.CountTable;
import brussels.maillage.system.DisclosedTable;
import brussels.maillage.system.DisclosureControl;
import brussels.maillage.system.DisclosureControl.Reader;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The platform's figures of a year by bassin, for its pages, the API and the annual
 * report: follow-ups new in the year and active in the year by kind (the team follow-ups
 * are the TEAM column), visits held and cancelled by the person, conventions with nursing
 * homes and their coverage. Every table of counts of people goes through the
 * {@link DisclosureControl}: exact for the palliative team, protected for anyone else.
 */
@Service
@Transactional(readOnly = true)
public class PalliativeFigures {

	/** The bassins, rows of every table, in this order. */
	public static final List<String> BASSINS = TerritoryScope.BASSIN_CODES;

	private static final List<FollowUpKind> KINDS = List.of(FollowUpKind.values());

	private static final List<VisitStatus> VISITS = List.of(VisitStatus.HELD, VisitStatus.CANCELLED_BY_PERSON);

	private final PalliativeFollowUpService followUps;

	private final DisclosureControl disclosure;

	private final ConventionService conventions;

	private final VolunteerService volunteers;

	private final VolunteerActivities activities;

	PalliativeFigures(PalliativeFollowUpService followUps, DisclosureControl disclosure, ConventionService conventions,
			VolunteerService volunteers, VolunteerActivities activities) {
		this.followUps = followUps;
		this.disclosure = disclosure;
		this.conventions = conventions;
		this.volunteers = volunteers;
		this.activities = activities;
	}

	/**
	 * The year's volunteer figures as {@code reader} may see them: interviews, admitted,
	 * trained and working-group participants are counts of people, each through the
	 * disclosure control (a one-cell table: from 1 to the threshold minus one it is
	 * "<5"); cycles and meetings are counted exactly.
	 */
	public Map<String, Object> volunteers(int year, Reader reader) {
		YearFigures people = this.volunteers.figures(year);
		VolunteerActivities.GroupFigures groups = this.activities.groupFigures(year);
		Map<String, Object> figures = new LinkedHashMap<>();
		figures.put("interviews", person(people.interviews(), reader));
		figures.put("admitted", person(people.admitted(), reader));
		figures.put("trained", person(people.trained(), reader));
		figures.put("cyclesHeld", groups.cyclesHeld());
		figures.put("volunteerWorkingGroupMeetingsHeld", groups.volunteerGroupsHeld());
		figures.put("volunteerWorkingGroupParticipants", person(groups.volunteerGroupParticipants(), reader));
		figures.put("managerWorkingGroupMeetingsHeld", groups.managerGroupsHeld());
		figures.put("managerWorkingGroupMeetingsCancelled", groups.managerGroupsCancelled());
		figures.put("managerWorkingGroupParticipants", person(groups.managerGroupParticipants(), reader));
		return figures;
	}

	private Object person(long count, Reader reader) {
		DisclosedTable one = this.disclosure
			.disclose(new CountTable(List.of("REGION"), List.of("count"), new long[][] { { count } }), reader);
		DisclosedTable.Cell cell = one.cell(0, 0);
		return (cell.value() != null) ? cell.value() : one.text(cell);
	}

	/** The figures of a calendar year as {@code reader} may see them. */
	public Figures of(int year, Reader reader) {
		YearCounts counts = this.followUps.counts(year);
		long[][] started = new long[BASSINS.size()][KINDS.size()];
		long[][] active = new long[BASSINS.size()][KINDS.size()];
		long[][] visits = new long[BASSINS.size()][VISITS.size()];
		for (int row = 0; row < BASSINS.size(); row++) {
			for (int column = 0; column < KINDS.size(); column++) {
				started[row][column] = counts.started(BASSINS.get(row), KINDS.get(column));
				active[row][column] = counts.active(BASSINS.get(row), KINDS.get(column));
			}
			for (int column = 0; column < VISITS.size(); column++) {
				visits[row][column] = counts.visits(BASSINS.get(row), VISITS.get(column));
			}
		}
		List<String> kinds = KINDS.stream().map(Enum::name).toList();
		List<String> visitColumns = VISITS.stream().map(Enum::name).toList();
		return new Figures(year, reader == Reader.OWNING_TEAM, this.disclosure.threshold(),
				this.disclosure.disclose(new CountTable(BASSINS, kinds, started), reader),
				this.disclosure.disclose(new CountTable(BASSINS, kinds, active), reader),
				this.disclosure.disclose(new CountTable(BASSINS, visitColumns, visits), reader),
				this.conventions.figures(year, BASSINS));
	}

	/**
	 * A year's figures.
	 *
	 * @param year the calendar year
	 * @param exact whether every count is exact (the reader is in the palliative team)
	 * @param threshold the smallest count shown to others
	 * @param started follow-ups that became active in the year, bassin by kind
	 * @param active follow-ups active for at least a day of the year, bassin by kind
	 * @param visits visits of the year held and cancelled by the person, by bassin
	 * @param conventions conventions with nursing homes by bassin (institutions, not
	 * people: exact for everyone)
	 */
	public record Figures(int year, boolean exact, int threshold, DisclosedTable started, DisclosedTable active,
			DisclosedTable visits, Map<String, BassinConventions> conventions) {
	}

}
