package brussels.maillage.indicators;

import java.util.List;
import java.util.Optional;

import brussels.maillage.indicators.colddata.ColdDataRepository;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The imported datasets of cold data, as dashboards read them. */
@Service
@Transactional(readOnly = true)
public class ColdData {

	private final ColdDataRepository datasets;

	ColdData(ColdDataRepository datasets) {
		this.datasets = datasets;
	}

	/** Every dataset, by code and year (newest first). */
	public List<ColdDataset> datasets() {
		return this.datasets.all();
	}

	/** The dataset of {@code code} for {@code year}. */
	public Optional<ColdDataset> find(String code, int year) {
		return this.datasets.find(code, year);
	}

	/** The values of a dataset, by area type and area. */
	public List<ColdDataset.Value> values(long datasetId) {
		return this.datasets.values(datasetId);
	}

}
