package brussels.maillage.territory.reference;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import brussels.maillage.system.LocalizedText;
import brussels.maillage.territory.AssignmentStatus;
import brussels.maillage.territory.Bassin;
import brussels.maillage.territory.Commune;
import brussels.maillage.territory.Submunicipality;
import brussels.maillage.territory.TerritoryService;
import brussels.maillage.territory.reference.TerritoryRepository.Assignment;
import brussels.maillage.territory.reference.TerritoryRepository.PostcodeCommune;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.annotation.Order;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the reference data of {@code classpath:territory/} at start-up, idempotently:
 * absent rows are inserted, present ones kept. A sub-municipality's assignment follows a
 * newer reference file only as long as no person has changed it, so administrators'
 * corrections survive restarts and upgrades.
 */
@Component
@Order(10)
class TerritoryLoader implements SmartInitializingSingleton {

	private static final Logger log = LoggerFactory.getLogger(TerritoryLoader.class);

	private static final LocalDate POPULATION_DATE = LocalDate.of(2020, 1, 1);

	/** The reference files name the bassins in French and Dutch only. */
	private static final Map<String, String> ENGLISH_NAMES = Map.of("NORD", "North basin", "NORD_EST",
			"North-East basin", "SUD", "South basin", "SUD_EST", "South-East basin", "CENTRE_OUEST",
			"Centre-West basin");

	private final TerritoryRepository repository;

	private final TerritoryService territory;

	private final PlacementIndex index;

	private final TransactionTemplate transactions;

	TerritoryLoader(TerritoryRepository repository, TerritoryService territory, PlacementIndex index,
			TransactionTemplate transactions) {
		this.repository = repository;
		this.territory = territory;
		this.index = index;
		this.transactions = transactions;
	}

	/**
	 * Runs before the web server opens, so that no request ever sees the territory
	 * unloaded.
	 */
	@Override
	public void afterSingletonsInstantiated() {
		load();
	}

	/** Inserts what is missing and refreshes the placement snapshot. */
	void load() {
		int[] inserted = this.transactions.execute((status) -> new int[] { loadBassins(), loadCommunes(),
				loadSubmunicipalities(), loadSectors(), loadPostcodes() });
		if (Arrays.stream(inserted).sum() > 0) {
			log.info(
					"Territory reference data loaded: {} bassins, {} communes, {} sub-municipalities, {} sectors, "
							+ "{} postcode pairs added",
					inserted[0], inserted[1], inserted[2], inserted[3], inserted[4]);
		}
		this.territory.refresh();
	}

	/**
	 * Picks up the changes made through other instances of the application within a
	 * minute; this instance's own changes apply at once.
	 */
	@Scheduled(initialDelayString = "PT1M", fixedDelayString = "PT1M")
	void refreshFromOtherInstances() {
		this.territory.refresh();
	}

	private int loadBassins() {
		int count = 0;
		for (Map<String, String> row : ReferenceData.csv("bassins.csv")) {
			String code = row.get("code");
			Bassin bassin = new Bassin(code,
					LocalizedText.of(row.get("name_fr"), row.get("name_nl"), ENGLISH_NAMES.get(code)),
					row.get("website"), integer(row.get("quartiers_social_sante_published")),
					row.get("population_published"), row.get("source"));
			count += this.repository.insertBassin(bassin) ? 1 : 0;
		}
		return count;
	}

	private int loadCommunes() {
		int count = 0;
		for (Map<String, String> row : ReferenceData.csv("communes.csv")) {
			Commune commune = new Commune(row.get("nis_code"),
					LocalizedText.of(row.get("name_fr"), row.get("name_nl"), null),
					List.of(row.get("postcodes").split(" ")), integer(row.get("population_2020_01_01")),
					POPULATION_DATE);
			count += this.repository.insertCommune(commune, row.get("bassin"), row.get("assignment_status"),
					row.get("assignment_source")) ? 1 : 0;
		}
		return count;
	}

	private int loadSubmunicipalities() {
		Map<String, Submunicipality> current = new HashMap<>();
		this.repository.submunicipalities().forEach((area) -> current.put(area.code(), area));
		int count = 0;
		for (Map<String, String> row : ReferenceData.csv("submunicipalities.csv")) {
			Submunicipality reference = new Submunicipality(row.get("code"), row.get("nis_code"),
					LocalizedText.of(row.get("name_fr"), row.get("name_nl"), null), new BigDecimal(row.get("area_ha")),
					integer(row.get("statistical_sectors_2022")), row.get("bassin"),
					AssignmentStatus.of(row.get("assignment_status")), row.get("assignment_source"));
			Assignment wanted = Assignment.of(reference);
			Submunicipality present = current.get(reference.code());
			if (present == null) {
				this.repository.insertSubmunicipality(reference);
				this.repository.recordChange(reference.code(), null, wanted,
						"Loaded from the reference data: " + wanted.source(), TerritoryRepository.REFERENCE_DATA);
				count++;
			}
			else if (!Assignment.of(present).equals(wanted) && !this.repository.changedByPeople(present.code())) {
				this.repository.updateAssignment(present.code(), wanted);
				this.repository.recordChange(present.code(), Assignment.of(present), wanted,
						"Updated from a newer version of the reference data", TerritoryRepository.REFERENCE_DATA);
			}
		}
		return count;
	}

	private int loadSectors() {
		Set<String> present = new HashSet<>(this.repository.sectorCodes());
		int count = 0;
		for (PlacementIndex.SectorShape sector : this.index.sectors()) {
			if (present.add(sector.code())) {
				this.repository.insertSector(sector.code(), sector.submunicipality(),
						LocalizedText.of(sector.nameFr(), sector.nameNl(), null));
				count++;
			}
		}
		return count;
	}

	private int loadPostcodes() {
		int count = 0;
		for (Map<String, String> row : ReferenceData.csv("postcodes.csv")) {
			count += this.repository.insertPostcode(new PostcodeCommune(row.get("postcode"), row.get("nis_code"),
					integer(row.get("streets_2022")), "yes".equals(row.get("in_statbel_2019_table")))) ? 1 : 0;
		}
		return count;
	}

	private static Integer integer(String value) {
		return (value != null && value.matches("[0-9]+")) ? Integer.valueOf(value) : null;
	}

}
