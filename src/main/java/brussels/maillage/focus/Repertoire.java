package brussels.maillage.focus;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import brussels.maillage.directory.AreaLevel;
import brussels.maillage.system.LocalizedText;

/**
 * A Focus repertoire as its editor wrote it.
 *
 * @param id repertoire id
 * @param slug the last part of its public address, for example {@code fin-de-vie}
 * @param title title in fr and nl (en optional)
 * @param introduction introduction in fr and nl
 * @param status draft or published
 * @param publishedAt when it was (last) published, or {@code null}
 * @param checkedAt when its services were last checked, or {@code null}
 * @param flagged how many of its services were closed or stale at that check
 * @param lastModified last change by an editor
 * @param sections its sections in order
 * @param eventId the agenda event it is linked to (its Focus live webinar), or
 * {@code null}
 */
public record Repertoire(UUID id, String slug, LocalizedText title, LocalizedText introduction, RepertoireStatus status,
		Instant publishedAt, Instant checkedAt, int flagged, Instant lastModified, List<Section> sections,
		UUID eventId) {

	public Repertoire {
		sections = List.copyOf(sections);
	}

	/** Whether the public can read it. */
	public boolean published() {
		return this.status == RepertoireStatus.PUBLISHED;
	}

	/** How many services it lists, over all sections. */
	public int entryCount() {
		return this.sections.stream().mapToInt((section) -> section.entries().size()).sum();
	}

	/**
	 * A part of a repertoire: one stepped-care level or one question.
	 *
	 * @param id section id
	 * @param title title (the question, or the level's name)
	 * @param level the stepped-care level gathered, or {@code null} for a question
	 * @param entries the services listed, in order
	 */
	public record Section(UUID id, LocalizedText title, AreaLevel level, List<Entry> entries) {

		public Section {
			entries = List.copyOf(entries);
		}

	}

	/**
	 * A service listed in a section, with the editor's short note.
	 *
	 * @param id entry id
	 * @param serviceId the directory service
	 * @param note why it is there or what to ask for, in fr and nl
	 */
	public record Entry(UUID id, UUID serviceId, LocalizedText note) {
	}

}
