package brussels.maillage.directory.exchange.importing;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import brussels.maillage.system.LocalizedText;
import org.apache.commons.csv.CSVRecord;

/**
 * The texts of a package: its HSDS columns, in the package's language, unless Maillage's
 * translations table gives every language of the text.
 *
 * @param translations the translated fields by {@code table/record_id}
 * @param language the language of the HSDS columns (fr, nl or en)
 */
record PackageTexts(Map<String, Map<String, LocalizedText>> translations, String language) {

	/** The texts of the rows of {@code x_maillage_translations} (none when absent). */
	static PackageTexts of(List<CSVRecord> rows, String language) {
		Map<String, Map<String, String[]>> collected = new HashMap<>();
		for (CSVRecord row : (rows != null) ? rows : List.<CSVRecord>of()) {
			String[] texts = collected
				.computeIfAbsent(row.get("table") + "/" + row.get("record_id"), (key) -> new HashMap<>())
				.computeIfAbsent(row.get("field"), (key) -> new String[3]);
			int index = LocalizedText.LANGUAGES.indexOf(row.get("language"));
			if (index >= 0) {
				texts[index] = row.get("text");
			}
		}
		Map<String, Map<String, LocalizedText>> translations = new HashMap<>();
		collected.forEach((record, fields) -> {
			Map<String, LocalizedText> texts = new HashMap<>();
			fields.forEach((field, values) -> texts.put(field, LocalizedText.of(values[0], values[1], values[2])));
			translations.put(record, texts);
		});
		return new PackageTexts(translations, language);
	}

	/** A field of a row: its translations, else the column's value in the language. */
	LocalizedText text(String table, UUID id, String field, String value) {
		LocalizedText translated = this.translations.getOrDefault(table + "/" + id, Map.of()).get(field);
		if (translated != null) {
			return translated;
		}
		return LocalizedText.of("fr".equals(this.language) ? value : null, "nl".equals(this.language) ? value : null,
				"en".equals(this.language) ? value : null);
	}

	/**
	 * A package's language ({@code fr}, {@code fra}, {@code fr-BE}, ...) as fr, nl or en.
	 */
	static String textLanguage(String declared, String otherwise) {
		String code = (declared != null) ? declared.strip().toLowerCase(java.util.Locale.ROOT) : "";
		code = code.split("[-_]")[0];
		String language = switch (code) {
			case "fra", "fre" -> "fr";
			case "nld", "dut" -> "nl";
			case "eng" -> "en";
			default -> code;
		};
		return LocalizedText.LANGUAGES.contains(language) ? language : otherwise;
	}

}
