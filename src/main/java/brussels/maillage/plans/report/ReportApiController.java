package brussels.maillage.plans.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import brussels.maillage.plans.report.ReportContent.Annex;
import brussels.maillage.plans.report.ReportContent.Cell;
import brussels.maillage.plans.report.ReportContent.Row;
import brussels.maillage.plans.report.ReportContent.Value;
import brussels.maillage.system.Problems;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The annual report's annexes as JSON for other tools (token): live while a draft, the
 * approved snapshot with its errata afterwards.
 */
@RestController
@Tag(name = "Annual report", description = "The annexes of the annual activity report")
class ReportApiController {

	private final AnnualReports reports;

	private final ReportView view;

	private final Problems problems;

	ReportApiController(AnnualReports reports, ReportView view, Problems problems) {
		this.reports = reports;
		this.view = view;
		this.problems = problems;
	}

	@GetMapping("/api/reports/{year}/annexes")
	@Operation(summary = "The annexes of a year's activity report",
			description = "For each annex (1: the bassins' shared roadmap, 2: the region, 3: the palliative platform) "
					+ "and each territory, each action with its reference, title, description, status, deliverables "
					+ "as written, perspectives, and its values: metric, territory measured (null: all), detail "
					+ "(null for the value itself, or the breakdown it belongs to, e.g. channel:PHONE), target, exact "
					+ "actual (null: no data, never 0), exactness, value as printed and source (a module, or manual). "
					+ "While the report is a draft, submitted or reviewed, the figures are read live from the records; "
					+ "once approved they come from the snapshot frozen at approval (\"frozen\": true), and a value "
					+ "corrected since carries its erratum (old, new, reason, who, when) with \"actual\" the corrected "
					+ "value. Texts are in the language asked for, the other one where a text has none.")
	@ApiResponse(responseCode = "200", description = "The annexes")
	@ApiResponse(responseCode = "400",
			description = "The year is not a year from 2000 to 2100, or lang is not fr or nl",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	ResponseEntity<?> annexes(@Parameter(description = "the year reported on, 2000 to 2100") @PathVariable String year,
			@Parameter(description = "fr (default) or nl") @RequestParam(required = false) String lang, Locale locale,
			HttpServletRequest request) {
		Integer shown = Problems.yearParameter(year, -1);
		if (shown == null || shown < 0) {
			return this.problems.badRequest("year", "plans.report.api.year", locale, request.getRequestURI());
		}
		String language = (lang == null || lang.isBlank()) ? "fr" : lang.strip();
		if (!language.equals("fr") && !language.equals("nl")) {
			return this.problems.badRequest("lang", "plans.report.api.lang", locale, request.getRequestURI());
		}
		Locale asked = Locale.of(language);
		AnnualReports.Report report = this.reports.report(shown);
		Map<String, Value> values = report.values();
		Map<String, Erratum> errata = report.latestErrata();
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("year", shown);
		body.put("language", language);
		body.put("status", report.status().name());
		body.put("frozen", report.status().frozen());
		body.put("approvedAt", report.approvedAt());
		body.put("computedAt", report.content().computedAt());
		List<Object> annexes = new ArrayList<>();
		for (Annex annex : report.content().annexes()) {
			Map<String, Object> annexJson = new LinkedHashMap<>();
			annexJson.put("number", annex.number());
			List<Object> territories = new ArrayList<>();
			for (String territory : territoriesOf(annex)) {
				Map<String, Object> territoryJson = new LinkedHashMap<>();
				territoryJson.put("territory", territory);
				territoryJson.put("name", this.view.message(asked,
						(territory != null) ? "plans.territory." + territory : "plans.report.allBassins"));
				List<Object> actions = new ArrayList<>();
				for (Row row : annex.rows()) {
					for (Cell cell : row.cells()) {
						if (java.util.Objects.equals(cell.territory(), territory)) {
							actions.add(action(row, cell, values, errata, asked));
						}
					}
				}
				territoryJson.put("actions", actions);
				territories.add(territoryJson);
			}
			annexJson.put("territories", territories);
			annexes.add(annexJson);
		}
		body.put("annexes", annexes);
		return ResponseEntity.ok(body);
	}

	private static List<String> territoriesOf(Annex annex) {
		List<String> territories = new ArrayList<>(annex.territories());
		boolean total = annex.rows()
			.stream()
			.anyMatch((row) -> row.cells().stream().anyMatch((c) -> c.territory() == null));
		if (total) {
			territories.add(null);
		}
		return territories;
	}

	private Map<String, Object> action(Row row, Cell cell, Map<String, Value> values, Map<String, Erratum> errata,
			Locale locale) {
		String language = locale.getLanguage();
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("reference", row.reference());
		json.put("title", pick(language, row.titleFr(), row.titleNl()));
		json.put("description", pick(language, row.descriptionFr(), row.descriptionNl()));
		json.put("status", cell.status());
		json.put("deliverables", row.deliverables().stream().map((d) -> {
			Map<String, Object> deliverable = new LinkedHashMap<>();
			deliverable.put("asWritten", d.targetText());
			deliverable.put("target", ReportContent.plain(d.targetValue()));
			deliverable.put("unit", d.unit());
			deliverable.put("perBassin", d.perBassin());
			deliverable.put("metric", d.metric());
			cell.ticks()
				.stream()
				.filter((tick) -> tick.targetText().equals(d.targetText()))
				.findFirst()
				.ifPresent((tick) -> {
					deliverable.put("done", tick.done());
					deliverable.put("document", tick.documentUrl());
				});
			return deliverable;
		}).toList());
		json.put("values", cell.values().stream().map((original) -> {
			Value value = values.getOrDefault(original.key(), original);
			Map<String, Object> v = new LinkedHashMap<>();
			v.put("key", value.key());
			v.put("deliverable", value.deliverable());
			v.put("metric", value.metric());
			v.put("territory", value.territory());
			v.put("detail", value.detail());
			v.put("detailLabel", (value.detail() != null) ? this.view.detail(value.detail(), locale) : null);
			v.put("target", ReportContent.plain(value.target()));
			v.put("actual", ReportContent.plain(value.actual()));
			v.put("exactness", value.exactness().name());
			v.put("printed", value.shown(locale));
			v.put("source", value.source());
			Erratum erratum = errata.get(value.key());
			if (erratum != null) {
				Map<String, Object> correction = new LinkedHashMap<>();
				correction.put("old", ReportContent.plain(erratum.oldValue()));
				correction.put("new", ReportContent.plain(erratum.newValue()));
				correction.put("reason", erratum.reason());
				correction.put("by", erratum.madeBy());
				correction.put("at", erratum.madeAt());
				v.put("erratum", correction);
			}
			return v;
		}).toList());
		json.put("perspectives", pick(language, row.perspectivesFr(), row.perspectivesNl()));
		return json;
	}

	private static String pick(String language, String fr, String nl) {
		String first = "nl".equals(language) ? nl : fr;
		return (first != null && !first.isBlank()) ? first : ("nl".equals(language) ? fr : nl);
	}

}
