package brussels.maillage.territory.pages;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import brussels.maillage.system.LocalizedText;
import brussels.maillage.territory.AssignmentStatus;
import brussels.maillage.territory.Bassin;
import brussels.maillage.territory.BassinSummary;
import brussels.maillage.territory.Commune;
import brussels.maillage.territory.Submunicipality;
import brussels.maillage.territory.TerritoryService;
import brussels.maillage.territory.UnknownPostcodeException;
import brussels.maillage.territory.reference.PlacementIndex;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The public JSON API of the territory: bassins, their geometry, and placement. */
@RestController
@RequestMapping("/api/territory")
class TerritoryApiController {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final TerritoryService territory;

	private final PlacementIndex index;

	TerritoryApiController(TerritoryService territory, PlacementIndex index) {
		this.territory = territory;
		this.index = index;
	}

	@Operation(summary = "The 5 bassins with their communes and sub-municipalities",
			description = "Each sub-municipality carries its assignment status (verified, inferred, unresolved) and source.")
	@GetMapping("/bassins")
	List<BassinJson> bassins() {
		return this.territory.bassins().stream().map(BassinJson::of).toList();
	}

	@Operation(summary = "One bassin, optionally with the GeoJSON geometry of its sub-municipalities")
	@GetMapping("/bassins/{code}")
	ResponseEntity<?> bassin(@PathVariable String code,
			@Parameter(description = "add a GeoJSON FeatureCollection under geometry") @RequestParam(
					defaultValue = "false") boolean geometry) {
		return this.territory.bassin(code)
			.<ResponseEntity<?>>map((summary) -> ResponseEntity
				.ok(geometry ? BassinJson.of(summary).withGeometry(features(summary.submunicipalities()))
						: BassinJson.of(summary)))
			.orElseGet(() -> problem(HttpStatus.NOT_FOUND, "There is no bassin " + code,
					"The bassins are " + this.territory.bassins().stream().map((s) -> s.bassin().code()).toList()));
	}

	@Operation(summary = "Every sub-municipality as GeoJSON, with its bassin and assignment status",
			description = "Used by the territory map; sub-municipalities without a bassin belong to the region level.")
	@GetMapping(path = "/map", produces = { "application/geo+json", MediaType.APPLICATION_JSON_VALUE })
	JsonNode map() {
		return features(this.territory.submunicipalities());
	}

	@Operation(summary = "Place a postcode, a point, or both",
			description = "Returns the region, bassin, commune, sub-municipality, sector and quartier where known, "
					+ "with a certainty (EXACT, AMBIGUOUS with every candidate, INFERRED, UNRESOLVED, OUTSIDE) and "
					+ "the reason. A postcode alone never picks one bassin when it serves several.")
	@GetMapping("/place")
	ResponseEntity<?> place(
			@Parameter(description = "Belgian postcode, four digits") @RequestParam(required = false) String postcode,
			@Parameter(description = "WGS84 latitude") @RequestParam(required = false) String lat,
			@Parameter(description = "WGS84 longitude") @RequestParam(required = false) String lon) {
		PlaceQuery query = PlaceQuery.parse(postcode, lat, lon);
		if (!query.errors().isEmpty()) {
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
					String.join("; ", query.errors().values()));
			problem.setTitle("Invalid placement request");
			problem.setProperty("errors",
					query.errors()
						.entrySet()
						.stream()
						.map((error) -> Map.of("field", error.getKey(), "message", error.getValue()))
						.toList());
			return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
		}
		try {
			return ResponseEntity.ok(query.placeWith(this.territory));
		}
		catch (UnknownPostcodeException ex) {
			return problem(HttpStatus.UNPROCESSABLE_CONTENT, "Not a Brussels postcode", ex.getMessage());
		}
	}

	@ExceptionHandler(IllegalArgumentException.class)
	ResponseEntity<ProblemDetail> invalid(IllegalArgumentException ex) {
		return problem(HttpStatus.BAD_REQUEST, "Invalid request", ex.getMessage());
	}

	private ObjectNode features(List<Submunicipality> areas) {
		Map<String, Bassin> bassins = new LinkedHashMap<>();
		this.territory.bassins().forEach((summary) -> bassins.put(summary.bassin().code(), summary.bassin()));
		ObjectNode collection = JSON.createObjectNode();
		collection.put("type", "FeatureCollection");
		ArrayNode features = collection.putArray("features");
		for (Submunicipality area : areas) {
			ObjectNode feature = features.addObject();
			feature.put("type", "Feature");
			ObjectNode properties = feature.putObject("properties");
			properties.put("code", area.code());
			properties.put("nis", area.nis());
			properties.put("name_fr", area.name().fr());
			properties.put("name_nl", area.name().nl());
			properties.put("bassin", area.bassin());
			properties.put("status", area.status().name());
			Bassin bassin = (area.bassin() != null) ? bassins.get(area.bassin()) : null;
			if (bassin != null) {
				properties.put("bassin_fr", bassin.name().fr());
				properties.put("bassin_nl", bassin.name().nl());
				properties.put("bassin_en", bassin.name().en());
			}
			feature.set("geometry", this.index.submunicipalityGeometry(area.code()));
		}
		return collection;
	}

	private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String title, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(title);
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	/**
	 * A bassin as the API shows it.
	 *
	 * @param code stable code
	 * @param name names
	 * @param website its website
	 * @param quartiersPublished quartiers its website lists
	 * @param populationPublished population as its website states it
	 * @param population inhabitants (1/1/2020) of the communes wholly in it
	 * @param partialCommunes whether some communes lie only partly in it
	 * @param communes its communes
	 * @param submunicipalities its sub-municipalities with their assignment
	 * @param geometry GeoJSON of its sub-municipalities, on request
	 */
	record BassinJson(String code, LocalizedText name, String website, Integer quartiersPublished,
			String populationPublished, long population, boolean partialCommunes, List<CommuneJson> communes,
			List<AreaJson> submunicipalities, JsonNode geometry) {

		static BassinJson of(BassinSummary summary) {
			Bassin bassin = summary.bassin();
			List<CommuneJson> communes = new ArrayList<>();
			for (Commune commune : summary.communes()) {
				communes.add(new CommuneJson(commune.nis(), commune.name(), commune.postcodes(), commune.population()));
			}
			return new BassinJson(bassin.code(), bassin.name(), bassin.website(), bassin.quartiersPublished(),
					bassin.populationPublished(), summary.population(), summary.partialCommunes(), communes,
					summary.submunicipalities()
						.stream()
						.map((area) -> new AreaJson(area.code(), area.nis(), area.name(), area.status(), area.source()))
						.toList(),
					null);
		}

		BassinJson withGeometry(JsonNode geometry) {
			return new BassinJson(this.code, this.name, this.website, this.quartiersPublished, this.populationPublished,
					this.population, this.partialCommunes, this.communes, this.submunicipalities, geometry);
		}

	}

	/**
	 * A commune in a bassin.
	 *
	 * @param nis NIS code
	 * @param name names
	 * @param postcodes its postcodes
	 * @param population inhabitants on 1 January 2020
	 */
	record CommuneJson(String nis, LocalizedText name, List<String> postcodes, Integer population) {
	}

	/**
	 * A sub-municipality in a bassin, with its assignment.
	 *
	 * @param code Statbel code
	 * @param nis its commune
	 * @param name names
	 * @param status assignment status
	 * @param source where the assignment comes from
	 */
	record AreaJson(String code, String nis, LocalizedText name, AssignmentStatus status, String source) {
	}

}
