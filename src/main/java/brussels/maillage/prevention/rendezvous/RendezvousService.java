package brussels.maillage.prevention.rendezvous;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import brussels.maillage.directory.DirectoryService;
import brussels.maillage.directory.ServiceDetails;
import brussels.maillage.identity.AuditLog;
import brussels.maillage.identity.CurrentUser;
import brussels.maillage.prevention.local.PreventionBassin;
import brussels.maillage.prevention.local.LocalServices;
import brussels.maillage.system.LocalizedText;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * The Rendez-vous de la prévention santé: each bassin's venues (places of local partners
 * found in the directory) and its sessions with an anonymous headcount, and their
 * figures.
 */
@Service
@Transactional(readOnly = true)
public class RendezvousService {

	private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

	private final RendezvousRepository repository;

	private final LocalServices local;

	private final DirectoryService directory;

	private final AuditLog audit;

	private final Clock clock;

	RendezvousService(RendezvousRepository repository, LocalServices local, DirectoryService directory, AuditLog audit,
			Clock clock) {
		this.repository = repository;
		this.local = local;
		this.directory = directory;
		this.audit = audit;
		this.clock = clock;
	}

	/** Today in Brussels. */
	public LocalDate today() {
		return LocalDate.now(this.clock.withZone(BRUSSELS));
	}

	/** The bassin's venues with their place as the directory has it. */
	public List<VenueView> venues(PreventionBassin bassin) {
		return this.repository.venues(bassin).stream().map(this::view).toList();
	}

	Optional<Venue> venue(UUID id) {
		return this.repository.venue(id);
	}

	long countVenues() {
		return this.repository.countVenues();
	}

	private VenueView view(Venue venue) {
		ServiceDetails service = this.directory.service(venue.serviceId()).orElse(null);
		return new VenueView(venue, service,
				(service == null) ? null
						: service.locations()
							.stream()
							.filter((place) -> !place.confidential() && place.latitude() != null)
							.findFirst()
							.orElse(null));
	}

	/** Sessions of a year, of a bassin or of every one ({@code null}), by day. */
	public List<PreventionSession> sessions(int year, PreventionBassin bassin) {
		return this.repository.sessions(year, bassin);
	}

	/** Per bassin, in the usual order, the year's venues used, sessions and headcount. */
	public List<BassinFigures> figures(int year) {
		Map<PreventionBassin, BassinFigures> counted = this.repository.figures(year)
			.stream()
			.collect(Collectors.toMap(BassinFigures::bassin, Function.identity()));
		return Arrays.stream(PreventionBassin.values())
			.map((bassin) -> counted.getOrDefault(bassin, new BassinFigures(bassin, 0, 0, 0)))
			.toList();
	}

	/**
	 * Adds a venue: the place of a directory service of the bassin; false when the
	 * service does not work there.
	 */
	@Transactional
	public boolean addVenue(PreventionBassin bassin, UUID serviceId, String partners, CurrentUser by) {
		check(bassin, by);
		if (!this.local.isLocal(serviceId, bassin)) {
			return false;
		}
		UUID id = UUID.randomUUID();
		this.repository.addVenue(id, bassin, serviceId, partners);
		this.audit.record("prevention.venue.added", "prevention_venue", id,
				AuditLog.details("venue-added", bassin, serviceId));
		return true;
	}

	@Transactional
	void partners(Venue venue, String partners, CurrentUser by) {
		check(venue.bassin(), by);
		this.repository.partners(venue.id(), partners);
		this.audit.record("prevention.venue.edited", "prevention_venue", venue.id(), null);
	}

	/** Records a session held at a venue, with how many inhabitants came. */
	@Transactional
	public UUID recordSession(Venue venue, LocalDate heldOn, LocalizedText theme, String partners, int headcount,
			CurrentUser by) {
		check(venue.bassin(), by);
		UUID id = UUID.randomUUID();
		this.repository.addSession(id, venue.id(), heldOn, theme, partners, headcount, by.email());
		this.audit.record("prevention.session.recorded", "prevention_session", id,
				AuditLog.details("session-recorded", venue.bassin(), heldOn, headcount));
		return id;
	}

	@Transactional
	void removeSession(PreventionBassin bassin, UUID sessionId, CurrentUser by) {
		check(bassin, by);
		this.repository.removeSession(sessionId, bassin);
		this.audit.record("prevention.session.removed", "prevention_session", sessionId, null);
	}

	private static void check(PreventionBassin bassin, CurrentUser user) {
		if (!bassin.editableBy(user)) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
	}

}
