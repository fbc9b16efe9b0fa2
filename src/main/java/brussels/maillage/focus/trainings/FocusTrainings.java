package brussels.maillage.focus.trainings;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

import brussels.maillage.directory.cadastres.Training;
import brussels.maillage.directory.cadastres.TrainingCatalogue;
import brussels.maillage.focus.ListedTraining;
import brussels.maillage.identity.AuditLog;
import brussels.maillage.system.LocalizedText;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The trainings of the directory's cadastre that a repertoire lists (its "Se former"
 * part): chosen by the editor with a note, read from the cadastre when shown, flagged
 * when gone from the cadastre or over, and exported as CSV or XLSX.
 */
@Service
@Transactional(readOnly = true)
public class FocusTrainings {

	/** The most trainings a search gives. */
	public static final int RESULTS = 10;

	private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

	private static final LocalizedText NONE = LocalizedText.of(null, null, null);

	private final FocusTrainingStore store;

	private final Repertoires repertoires;

	private final TrainingCatalogue catalogue;

	private final AuditLog audit;

	private final Clock clock;

	FocusTrainings(FocusTrainingStore store, Repertoires repertoires, TrainingCatalogue catalogue, AuditLog audit,
			Clock clock) {
		this.store = store;
		this.repertoires = repertoires;
		this.catalogue = catalogue;
		this.audit = audit;
		this.clock = clock;
	}

	/** The trainings a repertoire lists, in order, with the cadastre's current record. */
	public List<ListedTraining> listed(UUID repertoireId) {
		LocalDate today = LocalDate.now(this.clock.withZone(BRUSSELS));
		return this.store.of(repertoireId).stream().map((row) -> {
			Training training = this.catalogue.training(row.trainingId()).orElse(null);
			return new ListedTraining(row.id(), row.trainingId(), row.note(), training,
					(training != null) ? this.catalogue.themeLabel(training.theme()) : NONE, flag(training, today));
		}).toList();
	}

	/**
	 * Why a listed training needs attention: gone from the cadastre, or its last day (its
	 * only day when it has no last day and does not recur) is past.
	 */
	static ListedTraining.Flag flag(Training training, LocalDate today) {
		if (training == null) {
			return ListedTraining.Flag.MISSING;
		}
		LocalDate last = (training.endsOn() != null) ? training.endsOn()
				: (training.recurrence() == null) ? training.startsOn() : null;
		return (last != null && last.isBefore(today)) ? ListedTraining.Flag.ENDED : null;
	}

	/** Trainings of the cadastre matching words, for the editor's search. */
	public List<Training> search(String words) {
		return this.catalogue.search(words, RESULTS);
	}

	/**
	 * Lists a training of the cadastre in the repertoire (or changes its note when it is
	 * listed); false when the cadastre does not have it.
	 */
	@Transactional
	public boolean add(UUID repertoireId, UUID trainingId, LocalizedText note) {
		if (this.catalogue.training(trainingId).isEmpty()) {
			return false;
		}
		this.store.add(repertoireId, trainingId, note);
		this.repertoires.touch(repertoireId);
		this.audit.record("focus.training.listed", "focus_repertoire", repertoireId,
				AuditLog.details("training", trainingId));
		return true;
	}

	/** Takes a training out of the repertoire. */
	@Transactional
	public boolean remove(UUID repertoireId, UUID entryId) {
		boolean removed = this.store.remove(repertoireId, entryId);
		if (removed) {
			this.repertoires.touch(repertoireId);
			this.audit.record("focus.training.removed", "focus_repertoire", repertoireId,
					AuditLog.details("entry", entryId));
		}
		return removed;
	}

	/** Moves a training one place up ({@code -1}) or down ({@code 1}). */
	@Transactional
	public void move(UUID repertoireId, UUID entryId, int direction) {
		this.store.move(repertoireId, entryId, Integer.signum(direction));
		this.repertoires.touch(repertoireId);
	}

	/** The repertoire's trainings still in the cadastre as CSV for Belgian Excel. */
	public byte[] csv(UUID repertoireId, Locale locale) {
		return this.catalogue.csv(trainings(repertoireId), locale);
	}

	/** The repertoire's trainings still in the cadastre as XLSX. */
	public byte[] xlsx(UUID repertoireId, Locale locale) {
		return this.catalogue.xlsx(trainings(repertoireId), locale);
	}

	private List<Training> trainings(UUID repertoireId) {
		return listed(repertoireId).stream().map(ListedTraining::training).filter(Objects::nonNull).toList();
	}

	/**
	 * The repertoires as the trainings change them: a repertoire whose trainings change
	 * is marked modified. {@code focus.repertoires} implements it, as it owns their
	 * table.
	 */
	public interface Repertoires {

		/** Marks the repertoire modified now. */
		void touch(UUID repertoireId);

	}

}
