package brussels.maillage.directory.exchange;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import brussels.maillage.system.LocalizedText;
import brussels.maillage.territory.TerritoryService;

import org.springframework.stereotype.Component;

/**
 * Reads the name of a service area written in a package: the Brussels-Capital Region, a
 * bassin (code or name) or a commune (NIS code or name, French or Dutch), with or without
 * accents, case or dashes.
 */
@Component
class AreaNames {

	private static final List<String> REGION = List.of("brussels_region", "region de bruxelles capitale",
			"region bruxelloise", "bruxelles capitale", "brussels hoofdstedelijk gewest", "brussels gewest",
			"brussels capital region", "brussels capital", "brussels region");

	private final TerritoryService territory;

	AreaNames(TerritoryService territory) {
		this.territory = territory;
	}

	/**
	 * The level and code an area's name designates ({@code ["COMMUNE", "21015"]}), or
	 * null when it is not a Brussels territory the directory knows.
	 */
	String[] resolve(String name) {
		String key = normalize(name);
		if (REGION.contains(key) || REGION.contains(name.strip().toLowerCase(Locale.ROOT))) {
			return new String[] { "REGION", "" };
		}
		Map<String, String[]> known = new HashMap<>();
		this.territory.bassins().forEach((summary) -> {
			String code = summary.bassin().code();
			known.put(normalize(code), new String[] { "BASSIN", code });
			names(summary.bassin().name()).forEach((label) -> known.put(label, new String[] { "BASSIN", code }));
		});
		this.territory.communes().forEach((commune) -> {
			known.put(commune.nis(), new String[] { "COMMUNE", commune.nis() });
			names(commune.name()).forEach((label) -> known.put(label, new String[] { "COMMUNE", commune.nis() }));
		});
		return known.get(key);
	}

	private static List<String> names(LocalizedText text) {
		return java.util.stream.Stream.of(text.fr(), text.nl(), text.en())
			.filter(java.util.Objects::nonNull)
			.map(AreaNames::normalize)
			.toList();
	}

	static String normalize(String value) {
		String folded = Normalizer.normalize(value.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
		return folded.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").strip();
	}

}
