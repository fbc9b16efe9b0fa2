package brussels.maillage.directory.cadastres;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A training as staff type it.
 *
 * @param organization the organiser's name, as the directory has it
 * @param titleFr French title
 * @param titleNl Dutch title
 * @param audience one of {@link Training.Audience}
 * @param languages languages it is given in
 * @param startsOn first day, {@code yyyy-mm-dd}, or blank when it recurs
 * @param endsOn last day, or blank
 * @param recurrence how it recurs, or blank when it has dates
 * @param cost cost in euros ({@code 0} when free, {@code 45,50})
 * @param theme a directory theme code
 * @param url its address, or blank
 */
record TrainingForm(@NotBlank @Size(max = 300) String organization, @NotBlank @Size(max = 300) String titleFr,
		@Size(max = 300) String titleNl,
		@NotBlank @Pattern(regexp = "PROFESSIONALS|VOLUNTEERS|CARERS|EVERYONE") String audience,
		@NotEmpty List<String> languages, @Pattern(regexp = "(\\d{4}-\\d{2}-\\d{2})?") String startsOn,
		@Pattern(regexp = "(\\d{4}-\\d{2}-\\d{2})?") String endsOn, @Size(max = 300) String recurrence,
		@NotBlank @Pattern(regexp = "\\d{1,5}([.,]\\d{1,2})?") String cost, @NotBlank @Size(max = 100) String theme,
		@Size(max = 1000) @Pattern(regexp = "(https?://\\S+)?") String url) {

	static final List<String> LANGUAGES = List.of("fr", "nl", "en");

	TrainingForm {
		organization = strip(organization);
		titleFr = strip(titleFr);
		titleNl = strip(titleNl);
		languages = (languages != null) ? languages.stream().filter(LANGUAGES::contains).distinct().toList()
				: List.of();
		startsOn = strip(startsOn);
		endsOn = strip(endsOn);
		recurrence = strip(recurrence);
		cost = strip(cost);
		theme = strip(theme);
		url = strip(url);
	}

	static TrainingForm empty() {
		return new TrainingForm("", "", "", "", List.of(), "", "", "", "", "", "");
	}

	static TrainingForm of(Training training) {
		return new TrainingForm(training.organizationName(), training.title().fr(), training.title().nl(),
				training.audience().name(), training.languages(),
				(training.startsOn() != null) ? training.startsOn().toString() : "",
				(training.endsOn() != null) ? training.endsOn().toString() : "", training.recurrence(),
				training.costEuros().stripTrailingZeros().toPlainString().replace('.', ','), training.theme(),
				training.url());
	}

	private static String strip(String value) {
		return (value != null) ? value.strip() : "";
	}

}
