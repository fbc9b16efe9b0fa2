package brussels.maillage.directory.exchange.importing;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import brussels.maillage.system.LocalizedText;
import brussels.maillage.territory.Commune;
import brussels.maillage.territory.TerritoryService;

import org.springframework.stereotype.Component;

/**
 * Reads the name of a service area written in a package: the Brussels-Capital Region, a
 * bassin (code or name), a commune (NIS code or name, French or Dutch) or a part of a
 * commune (a sub-municipality such as "Laeken", "Neder-over-Heembeek" or "Haren", read as
 * its commune and marked as narrower), with or without accents, case or dashes.
 */
@Component
class AreaNames {

	private static final List<String> REGION = List.of("brussels_region", "region de bruxelles capitale",
			"region bruxelloise", "bruxelles capitale", "brussels hoofdstedelijk gewest", "brussels gewest",
			"brussels capital region", "brussels capital", "brussels region");

	/** Names of communes other than the territory's own, normalized. */
	private static final Map<String, String> SHORT_NAMES = Map.ofEntries(Map.entry("bruxelles ville", "21004"),
			Map.entry("ville de bruxelles", "21004"), Map.entry("brussel stad", "21004"),
			Map.entry("stad brussel", "21004"), Map.entry("city of brussels", "21004"), Map.entry("molenbeek", "21012"),
			Map.entry("berchem", "21003"), Map.entry("saint josse", "21014"), Map.entry("sint joost", "21014"),
			Map.entry("watermael", "21017"), Map.entry("watermaal", "21017"), Map.entry("boitsfort", "21017"),
			Map.entry("bosvoorde", "21017"));

	private final TerritoryService territory;

	private volatile Map<String, String[]> known;

	AreaNames(TerritoryService territory) {
		this.territory = territory;
	}

	/** Marks a name that designates only a part of the commune it is read as. */
	static final String PART = "PART";

	/**
	 * The level and code an area's name designates ({@code ["COMMUNE", "21015"]}), with a
	 * third element {@link #PART} when the name is a part of that commune, or null when
	 * it is not a Brussels territory the directory knows.
	 */
	String[] resolve(String name) {
		String key = normalize(name);
		if (REGION.contains(key) || REGION.contains(name.strip().toLowerCase(Locale.ROOT))) {
			return new String[] { "REGION", "" };
		}
		String[] found = known().get(key);
		return (found != null) ? found.clone() : null;
	}

	/**
	 * The names the areas are read by, made once: the territory's names and codes are
	 * reference data, while a package may hold thousands of area rows.
	 */
	private Map<String, String[]> known() {
		Map<String, String[]> names = this.known;
		if (names == null) {
			names = Map.copyOf(allNames());
			this.known = names;
		}
		return names;
	}

	private Map<String, String[]> allNames() {
		Map<String, String[]> known = new HashMap<>();
		// A part of a commune first: a commune's own name, read after, wins over a part
		// named like it.
		this.territory.submunicipalities().forEach((part) -> {
			String[] asCommune = { "COMMUNE", part.nis(), PART };
			names(part.name()).forEach((label) -> {
				known.put(label, asCommune);
				// "Laeken" for Statbel's "Bruxelles-Laeken", "Laken" for "Brussel-Laken".
				for (String city : List.of("bruxelles ", "brussel ")) {
					if (label.startsWith(city)) {
						known.put(label.substring(city.length()), asCommune);
					}
				}
			});
		});
		// Statbel writes "Neder-Overheembeek"; people write it in three words.
		String[] heembeek = known.get("neder overheembeek");
		if (heembeek != null) {
			known.put("neder over heembeek", heembeek);
		}
		this.territory.bassins().forEach((summary) -> {
			String code = summary.bassin().code();
			known.put(normalize(code), new String[] { "BASSIN", code });
			names(summary.bassin().name()).forEach((label) -> known.put(label, new String[] { "BASSIN", code }));
		});
		this.territory.communes().forEach((commune) -> {
			known.put(commune.nis(), new String[] { "COMMUNE", commune.nis() });
			names(commune.name()).forEach((label) -> known.put(label, new String[] { "COMMUNE", commune.nis() }));
		});
		// The names people write for communes with long or official ones, as the search
		// reads them typed (PlaceNames), and "saint", "sainte", "sint" abbreviated.
		SHORT_NAMES.forEach((label, nis) -> known.putIfAbsent(label, new String[] { "COMMUNE", nis }));
		this.territory.communes()
			.forEach((commune) -> names(commune.name()).forEach((label) -> known.putIfAbsent(
					label.replaceAll("\\bsainte\\b", "ste").replaceAll("\\bsaint\\b|\\bsint\\b", "st"),
					new String[] { "COMMUNE", commune.nis() })));
		return known;
	}

	/** The NIS codes of the communes of a bassin, wholly or in part. */
	List<String> communesOf(String bassin) {
		return this.territory.bassins()
			.stream()
			.filter((summary) -> summary.bassin().code().equals(bassin))
			.flatMap((summary) -> summary.communes().stream())
			.map(Commune::nis)
			.distinct()
			.toList();
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
