package brussels.maillage.prevention.programmes;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import brussels.maillage.directory.DirectoryService;
import brussels.maillage.directory.Theme;
import brussels.maillage.events.Event;
import brussels.maillage.events.EventsService;
import brussels.maillage.events.StaffListFilter;
import brussels.maillage.focus.FocusService;
import brussels.maillage.focus.Repertoire;
import brussels.maillage.helpdesk.HelpdeskRequest;
import brussels.maillage.helpdesk.HelpdeskService;
import brussels.maillage.identity.CurrentUser;
import brussels.maillage.prevention.local.PreventionBassin;
import brussels.maillage.prevention.programmes.SubjectKind;
import brussels.maillage.system.LocalizedText;

import org.springframework.stereotype.Component;

/**
 * What a programme can tag, read through the other modules' public services only: events
 * found by words of their title, helpdesk requests by number (as the person tagging may
 * open them), Focus repertoires and directory themes.
 */
@Component
class ProgrammeSubjects {

	static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

	private static final int EVENT_HITS = 10;

	private final EventsService events;

	private final HelpdeskService helpdesk;

	private final FocusService focus;

	private final DirectoryService directory;

	ProgrammeSubjects(EventsService events, HelpdeskService helpdesk, FocusService focus, DirectoryService directory) {
		this.events = events;
		this.helpdesk = helpdesk;
		this.focus = focus;
		this.directory = directory;
	}

	/** Events whose title holds {@code words}, upcoming ones first, then past ones. */
	List<Subject> events(String words) {
		if (words == null || words.isBlank()) {
			return List.of();
		}
		List<Subject> found = new ArrayList<>();
		for (boolean past : new boolean[] { false, true }) {
			this.events.staffList(new StaffListFilter(past, words.strip(), null, null, null), 0, EVENT_HITS)
				.forEach((event) -> found.add(event(event)));
		}
		return found;
	}

	Optional<Subject> event(UUID id) {
		return this.events.event(id).map(ProgrammeSubjects::event);
	}

	private static Subject event(Event event) {
		return new Subject(SubjectKind.EVENT, event.id().toString(), event.title(), territory(event.territory()),
				day(event.startsAt()));
	}

	/**
	 * The request numbered {@code number}, if {@code viewer} may open it (the opening is
	 * audited by the helpdesk).
	 * @throws HelpdeskService.NotAllowed when it belongs to a line of another territory
	 */
	Optional<Subject> request(long number, CurrentUser viewer) {
		return this.helpdesk.open(number, viewer).map(ProgrammeSubjects::request);
	}

	private static Subject request(HelpdeskRequest request) {
		return new Subject(SubjectKind.HELPDESK_REQUEST, Long.toString(request.id()),
				LocalizedText.of(null, null, null), territory(request.bassin()), day(request.receivedAt()));
	}

	/** Every Focus repertoire, by title. */
	List<Subject> repertoires(Locale locale) {
		return this.focus.all()
			.stream()
			.map(ProgrammeSubjects::repertoire)
			.sorted(Comparator.comparing((Subject subject) -> subject.label().in(locale).text(),
					String.CASE_INSENSITIVE_ORDER))
			.toList();
	}

	Optional<Subject> repertoire(UUID id) {
		return this.focus.repertoire(id).map(ProgrammeSubjects::repertoire);
	}

	private static Subject repertoire(Repertoire repertoire) {
		Instant when = (repertoire.publishedAt() != null) ? repertoire.publishedAt() : repertoire.lastModified();
		return new Subject(SubjectKind.FOCUS_REPERTOIRE, repertoire.id().toString(), repertoire.title(), "REGION",
				day(when));
	}

	/** Every theme of the directory's taxonomy, by label. */
	List<Subject> themes(Locale locale) {
		return this.directory.themes()
			.stream()
			.map(ProgrammeSubjects::theme)
			.sorted(Comparator.comparing((Subject subject) -> subject.label().in(locale).text(),
					String.CASE_INSENSITIVE_ORDER))
			.toList();
	}

	Optional<Subject> theme(String code) {
		return this.directory.themes()
			.stream()
			.filter((theme) -> theme.code().equals(code))
			.findFirst()
			.map(ProgrammeSubjects::theme);
	}

	private static Subject theme(Theme theme) {
		return new Subject(SubjectKind.DIRECTORY_THEME, theme.code(), theme.label(), "REGION", null);
	}

	private static String territory(String code) {
		return PreventionBassin.of(code).map(Enum::name).orElse("REGION");
	}

	private static LocalDate day(Instant instant) {
		return (instant != null) ? instant.atZone(BRUSSELS).toLocalDate() : null;
	}

	/**
	 * A subject as the tagging page offers it.
	 *
	 * @param kind its kind
	 * @param id its id in its module
	 * @param label its title
	 * @param territory {@code REGION} or a bassin code
	 * @param day its day, or {@code null}
	 */
	record Subject(SubjectKind kind, String id, LocalizedText label, String territory, LocalDate day) {
	}

}
