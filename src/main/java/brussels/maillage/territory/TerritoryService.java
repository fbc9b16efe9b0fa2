package brussels.maillage.territory;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import brussels.maillage.system.LocalizedText;
import brussels.maillage.territory.Placement.Candidate;
import brussels.maillage.territory.reference.PlacementIndex;
import brussels.maillage.territory.reference.TerritoryRepository.Assignment;
import brussels.maillage.territory.reference.TerritoryRepository;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The territory's API for every module: the bassins and their areas, the placement of a
 * postcode or a point (with its certainty and why), and the administrators' changes of
 * assignments. Reads are served from an in-memory snapshot of the tables, refreshed after
 * every change, so placing a point never touches the database.
 */
@Service
public class TerritoryService {

	private final TerritoryRepository repository;

	private final PlacementIndex index;

	private final AssignmentChanges changes;

	private volatile TerritorySnapshot snapshot = TerritorySnapshot.EMPTY;

	TerritoryService(TerritoryRepository repository, PlacementIndex index, AssignmentChanges changes) {
		this.repository = repository;
		this.index = index;
		this.changes = changes;
	}

	/**
	 * Places a WGS84 point with the statistical sectors' polygons.
	 * @throws IllegalArgumentException when the coordinates are out of range
	 */
	public Placement place(double latitude, double longitude) {
		checkCoordinates(latitude, longitude);
		TerritorySnapshot current = loaded();
		PlacementIndex.SectorShape sector = this.index.locate(latitude, longitude);
		if (sector == null) {
			return new Placement(Certainty.OUTSIDE, null, null, null, null, null, null, null, null, null, List.of(),
					"The point " + latitude + ", " + longitude + " lies outside the Brussels-Capital Region");
		}
		Submunicipality area = current.submunicipalities().get(sector.submunicipality());
		Commune commune = current.communes().get(sector.nis());
		String quartier = current.sectorQuartiers().get(sector.code());
		Assignment byQuartier = (quartier != null) ? current.quartierAssignments().get(quartier) : null;
		Assignment assignment;
		String reason;
		if (byQuartier != null && byQuartier.bassin() != null) {
			assignment = byQuartier;
			reason = "Sector " + sector.code() + " lies in quartier " + quartier + ", " + describe(assignment);
		}
		else {
			assignment = Assignment.of(area);
			reason = "Sector " + sector.code() + " lies in sub-municipality " + area.code() + " (" + area.name().fr()
					+ "), " + describe(assignment);
		}
		return new Placement(assignment.status().certainty(), Placement.REGION, assignment.bassin(),
				assignment.status(), commune.nis(), commune.name(), area.code(), area.name(), sector.code(), quartier,
				List.of(), reason);
	}

	/**
	 * Places a postcode alone: a bassin only when the postcode covers one commune (or one
	 * part of the City of Brussels) whose areas all give the same bassin, otherwise
	 * {@link Certainty#AMBIGUOUS} with every candidate, never a silent pick.
	 * @throws IllegalArgumentException when it is not four digits
	 * @throws UnknownPostcodeException when it is not a Brussels postcode
	 */
	public Placement place(String postcode) {
		List<Candidate> candidates = candidates(postcode);
		Set<String> bassins = candidates.stream()
			.map((candidate) -> String.valueOf(candidate.bassin()))
			.collect(Collectors.toCollection(LinkedHashSet::new));
		Set<String> communes = candidates.stream()
			.map(Candidate::communeNis)
			.collect(Collectors.toCollection(LinkedHashSet::new));
		Candidate first = candidates.get(0);
		boolean oneCommune = communes.size() == 1;
		String names = candidates.stream()
			.map((candidate) -> candidate.commune().fr()
					+ ((candidate.submunicipality() != null) ? " " + candidate.submunicipality() : "") + " → "
					+ ((candidate.bassin() != null) ? candidate.bassin() : "region level"))
			.distinct()
			.collect(Collectors.joining(", "));
		if (bassins.size() > 1 || !oneCommune) {
			return new Placement(Certainty.AMBIGUOUS, Placement.REGION, null, null,
					oneCommune ? first.communeNis() : null, oneCommune ? first.commune() : null, null, null, null, null,
					candidates, "Postcode " + postcode + " does not determine a bassin: " + names
							+ "; give coordinates to place the address");
		}
		AssignmentStatus status = candidates.stream()
			.map(Candidate::status)
			.reduce(AssignmentStatus.VERIFIED, AssignmentStatus::weakest);
		boolean oneArea = candidates.size() == 1 && first.submunicipality() != null;
		return new Placement(status.certainty(), Placement.REGION, first.bassin(), status,
				oneCommune ? first.communeNis() : null, oneCommune ? first.commune() : null,
				oneArea ? first.submunicipality() : null, oneArea ? first.submunicipalityName() : null, null, null,
				(candidates.size() > 1) ? candidates : List.of(), "Postcode " + postcode + " serves " + names);
	}

	/**
	 * Places a commune (by NIS code) or a sub-municipality (by Statbel code) a person
	 * chose by name, for example the part of the City of Brussels where an address lies
	 * when its postcode covers several bassins.
	 * @throws IllegalArgumentException when the code is neither one of the 19 communes
	 * nor one of the 27 sub-municipalities, or names a commune that lies in several
	 * bassins
	 */
	public Placement placeArea(String submunicipalityCode) {
		TerritorySnapshot current = loaded();
		List<Submunicipality> parts = current.byCommune().get(submunicipalityCode);
		if (parts != null) {
			Set<String> bassins = parts.stream()
				.map((part) -> String.valueOf(part.bassin()))
				.collect(Collectors.toSet());
			if (bassins.size() != 1) {
				throw new IllegalArgumentException(
						"Commune " + submunicipalityCode + " lies in several bassins: choose one of its parts");
			}
			Commune commune = current.communes().get(submunicipalityCode);
			AssignmentStatus status = parts.stream()
				.map(Submunicipality::status)
				.reduce(AssignmentStatus.VERIFIED, AssignmentStatus::weakest);
			String bassin = parts.get(0).bassin();
			return new Placement(status.certainty(), Placement.REGION, bassin, status, commune.nis(), commune.name(),
					null, null, null, null, List.of(), "Commune " + commune.nis() + " (" + commune.name().fr()
							+ ") chosen by name, assigned to " + Objects.toString(bassin, "no bassin"));
		}
		Submunicipality area = current.submunicipalities().get(submunicipalityCode);
		if (area == null) {
			throw new IllegalArgumentException("Unknown sub-municipality " + submunicipalityCode);
		}
		Commune commune = current.communes().get(area.nis());
		Assignment assignment = Assignment.of(area);
		return new Placement(assignment.status().certainty(), Placement.REGION, assignment.bassin(),
				assignment.status(), commune.nis(), commune.name(), area.code(), area.name(), null, null, List.of(),
				"Sub-municipality " + area.code() + " (" + area.name().fr() + ") chosen by name, "
						+ describe(assignment));
	}

	/**
	 * Places a point, and says whether the postcode given with it agrees; the point
	 * decides.
	 */
	public Placement place(String postcode, double latitude, double longitude) {
		List<Candidate> candidates = candidates(postcode);
		Placement placement = place(latitude, longitude);
		boolean agrees = candidates.stream()
			.anyMatch((candidate) -> candidate.communeNis().equals(placement.communeNis()));
		String reason;
		if (placement.certainty() == Certainty.OUTSIDE) {
			reason = placement.reason() + ", although postcode " + postcode
					+ " is a Brussels postcode: the point decides";
		}
		else if (agrees) {
			reason = placement.reason() + "; postcode " + postcode + " serves this commune";
		}
		else {
			reason = placement.reason() + "; postcode " + postcode
					+ " does not serve the commune where the point lies: the point decides";
		}
		return new Placement(placement.certainty(), placement.region(), placement.bassin(), placement.status(),
				placement.communeNis(), placement.commune(), placement.submunicipality(),
				placement.submunicipalityName(), placement.sector(), placement.quartier(),
				agrees ? List.of() : candidates, reason);
	}

	/** Whether the postcode is one of the Brussels-Capital Region's. */
	public boolean isBrusselsPostcode(String postcode) {
		return postcode != null && loaded().postcodes().containsKey(postcode.strip());
	}

	/** The 5 bassins with the areas assigned to each now. */
	public List<BassinSummary> bassins() {
		TerritorySnapshot current = loaded();
		return current.bassins().values().stream().map(current::summary).toList();
	}

	/** One bassin with its areas. */
	public Optional<BassinSummary> bassin(String code) {
		TerritorySnapshot current = loaded();
		return Optional.ofNullable(current.bassins().get(code)).map(current::summary);
	}

	/** The name of a quartier social-santé, when the official table is loaded. */
	public Optional<LocalizedText> quartierName(String code) {
		return (code != null) ? this.repository.quartierName(code.strip()) : Optional.empty();
	}

	/** The 19 communes. */
	public List<Commune> communes() {
		return List.copyOf(loaded().communes().values());
	}

	/** An address written in full, with its commune named in {@code locale}. */
	public String fullAddress(String address, String postcode, String communeNis, Locale locale) {
		return Addresses.full(address, postcode, communeNis, communes(), locale);
	}

	/** The 27 sub-municipalities with their current assignment. */
	public List<Submunicipality> submunicipalities() {
		return List.copyOf(loaded().submunicipalities().values());
	}

	/** The sub-municipalities that belong to the region level: no bassin yet. */
	public List<Submunicipality> regionLevel() {
		return submunicipalities().stream().filter((area) -> area.bassin() == null).toList();
	}

	/** One sub-municipality with its current assignment. */
	public Optional<Submunicipality> submunicipality(String code) {
		return Optional.ofNullable(loaded().submunicipalities().get(code));
	}

	/** A sub-municipality's assignment history, newest first. */
	@Transactional(readOnly = true)
	public List<AssignmentChange> history(String submunicipalityCode) {
		return this.repository.history(submunicipalityCode);
	}

	/**
	 * Assigns a sub-municipality to a bassin, or to none (the region level), with a
	 * reason that becomes its source; recorded in its history and the audit log, and used
	 * by the next placement.
	 * @param bassin the bassin code, or {@code null} for none
	 * @param status {@link AssignmentStatus#UNRESOLVED} exactly when there is no bassin
	 * @throws IllegalArgumentException when the area or bassin is unknown, the status
	 * does not fit or the reason is blank
	 */
	@Transactional
	public Submunicipality changeAssignment(String submunicipalityCode, String bassin, AssignmentStatus status,
			String reason) {
		Submunicipality changed = this.changes.change(submunicipalityCode, bassin, status, reason,
				(code) -> loaded().bassins().containsKey(code));
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					refresh();
				}
			});
		}
		else {
			refresh();
		}
		return changed;
	}

	/** Reloads the in-memory snapshot from the tables. */
	@Transactional(readOnly = true)
	public void refresh() {
		this.snapshot = TerritorySnapshot.load(this.repository);
	}

	private List<Candidate> candidates(String postcode) {
		String code = TerritorySnapshot.checkedPostcode(postcode);
		return loaded().candidates(code);
	}

	private TerritorySnapshot loaded() {
		TerritorySnapshot current = this.snapshot;
		if (!current.isLoaded()) {
			throw new IllegalStateException("The territory reference data is not loaded yet");
		}
		return current;
	}

	private static void checkCoordinates(double latitude, double longitude) {
		if (!(latitude >= -90 && latitude <= 90)) {
			throw new IllegalArgumentException("Latitude must be between -90 and 90, not " + latitude);
		}
		if (!(longitude >= -180 && longitude <= 180)) {
			throw new IllegalArgumentException("Longitude must be between -180 and 180, not " + longitude);
		}
	}

	private static String describe(Assignment assignment) {
		if (assignment.bassin() == null) {
			return "assigned to no bassin yet (region level, unresolved: " + assignment.source() + ")";
		}
		return "assigned to " + assignment.bassin() + " (" + assignment.status().code() + ": " + assignment.source()
				+ ")";
	}

}
