package brussels.maillage.directory.search.place;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import brussels.maillage.directory.Place;
import brussels.maillage.directory.PlaceResolver;
import brussels.maillage.directory.search.words.Words;
import brussels.maillage.system.LocalizedText;
import brussels.maillage.territory.TerritoryService;

/**
 * The places a person may name in the text (communes, sub-municipalities with their usual
 * aliases, bassins, short names of long communes), read by a {@link QueryReader} built
 * once from the territory; and what a place named becomes: the person's place and its
 * name to show.
 */
public final class PlaceNames {

	private final TerritoryService territory;

	private final PlaceResolver places;

	private volatile QueryReader reader;

	public PlaceNames(TerritoryService territory, PlaceResolver places) {
		this.territory = territory;
		this.places = places;
	}

	/** The place named in the text, or {@code null} when it cannot be placed. */
	public Place typedPlace(QueryReader.Reading reading) {
		if (reading.place() != null) {
			return new Place(null, reading.place().commune(), reading.place().bassin(), null, null);
		}
		try {
			return this.places.resolve(reading.postcode(), null, null, null, null);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	/** The name of the place read in the text, to show. */
	public LocalizedText placeName(QueryReader.Reading reading) {
		if (reading.place() == null) {
			return new LocalizedText(reading.postcode(), reading.postcode(), reading.postcode());
		}
		String key = reading.place().key();
		for (var commune : this.territory.communes()) {
			if (commune.nis().equals(key)) {
				return commune.name();
			}
		}
		for (var area : this.territory.submunicipalities()) {
			if (area.code().equals(key)) {
				return titleCase(area.name());
			}
		}
		for (var bassin : this.territory.bassins()) {
			if (bassin.bassin().code().equals(key)) {
				return bassin.bassin().name();
			}
		}
		return null;
	}

	private static LocalizedText titleCase(LocalizedText name) {
		return new LocalizedText(titleCase(name.fr()), titleCase(name.nl()), titleCase(name.en()));
	}

	private static String titleCase(String name) {
		if (name == null || !name.equals(name.toUpperCase())) {
			return name;
		}
		StringBuilder out = new StringBuilder();
		boolean start = true;
		for (char c : name.toLowerCase().toCharArray()) {
			out.append(start ? Character.toUpperCase(c) : c);
			start = !Character.isLetter(c);
		}
		return out.toString();
	}

	/**
	 * The reader of the places a person may name: communes, sub-municipalities, bassins.
	 */
	public QueryReader reader() {
		QueryReader current = this.reader;
		if (current == null) {
			List<QueryReader.Named> named = new ArrayList<>();
			Map<String, String> bassinOfCommune = new HashMap<>();
			this.territory.submunicipalities()
				.stream()
				.collect(Collectors.groupingBy((area) -> area.nis(),
						Collectors.mapping((area) -> String.valueOf(area.bassin()), Collectors.toSet())))
				.forEach((nis, bassins) -> bassinOfCommune.put(nis,
						(bassins.size() == 1 && !bassins.contains("null")) ? bassins.iterator().next() : null));
			for (var commune : this.territory.communes()) {
				for (String name : names(commune.name())) {
					named.add(new QueryReader.Named(Words.of(name), commune.nis(), bassinOfCommune.get(commune.nis()),
							commune.nis()));
				}
			}
			addSubmunicipalities(named);
			// Short names people use for communes with long ones.
			Map<String, String> shortNames = Map.ofEntries(Map.entry("molenbeek", "21012"),
					Map.entry("berchem", "21003"), Map.entry("boitsfort", "21017"), Map.entry("bosvoorde", "21017"),
					Map.entry("watermael", "21017"), Map.entry("watermaal", "21017"), Map.entry("saint josse", "21014"),
					Map.entry("sint joost", "21014"), Map.entry("woluwe saint lambert", "21018"),
					Map.entry("woluwe saint pierre", "21019"), Map.entry("wsl", "21018"), Map.entry("wsp", "21019"),
					Map.entry("ville de bruxelles", "21004"), Map.entry("stad brussel", "21004"));
			shortNames.forEach((name, nis) -> named
				.add(new QueryReader.Named(Words.of(name), nis, bassinOfCommune.get(nis), nis)));
			addAbbreviated(named);
			for (var bassin : this.territory.bassins()) {
				for (String name : names(bassin.bassin().name())) {
					List<String> words = Words.of(name);
					// A bassin named by a single common word ("centre") only with
					// "bassin".
					named.add(new QueryReader.Named(
							words.size() > 1 || words.get(0).contains("bassin") ? words : prefixed("bassin", words),
							null, bassin.bassin().code(), bassin.bassin().code()));
					named.add(new QueryReader.Named(prefixed("bassin", words), null, bassin.bassin().code(),
							bassin.bassin().code()));
				}
			}
			// "Woluwe" alone: either Woluwe, both in one bassin.
			String woluwe = bassinOfCommune.get("21018");
			if (woluwe != null && woluwe.equals(bassinOfCommune.get("21019"))) {
				named.add(new QueryReader.Named(List.of("woluwe"), null, woluwe, woluwe));
			}
			current = new QueryReader(named);
			this.reader = current;
		}
		return current;
	}

	/**
	 * The names with "saint", "sainte" or "sint" also as people abbreviate them: "st
	 * gilles", "woluwe st lambert", "berchem ste agathe", "st jans molenbeek".
	 */
	static void addAbbreviated(List<QueryReader.Named> named) {
		Map<String, String> abbreviations = Map.of("saint", "st", "sainte", "ste", "sint", "st");
		for (QueryReader.Named place : List.copyOf(named)) {
			if (place.words().stream().anyMatch(abbreviations::containsKey)) {
				named.add(new QueryReader.Named(
						place.words().stream().map((word) -> abbreviations.getOrDefault(word, word)).toList(),
						place.commune(), place.bassin(), place.key()));
			}
		}
	}

	private void addSubmunicipalities(List<QueryReader.Named> named) {
		for (var area : this.territory.submunicipalities()) {
			List<String> aliases = new ArrayList<>(names(area.name()));
			if (area.code().equals("21004F")) {
				// Statbel writes "Neder-Overheembeek"; people write it in three words.
				aliases.addAll(List.of("Neder-over-Heembeek", "NOH"));
			}
			if (area.code().equals("21004A")) {
				// The Pentagone is the centre of the City as people name it; read whole,
				// "centre" is no longer searched (every "centre de ..." matched it).
				// Never
				// "centre" alone ("mental health centre anderlecht").
				for (String centre : List.of("centre de Bruxelles", "Bruxelles-centre", "centre-ville de Bruxelles",
						"centrum van Brussel", "Brussel-centrum", "Vijfhoek")) {
					named.add(new QueryReader.Named(Words.of(centre), area.nis(), area.bassin(), area.code()));
				}
			}
			for (String name : aliases) {
				List<String> words = Words.of(name);
				named.add(new QueryReader.Named(words, area.nis(), area.bassin(), area.code()));
				if (words.size() > 1 && List.of("bruxelles", "brussel").contains(words.get(0))) {
					// "Laeken" for "Bruxelles-Laeken".
					named.add(new QueryReader.Named(words.subList(1, words.size()), area.nis(), area.bassin(),
							area.code()));
				}
			}
		}
	}

	private static List<String> prefixed(String word, List<String> words) {
		List<String> all = new ArrayList<>();
		all.add(word);
		all.addAll(words);
		return all;
	}

	private static Set<String> names(LocalizedText name) {
		Set<String> names = new LinkedHashSet<>();
		for (String language : LocalizedText.LANGUAGES) {
			String text = name.get(language);
			if (text != null && !text.isBlank()) {
				names.add(text);
			}
		}
		return names;
	}

}
