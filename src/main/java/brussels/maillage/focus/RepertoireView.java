package brussels.maillage.focus;

import java.util.List;

import brussels.maillage.directory.AreaLevel;
import brussels.maillage.system.LocalizedText;

/**
 * A repertoire with the current directory record of every service it lists, as pages and
 * the brochure show it.
 *
 * @param repertoire the repertoire as written
 * @param sections its sections with their services
 * @param flagged how many listed services are closed, missing or stale now
 * @param event the agenda event it is linked to, when there is one and it is published
 * @param trainings the trainings of the directory's cadastre it lists, in order
 */
public record RepertoireView(Repertoire repertoire, List<SectionView> sections, int flagged, LinkedEvent event,
		List<ListedTraining> trainings) {

	public RepertoireView {
		sections = List.copyOf(sections);
		trainings = List.copyOf(trainings);
	}

	/**
	 * One section with its services.
	 *
	 * @param section the section as written
	 * @param services its services
	 */
	public record SectionView(Repertoire.Section section, List<ListedService> services) {

		public SectionView {
			services = List.copyOf(services);
		}

		public LocalizedText title() {
			return this.section.title();
		}

		public AreaLevel level() {
			return this.section.level();
		}

	}

}
