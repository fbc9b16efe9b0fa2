package brussels.maillage.territory;

import java.util.LinkedHashMap;
import java.util.Map;

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
			@RequestParam(required = false) String lon, Model model) {
		common(model);
		model.addAttribute("postcode", postcode);
		model.addAttribute("lat", lat);
		model.addAttribute("lon", lon);
		PlaceQuery query = PlaceQuery.parse(postcode, lat, lon);
		Map<String, String> errors = new LinkedHashMap<>();
		query.errors().keySet().forEach((field) -> errors.put(field, "territory.place.error." + field));
		if (query.isEmpty() && errors.size() == 1 && errors.containsKey("postcode")) {
			errors.clear();
		}
		else if (errors.isEmpty()) {
			try {
				model.addAttribute("placement", query.placeWith(this.territory));
				model.addAttribute("point", query.latitude() != null);
			}
			catch (UnknownPostcodeException ex) {
				errors.put("postcode", "territory.place.error.notBrussels");
			}
		}
		model.addAttribute("errors", errors);
		return "territory/place";
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
