package brussels.maillage.directory.cadastres;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import brussels.maillage.directory.Theme;
import brussels.maillage.system.LocalizedText;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The cadastre of trainings as other modules read it: a training by id, the trainings
 * matching words, a theme's label, and a list of trainings as CSV or XLSX in the reader's
 * language (a Focus repertoire lists trainings and exports them).
 */
@Service
@Transactional(readOnly = true)
public class TrainingCatalogue {

	private final TrainingService trainings;

	private final TrainingExports exports;

	TrainingCatalogue(TrainingService trainings, TrainingExports exports) {
		this.trainings = trainings;
		this.exports = exports;
	}

	/** The training with this id, if the cadastre still has it. */
	public Optional<Training> training(UUID id) {
		return this.trainings.training(id);
	}

	/**
	 * The trainings whose title (fr or nl) or organiser contains {@code words}, the first
	 * {@code limit} by first day.
	 */
	public List<Training> search(String words, int limit) {
		return this.trainings.find(TrainingFilter.of(words, null, null, null, null))
			.stream()
			.limit(Math.max(0, limit))
			.toList();
	}

	/** The label of a theme of the directory in fr, nl and en, or empty when unknown. */
	public LocalizedText themeLabel(String code) {
		return this.trainings.themes()
			.stream()
			.filter((theme) -> theme.code().equals(code))
			.map(Theme::label)
			.findFirst()
			.orElse(LocalizedText.of(null, null, null));
	}

	/**
	 * The trainings as CSV for Belgian Excel (semicolons, UTF-8 with a byte order mark),
	 * every label in the reader's language.
	 */
	public byte[] csv(List<Training> trainings, Locale locale) {
		return this.exports.csv(trainings, TrainingController.themeLabels(this.trainings, locale), locale);
	}

	/** The trainings as an XLSX workbook, every label in the reader's language. */
	public byte[] xlsx(List<Training> trainings, Locale locale) {
		return this.exports.xlsx(trainings, TrainingController.themeLabels(this.trainings, locale), locale);
	}

}
