package brussels.maillage.territory.pages;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import brussels.maillage.territory.Bassin;
import brussels.maillage.territory.BassinSummary;
import brussels.maillage.territory.Certainty;
import brussels.maillage.territory.Commune;
import brussels.maillage.territory.Placement;
import brussels.maillage.territory.Submunicipality;
import brussels.maillage.territory.TerritoryService;
import brussels.maillage.territory.UnknownPostcodeException;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** Public pages: the region and its bassins, one bassin, and the place box. */
@Controller
class TerritoryController {

	private final TerritoryService territory;

	private final TerritoryProperties properties;

	TerritoryController(TerritoryService territory, TerritoryProperties properties) {
		this.territory = territory;
		this.properties = properties;
	}

	@GetMapping("/territoire")
	String region(Model model) {
		common(model);
		model.addAttribute("regionLevel", this.territory.regionLevel());
		return "territory/region";
	}

	@GetMapping("/territoire/placer")
	String place(@RequestParam(required = false) String postcode, @RequestParam(required = false) String lat,
			@RequestParam(required = false) String lon, @RequestParam(required = false) String area, Model model,
			Locale locale) {
		common(model);
		model.addAttribute("postcode", postcode);
		model.addAttribute("lat", lat);
		model.addAttribute("lon", lon);
		model.addAttribute("area", area);
		model.addAttribute("areaGroups", areaGroups(locale));
		Map<String, String> errors = new LinkedHashMap<>();
		if (area != null && !area.isBlank()) {
			try {
				Placement placement = this.territory.placeArea(area.strip());
				model.addAttribute("placement", placement);
				model.addAttribute("explanation", explanation(placement, postcode, false, true, locale));
			}
			catch (IllegalArgumentException ex) {
				errors.put("area", "territory.place.error.area");
			}
			model.addAttribute("errors", errors);
			return "territory/place";
		}
		PlaceQuery query = PlaceQuery.parse(postcode, lat, lon);
		query.errors().keySet().forEach((field) -> errors.put(field, "territory.place.error." + field));
		if (query.isEmpty() && errors.size() == 1 && errors.containsKey("postcode")) {
			errors.clear();
		}
		else if (errors.isEmpty()) {
			try {
				Placement placement = query.placeWith(this.territory);
				boolean point = query.latitude() != null;
				model.addAttribute("placement", placement);
				model.addAttribute("point", point);
				model.addAttribute("candidateRows", candidateRows(placement.candidates()));
				model.addAttribute("explanation", explanation(placement, query.postcode(), point, false, locale));
			}
			catch (UnknownPostcodeException ex) {
				errors.put("postcode", "territory.place.error.notBrussels");
			}
		}
		model.addAttribute("errors", errors);
		return "territory/place";
	}

	/**
	 * The candidates of a postcode as table rows; the number of streets belongs to the
	 * postcode and commune, so it spans the rows of that commune's parts.
	 */
	private static List<CandidateRow> candidateRows(List<Placement.Candidate> candidates) {
		List<CandidateRow> rows = new ArrayList<>();
		for (int i = 0; i < candidates.size(); i++) {
			Placement.Candidate candidate = candidates.get(i);
			boolean first = i == 0 || !candidates.get(i - 1).communeNis().equals(candidate.communeNis());
			int span = 0;
			if (first) {
				span = 1;
				while (i + span < candidates.size()
						&& candidates.get(i + span).communeNis().equals(candidate.communeNis())) {
					span++;
				}
			}
			String area = (candidate.submunicipality() != null) ? candidate.submunicipality() : candidate.communeNis();
			rows.add(new CandidateRow(candidate, span, area));
		}
		return rows;
	}

	/**
	 * What the result rests on, as a message key and its arguments, in the reader's
	 * language.
	 */
	private static Explanation explanation(Placement placement, String postcode, boolean point, boolean area,
			Locale locale) {
		String areaName = (placement.submunicipalityName() != null) ? placement.submunicipalityName().in(locale).text()
				: null;
		if (area) {
			return new Explanation("territory.place.explain.area",
					List.of((areaName != null) ? areaName : placement.commune().in(locale).text()));
		}
		if (placement.certainty() == Certainty.OUTSIDE) {
			return new Explanation("territory.place.explain.outside", List.of());
		}
		if (point) {
			String key = (placement.quartier() != null) ? "territory.place.explain.pointQuartier"
					: "territory.place.explain.point";
			List<Object> args = new ArrayList<>(List.of(placement.sector(), areaName));
			if (placement.quartier() != null) {
				args.add(placement.quartier());
			}
			if (postcode != null && !placement.candidates().isEmpty()) {
				return new Explanation("territory.place.explain.pointDisagrees", List.of(postcode));
			}
			return new Explanation(key, args);
		}
		if (placement.certainty() == Certainty.AMBIGUOUS) {
			return new Explanation("territory.place.explain.ambiguous", List.of(postcode));
		}
		return new Explanation("territory.place.explain.postcode", List.of(postcode));
	}

	/**
	 * The communes to choose from by name; a commune that lies in several bassins (the
	 * City of Brussels) offers its parts instead.
	 */
	private List<AreaGroup> areaGroups(Locale locale) {
		Map<String, List<Submunicipality>> byCommune = new LinkedHashMap<>();
		this.territory.submunicipalities()
			.forEach((sub) -> byCommune.computeIfAbsent(sub.nis(), (nis) -> new ArrayList<>()).add(sub));
		Collator collator = Collator.getInstance(locale);
		return this.territory.communes().stream().map((commune) -> {
			List<Submunicipality> parts = byCommune.getOrDefault(commune.nis(), List.of());
			boolean split = parts.stream().map((part) -> String.valueOf(part.bassin())).distinct().count() > 1;
			return new AreaGroup(commune.nis(), commune.name().in(locale).text(), split ? parts : List.of());
		}).sorted(Comparator.comparing(AreaGroup::commune, collator)).toList();
	}

	/**
	 * A candidate in the table.
	 *
	 * @param candidate the candidate
	 * @param streetsRows rows its commune's street count spans, 0 on the commune's later
	 * rows
	 * @param area the sub-municipality to choose for this row, or {@code null}
	 */
	record CandidateRow(Placement.Candidate candidate, int streetsRows, String area) {
	}

	/** A message key and its arguments. */
	record Explanation(String key, List<Object> args) {
	}

	/**
	 * A commune to choose, or its parts when it lies in several bassins.
	 *
	 * @param nis the commune's NIS code
	 * @param commune its name in the reader's language
	 * @param parts its sub-municipalities when it lies in several bassins, else empty
	 */
	record AreaGroup(String nis, String commune, List<Submunicipality> parts) {
	}

	@GetMapping("/territoire/{code}")
	String bassin(@PathVariable String code, Model model) {
		BassinSummary summary = this.territory.bassin(code)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		common(model);
		model.addAttribute("summary", summary);
		return "territory/bassin";
	}

	private void common(Model model) {
		Map<String, Bassin> bassins = new LinkedHashMap<>();
		this.territory.bassins().forEach((summary) -> bassins.put(summary.bassin().code(), summary.bassin()));
		Map<String, Commune> communes = new LinkedHashMap<>();
		this.territory.communes().forEach((commune) -> communes.put(commune.nis(), commune));
		model.addAttribute("bassins", this.territory.bassins());
		model.addAttribute("bassinsByCode", bassins);
		model.addAttribute("communesByNis", communes);
		model.addAttribute("tileUrl", this.properties.tileUrl());
		model.addAttribute("tileAttribution", this.properties.tileAttribution());
	}

}
