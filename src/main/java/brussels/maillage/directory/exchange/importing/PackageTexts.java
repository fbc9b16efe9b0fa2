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
 * @param translations the translated fields by table, then by record id (a record id that
 * is no UUID in lower case names no row the readers look up, since their ids are)
 * @param language the language of the HSDS columns (fr, nl or en)
 */
record PackageTexts(Map<String, Map<UUID, Map<String, LocalizedText>>> translations, String language) {

	/** The texts of the rows of {@code x_maillage_translations} (none when absent). */
	static PackageTexts of(List<CSVRecord> rows, String language) {
		Map<String, Map<UUID, Map<String, String[]>>> collected = new HashMap<>();
		for (CSVRecord row : (rows != null) ? rows : List.<CSVRecord>of()) {
			UUID record = recordId(row.get("record_id"));
			if (record == null) {
				continue;
			}
			String[] texts = collected.computeIfAbsent(row.get("table"), (key) -> new HashMap<>())
				.computeIfAbsent(record, (key) -> new HashMap<>(8))
				.computeIfAbsent(row.get("field"), (key) -> new String[3]);
			int index = LocalizedText.LANGUAGES.indexOf(row.get("language"));
			if (index >= 0) {
				texts[index] = row.get("text");
			}
		}
		Map<String, Map<UUID, Map<String, LocalizedText>>> translations = new HashMap<>();
		collected.forEach((table, records) -> {
			Map<UUID, Map<String, LocalizedText>> byRecord = new HashMap<>(records.size() * 2);
			records.forEach((record, fields) -> {
				Map<String, LocalizedText> texts = new HashMap<>(8);
				fields.forEach((field, values) -> texts.put(field, LocalizedText.of(values[0], values[1], values[2])));
				byRecord.put(record, texts);
			});
			translations.put(table, byRecord);
		});
		return new PackageTexts(translations, language);
	}

	/** The record id as a UUID, or null when it is not one written in lower case. */
	private static UUID recordId(String written) {
		if (written == null || written.length() != 36) {
			return null;
		}
		try {
			UUID id = UUID.fromString(written);
			return id.toString().equals(written) ? id : null;
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	/** The translated fields of a row, to read several of its fields. */
	Map<String, LocalizedText> of(String table, UUID id) {
		return this.translations.getOrDefault(table, Map.of()).getOrDefault(id, Map.of());
	}

	/** A field of a row: its translations, else the column's value in the language. */
	LocalizedText text(String table, UUID id, String field, String value) {
		return text(of(table, id), field, value);
	}

	/**
	 * A field of a row whose translations were read with {@link #of(String, UUID)}: its
	 * translations, else the column's value in the language.
	 */
	LocalizedText text(Map<String, LocalizedText> translated, String field, String value) {
		LocalizedText text = translated.get(field);
		if (text != null) {
			return text;
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
