package brussels.maillage.prevention.publications;

import java.util.Arrays;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import brussels.maillage.system.LocalizedText;

import org.springframework.web.multipart.MultipartFile;

/**
 * A publication as a staff member registers it (its PDF comes as a file beside).
 *
 * @param series one of {@link Publication.Series}
 * @param issue the issue, optional
 * @param titleFr French title
 * @param titleNl Dutch title
 * @param publishedOn the day it came out, {@code yyyy-mm-dd}
 * @param languages languages it exists in
 * @param url its address, unless the PDF is uploaded
 * @param summaryFr French summary
 * @param summaryNl Dutch summary
 * @param themes its themes, separated by commas
 * @param programmeId the programme, or blank
 * @param pdf the PDF uploaded with the form, or {@code null}
 */
record PublicationForm(@NotBlank @Pattern(regexp = "ZINNEKE|KAIROS|FOCUS|SYNTHESIS|OTHER") String series,
		@Size(max = 40) String issue, @NotBlank @Size(max = 300) String titleFr, @Size(max = 300) String titleNl,
		@NotBlank @Pattern(regexp = "\\d{4}-\\d{2}-\\d{2}") String publishedOn, @NotEmpty List<String> languages,
		@Size(max = 1000) @Pattern(regexp = "(https?://\\S+)?") String url, @Size(max = 3000) String summaryFr,
		@Size(max = 3000) String summaryNl, @Size(max = 500) String themes, String programmeId, MultipartFile pdf) {

	static final List<String> LANGUAGES = List.of("fr", "nl", "en");

	PublicationForm {
		languages = (languages != null) ? languages.stream().filter(LANGUAGES::contains).distinct().toList()
				: List.of();
		url = (url != null) ? url.strip() : "";
		publishedOn = (publishedOn != null) ? publishedOn.strip() : "";
	}

	static PublicationForm empty() {
		return new PublicationForm("", "", "", "", "", List.of(), "", "", "", "", "", null);
	}

	/** The form showing a registered publication, to change it. */
	static PublicationForm of(Publication publication) {
		return new PublicationForm(publication.series().name(),
				(publication.issue() != null) ? publication.issue() : "", orEmpty(publication.title().fr()),
				orEmpty(publication.title().nl()), publication.publishedOn().toString(), publication.languages(),
				(publication.url() != null) ? publication.url() : "", orEmpty(publication.summary().fr()),
				orEmpty(publication.summary().nl()), String.join(", ", publication.themes()),
				(publication.programmeId() != null) ? publication.programmeId().toString() : "", null);
	}

	private static String orEmpty(String text) {
		return (text != null) ? text : "";
	}

	LocalizedText title() {
		return LocalizedText.of(this.titleFr, this.titleNl, null);
	}

	LocalizedText summary() {
		return LocalizedText.of(this.summaryFr, this.summaryNl, null);
	}

	List<String> themeList() {
		return (this.themes == null) ? List.of()
				: Arrays.stream(this.themes.split(",")).map(String::strip).filter((t) -> !t.isEmpty()).toList();
	}

}
