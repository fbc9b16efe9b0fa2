package brussels.maillage.focus.demo;

import java.util.UUID;

import brussels.maillage.directory.cadastres.TrainingCatalogue;
import brussels.maillage.focus.trainings.FocusTrainings;
import brussels.maillage.system.LocalizedText;

import org.springframework.stereotype.Component;

/**
 * Lists the demo cadastre's palliative-care trainings, organised by Brusano, in the demo
 * Focus on end of life (the palliative platform keeps a repertoire of trainings in
 * palliative care: activity report 2024, annex 3).
 */
@Component
class FocusDemoTrainings {

	private final TrainingCatalogue catalogue;

	private final FocusTrainings trainings;

	FocusDemoTrainings(TrainingCatalogue catalogue, FocusTrainings trainings) {
		this.catalogue = catalogue;
		this.trainings = trainings;
	}

	void listPalliative(UUID repertoire) {
		this.catalogue.search("Brusano", FocusTrainings.RESULTS)
			.stream()
			.filter((training) -> "palliative".equals(training.theme()))
			.forEach((training) -> this.trainings.add(repertoire, training.id(), LocalizedText.of(null, null, null)));
	}

}
