package brussels.maillage.focus;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import brussels.maillage.directory.AreaLevel;
import brussels.maillage.directory.DirectoryService;
import brussels.maillage.directory.ServiceDetails;
import brussels.maillage.directory.ServiceStatus;
import brussels.maillage.events.Event;
import brussels.maillage.events.EventKind;
import brussels.maillage.events.EventStatus;
import brussels.maillage.events.EventsService;
import brussels.maillage.focus.repertoires.FocusProperties;
import brussels.maillage.focus.repertoires.FocusStore;
import brussels.maillage.focus.trainings.FocusTrainings;
import brussels.maillage.identity.AuditLog;
import brussels.maillage.system.LocalizedText;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Focus repertoires: editing (drafts, sections, services with a note), publishing,
 * and the check that flags listed services that closed or went stale (daily, and at once
 * when the directory publishes a change: {@link DirectoryChanges}).
 */
@Service
@Transactional(readOnly = true)
public class FocusService {

	private static final Logger log = LoggerFactory.getLogger(FocusService.class);

	private final FocusStore store;

	private final DirectoryService directory;

	private final AuditLog audit;

	private final FocusProperties properties;

	private final Clock clock;

	private final EventsService events;

	private final FocusTrainings trainings;

	FocusService(FocusStore store, DirectoryService directory, AuditLog audit, FocusProperties properties, Clock clock,
			EventsService events, FocusTrainings trainings) {
		this.store = store;
		this.trainings = trainings;
		this.events = events;
		this.directory = directory;
		this.audit = audit;
		this.properties = properties;
		this.clock = clock;
	}

	/** Every repertoire, drafts included, by French title. */
	public List<Repertoire> all() {
		return this.store.all(false);
	}

	/** The published repertoires, by French title. */
	public List<Repertoire> published() {
		return this.store.all(true);
	}

	/** One repertoire, draft or published. */
	public Optional<Repertoire> repertoire(UUID id) {
		return this.store.find(id);
	}

	/** A published repertoire by its address. */
	public Optional<Repertoire> published(String slug) {
		return this.store.idOfSlug(slug).flatMap(this.store::find).filter(Repertoire::published);
	}

	/** Whether another repertoire already uses this address. */
	public boolean slugTaken(String slug, UUID except) {
		return this.store.slugTaken(slug, except);
	}

	/** How many repertoires exist. */
	public long count() {
		return this.store.count();
	}

	/** The repertoire with the directory's current record of each service, flagged. */
	public RepertoireView view(Repertoire repertoire) {
		Instant staleBefore = this.clock.instant()
			.atZone(ZoneOffset.UTC)
			.minus(this.properties.staleAfter())
			.toInstant();
		List<RepertoireView.SectionView> sections = new ArrayList<>();
		int flagged = 0;
		for (Repertoire.Section section : repertoire.sections()) {
			List<ListedService> services = new ArrayList<>();
			for (Repertoire.Entry entry : section.entries()) {
				ServiceDetails service = this.directory.service(entry.serviceId()).orElse(null);
				ListedService listed = new ListedService(entry.id(), entry.serviceId(), entry.note(), service,
						flag(service, staleBefore));
				flagged += listed.flagged() ? 1 : 0;
				services.add(listed);
			}
			sections.add(new RepertoireView.SectionView(section, services));
		}
		return new RepertoireView(repertoire, sections, flagged, linkedEvent(repertoire.eventId()).orElse(null),
				this.trainings.listed(repertoire.id()));
	}

	/** The published agenda event with this id, as a repertoire mentions it. */
	public Optional<LinkedEvent> linkedEvent(UUID eventId) {
		if (eventId == null) {
			return Optional.empty();
		}
		return this.events.event(eventId)
			.filter((event) -> event.status() == EventStatus.PUBLISHED)
			.map((event) -> new LinkedEvent(event.id(), event.title(), event.startsAt(), "/agenda/" + event.id(),
					event.startsAt() != null && event.startsAt().isBefore(this.clock.instant())));
	}

	/**
	 * Published events an editor can link a repertoire to: from a year ago on, webinars
	 * first, then by date.
	 */
	public List<LinkedEvent> linkableEvents() {
		Instant from = this.clock.instant().minus(java.time.Duration.ofDays(365));
		return this.events.all(2000)
			.stream()
			.filter((event) -> event.status() == EventStatus.PUBLISHED && event.startsAt() != null
					&& event.startsAt().isAfter(from))
			.sorted(java.util.Comparator.comparing((Event event) -> event.kind() != EventKind.WEBINAR)
				.thenComparing(Event::startsAt))
			.map((event) -> new LinkedEvent(event.id(), event.title(), event.startsAt(), "/agenda/" + event.id(),
					event.startsAt().isBefore(this.clock.instant())))
			.toList();
	}

	/**
	 * Links a repertoire to a published agenda event, or unlinks it ({@code null}); false
	 * when the event is not a published one.
	 */
	@Transactional
	public boolean linkEvent(UUID repertoireId, UUID eventId) {
		if (eventId != null && linkedEvent(eventId).isEmpty()) {
			return false;
		}
		this.store.linkEvent(repertoireId, eventId);
		this.audit.record("focus.event-linked", "focus_repertoire", repertoireId,
				(eventId != null) ? AuditLog.details("event", eventId) : "no-event");
		return true;
	}

	static ListedService.Flag flag(ServiceDetails service, Instant staleBefore) {
		if (service == null) {
			return ListedService.Flag.MISSING;
		}
		if (service.status() == ServiceStatus.CLOSED) {
			return ListedService.Flag.CLOSED;
		}
		if (service.status() == ServiceStatus.TEMPORARILY_CLOSED) {
			return ListedService.Flag.TEMPORARILY_CLOSED;
		}
		if (service.lastVerifiedAt() == null || service.lastVerifiedAt().isBefore(staleBefore)) {
			return ListedService.Flag.STALE;
		}
		return null;
	}

	/** Starts a draft repertoire and returns its id. */
	@Transactional
	public UUID create(String slug, LocalizedText title, LocalizedText introduction, String createdBy) {
		UUID id = UUID.randomUUID();
		this.store.insert(id, slug, title, introduction, createdBy);
		this.audit.record("focus.repertoire.created", "focus_repertoire", id, slug);
		return id;
	}

	/** Changes the address, title and introduction. */
	@Transactional
	public void update(UUID id, String slug, LocalizedText title, LocalizedText introduction) {
		this.store.update(id, slug, title, introduction);
		this.audit.record("focus.repertoire.edited", "focus_repertoire", id, slug);
	}

	/**
	 * Adds a section at the end: a stepped-care level, or a question when {@code level}
	 * is null.
	 */
	@Transactional
	public UUID addSection(UUID repertoireId, LocalizedText title, AreaLevel level) {
		return this.store.addSection(repertoireId, title, level);
	}

	/** Removes a section and its services. */
	@Transactional
	public boolean removeSection(UUID repertoireId, UUID sectionId) {
		return this.store.removeSection(repertoireId, sectionId);
	}

	/**
	 * Lists a directory service in a section (or changes its note when it is already
	 * there); false when the service or section is unknown.
	 */
	@Transactional
	public boolean addService(UUID repertoireId, UUID sectionId, UUID serviceId, LocalizedText note) {
		if (this.directory.service(serviceId).isEmpty()) {
			return false;
		}
		return this.store.addEntry(repertoireId, sectionId, serviceId, note);
	}

	/** Takes a service out of the repertoire. */
	@Transactional
	public boolean removeService(UUID repertoireId, UUID entryId) {
		return this.store.removeEntry(repertoireId, entryId);
	}

	/** Moves a service one place up ({@code -1}) or down ({@code 1}) in its section. */
	@Transactional
	public void moveService(UUID repertoireId, UUID entryId, int direction) {
		this.store.moveEntry(repertoireId, entryId, Integer.signum(direction));
	}

	/**
	 * What stops a repertoire from being published, as message keys: a title and an
	 * introduction in French and Dutch, and at least one service.
	 */
	public List<String> publicationProblems(Repertoire repertoire) {
		List<String> problems = new ArrayList<>();
		if (repertoire.title().fr() == null || repertoire.title().nl() == null) {
			problems.add("focus.publish.needsTitles");
		}
		if (repertoire.introduction().fr() == null || repertoire.introduction().nl() == null) {
			problems.add("focus.publish.needsIntroductions");
		}
		if (repertoire.entryCount() == 0) {
			problems.add("focus.publish.needsServices");
		}
		return problems;
	}

	/**
	 * Publishes a repertoire when nothing stops it, and checks its services at once;
	 * returns what stops it otherwise.
	 */
	@Transactional
	public List<String> publish(UUID id) {
		Repertoire repertoire = this.store.find(id).orElseThrow();
		List<String> problems = publicationProblems(repertoire);
		if (problems.isEmpty()) {
			this.store.status(id, RepertoireStatus.PUBLISHED);
			this.store.checked(id, view(repertoire).flagged());
			this.audit.record("focus.repertoire.published", "focus_repertoire", id, repertoire.slug());
		}
		return problems;
	}

	/** Takes a repertoire back to draft: its public page and brochure disappear. */
	@Transactional
	public void unpublish(UUID id) {
		this.store.status(id, RepertoireStatus.DRAFT);
		this.audit.record("focus.repertoire.unpublished", "focus_repertoire", id, null);
	}

	/**
	 * Checks every repertoire's services against the directory, daily: records when and
	 * how many are closed, missing or stale, so each page says when it was last checked.
	 * A change or closure in the directory is checked at once ({@link DirectoryChanges});
	 * this check remains for services whose last verification grows old, which no event
	 * says.
	 */
	@Scheduled(cron = "${maillage.focus.check-cron:0 40 5 * * *}", zone = "Europe/Brussels")
	@SchedulerLock(name = "focus.check-repertoires", lockAtMostFor = "PT30M")
	@Transactional
	public void checkAll() {
		for (Repertoire repertoire : this.store.all(false)) {
			this.store.checked(repertoire.id(), view(repertoire).flagged());
		}
		log.info("Focus repertoires checked");
	}

}
