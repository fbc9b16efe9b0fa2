package brussels.maillage.directory.search.index;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import brussels.maillage.directory.search.contract.SearchDocument;
import brussels.maillage.system.LocalizedText;

/**
 * An imported service as the engine indexes it ({@link SearchDocument}), made from what
 * the import wrote ({@link ImportedService}) exactly as {@link SearchDocuments} makes it
 * from what it reads back from PostgreSQL: the same texts by language, the themes with
 * their parents, every place's coordinates and the first public place shown, the opening
 * hours as minutes of the week. {@code ImportHandoffTests} compares the index after an
 * import with the index rebuilt from PostgreSQL.
 */
final class ImportedDocuments {

	private ImportedDocuments() {
	}

	/**
	 * A theme of the directory.
	 *
	 * @param id its id
	 * @param code its code
	 * @param parent its parent's id, or {@code null}
	 * @param label its label by language
	 */
	record Theme(UUID id, String code, UUID parent, Map<String, String> label) {
	}

	/** The document of {@code service}, its themes found in {@code themes}. */
	static SearchDocument document(ImportedService service, Map<UUID, Theme> themes) {
		List<Theme> withParents = new ArrayList<>();
		for (UUID id : service.themes()) {
			for (Theme t = themes.get(id); t != null && !withParents.contains(t); t = themes.get(t.parent())) {
				withParents.add(t);
			}
		}
		List<double[]> points = new ArrayList<>();
		ImportedService.Place shown = null;
		List<ImportedService.Place> places = new ArrayList<>(service.places());
		places.sort(Comparator.comparingLong(ImportedService.Place::order));
		for (ImportedService.Place place : places) {
			if (place.latitude() != null) {
				points.add(new double[] { place.latitude(), (place.longitude() != null) ? place.longitude() : 0 });
			}
			if (!place.confidential() && shown == null) {
				shown = place;
			}
		}
		List<int[]> open = new ArrayList<>();
		for (ImportedService.Hours hours : service.hours()) {
			int day = (hours.weekday() - 1) * 1440;
			open.add(new int[] { day + hours.opens().getHour() * 60 + hours.opens().getMinute(),
					day + hours.closes().getHour() * 60 + hours.closes().getMinute() - 1,
					(hours.validFrom() != null) ? (int) hours.validFrom().toEpochDay() : Integer.MIN_VALUE,
					(hours.validTo() != null) ? (int) hours.validTo().toEpochDay() : Integer.MAX_VALUE });
		}
		return new SearchDocument(service.id(), service.organizationId(), service.organization(),
				languages(service.name()), texts(service.description(), service.eligibility()),
				withParents.stream().map(Theme::label).toList(), withParents.stream().map(Theme::code).toList(),
				service.status(), service.kind(), service.cost(), service.languages(), service.audiences(),
				service.areaLevel(), service.areaCodes(), points, service.modified(), open, service.minimumAge(),
				service.maximumAge(), service.packageTerms().stream().map((term) -> term.id().toString()).toList(),
				service.packageTerms()
					.stream()
					.map(ImportedService.PackageTerm::name)
					.filter((name) -> name != null && !name.isBlank())
					.toList(),
				new SearchDocument.Shown(languages(service.description()), (shown != null) ? shown.address() : null,
						(shown != null) ? shown.latitude() : null, (shown != null) ? shown.longitude() : null),
				service.alternateNames(), service.program());
	}

	/** The description and eligibility of each language, joined. */
	private static Map<String, String> texts(LocalizedText description, LocalizedText eligibility) {
		Map<String, String> texts = new HashMap<>();
		Map<String, String> descriptions = languages(description);
		Map<String, String> eligibilities = languages(eligibility);
		for (String language : LocalizedText.LANGUAGES) {
			String joined = String.join(" ",
					Stream.of(descriptions.get(language), eligibilities.get(language))
						.filter((text) -> text != null)
						.toList());
			if (!joined.isBlank()) {
				texts.put(language, joined);
			}
		}
		return texts;
	}

	/** A text's languages, as {@link SearchDocuments} reads them. */
	static Map<String, String> languages(LocalizedText text) {
		Map<String, String> map = new HashMap<>();
		if (text == null) {
			return map;
		}
		for (String language : LocalizedText.LANGUAGES) {
			String value = text.get(language);
			if (value != null && !value.isBlank()) {
				map.put(language, value);
			}
		}
		return map;
	}

}
