package brussels.maillage.prevention.publications;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import brussels.maillage.system.LocalizedText;

/**
 * One publication of the organisation, as the register keeps it (the PDF itself apart).
 *
 * @param id publication id
 * @param series its series
 * @param issue its issue ("#2"), or {@code null}
 * @param title its title in fr, nl, en
 * @param publishedOn when it came out
 * @param languages languages it exists in
 * @param url where it is read, or {@code null} when Maillage keeps the PDF
 * @param hasPdf whether Maillage keeps its PDF
 * @param summary a summary in fr, nl, en
 * @param themes its themes, as words
 * @param programmeId the programme it belongs to, or {@code null}
 * @param createdAt when it was registered
 */
public record Publication(UUID id, Series series, String issue, LocalizedText title, LocalDate publishedOn,
		List<String> languages, String url, boolean hasPdf, LocalizedText summary, List<String> themes,
		UUID programmeId, Instant createdAt) {

	public Publication {
		languages = List.copyOf(languages);
		themes = List.copyOf(themes);
	}

	/** The series of the organisation's publications. */
	public enum Series {

		ZINNEKE, KAIROS, FOCUS, SYNTHESIS, OTHER

	}

}
