package brussels.maillage.plans.exchange;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import brussels.maillage.identity.CurrentUser;
import brussels.maillage.identity.TerritoryScope;
import brussels.maillage.plans.plan.Plan;
import brussels.maillage.plans.plan.PlansService;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** Export of plans as XLSX or CSV, and their import with a dry run. */
@Controller
class PlanExchangeController {

	private static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final PlansService plans;

	private final PlanExport export;

	private final PlanImport imports;

	PlanExchangeController(PlansService plans, PlanExport export, PlanImport imports) {
		this.plans = plans;
		this.export = export;
		this.imports = imports;
	}

	@GetMapping("/staff/plans/export")
	ResponseEntity<byte[]> export(@RequestParam int year, @RequestParam(required = false) TerritoryScope territory,
			@RequestParam(defaultValue = "xlsx") String format) throws IOException {
		String kind = "csv".equals(format) ? "csv" : "xlsx";
		List<Plan> selected = this.plans.plans(year)
			.stream()
			.filter((plan) -> territory == null || plan.territory() == territory)
			.toList();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		this.export.write(selected, kind, out);
		String name = "plans-" + year + ((territory != null) ? "-" + territory.name().toLowerCase() : "") + "." + kind;
		return ResponseEntity.ok()
			.contentType(
					"csv".equals(kind) ? new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8) : XLSX)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.body(out.toByteArray());
	}

	@GetMapping("/staff/plans/import")
	String importForm() {
		return "plans/import";
	}

	@PostMapping("/staff/plans/import")
	String importPlans(@RequestParam(required = false) MultipartFile file,
			@RequestParam(defaultValue = "false") boolean dryRun, @AuthenticationPrincipal CurrentUser user,
			Model model) throws IOException {
		model.addAttribute("dryRun", dryRun);
		if (file == null || file.isEmpty()) {
			model.addAttribute("fileError", "plans.import.error.noFile");
			return "plans/import";
		}
		ImportResult result;
		try (InputStream in = file.getInputStream()) {
			result = this.imports.importPlans(in, file.getOriginalFilename(), dryRun, user, user.getUsername());
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof brussels.maillage.plans.plan.PlanRefused refused) {
				model.addAttribute("fileError", refused.messageKey());
				return "plans/import";
			}
			model.addAttribute("fileError", "plans.import.error.unreadable");
			return "plans/import";
		}
		model.addAttribute("result", result);
		return "plans/import";
	}

}
