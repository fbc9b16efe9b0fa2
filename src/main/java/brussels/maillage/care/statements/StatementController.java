package brussels.maillage.care.statements;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;

import brussels.maillage.care.forms.CareInput;
import brussels.maillage.care.forms.CareRefused;
import brussels.maillage.care.CareTeam;
import brussels.maillage.care.providers.ProviderService;
import brussels.maillage.identity.CurrentUser;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.Errors;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The team's pages of providers' statements: the list, a new draft, one statement with
 * its lines, fee lines and steps, its PDF, and the payment list (finance only).
 */
@Controller
class StatementController {

	private final StatementService statements;

	private final StatementExports exports;

	private final StatementPages pages;

	private final ProviderService providers;

	StatementController(StatementService statements, StatementExports exports, StatementPages pages,
			ProviderService providers) {
		this.statements = statements;
		this.exports = exports;
		this.pages = pages;
		this.providers = providers;
	}

	@GetMapping("/staff/care/statements")
	String list(@RequestParam(required = false) String status, Model model, @AuthenticationPrincipal CurrentUser user) {
		StatementStatus chosen = Arrays.stream(StatementStatus.values())
			.filter((value) -> value.name().equals(status))
			.findFirst()
			.orElse(null);
		model.addAttribute("statements", this.statements.list(chosen));
		model.addAttribute("statuses", StatementStatus.values());
		model.addAttribute("chosenStatus", chosen);
		model.addAttribute("finance", CareTeam.isFinance(user));
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", StatementForm.empty());
		}
		model.addAttribute("providers", this.providers.activeChoices());
		model.addAttribute("periodKinds", PeriodKind.values());
		return "care/statements";
	}

	@PostMapping("/staff/care/statements")
	String draft(@Validated @ModelAttribute("form") StatementForm form, BindingResult errors, Model model,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		Long provider = CareInput.id(form.provider(), "provider", errors);
		PeriodKind kind = CareInput.choice(PeriodKind.class, form.periodKind(), "periodKind", errors);
		LocalDate start = CareInput.date(form.periodStart(), "periodStart", errors, null);
		if (!errors.hasErrors()) {
			try {
				long id = this.statements.draft(provider, kind, start);
				redirect.addFlashAttribute("notice", "care.statement.drafted");
				return "redirect:/staff/care/statements/" + id;
			}
			catch (CareRefused refused) {
				errors.rejectValue(refused.field(), refused.messageKey());
			}
		}
		return list(null, model, user);
	}

	@GetMapping("/staff/care/statements/{id}")
	String show(@PathVariable long id, Model model, Locale locale) {
		return this.pages.statementPage(id, model, locale);
	}

	@PostMapping("/staff/care/statements/{id}/fees")
	String addFee(@PathVariable long id, @Validated @ModelAttribute("feeForm") FeeForm form, BindingResult errors,
			Model model, Locale locale, RedirectAttributes redirect) {
		LineKind kind = CareInput.choice(LineKind.class, form.kind(), "kind", errors);
		UUID event = uuid(form.event(), errors);
		BigDecimal amount = amount(form.amount(), errors);
		if (!errors.hasErrors()) {
			try {
				this.statements.addFee(id, kind, event, amount);
				redirect.addFlashAttribute("notice", "care.statement.feeAdded");
				return "redirect:/staff/care/statements/" + id + "#lines";
			}
			catch (CareRefused refused) {
				errors.rejectValue(refused.field().equals("line") ? "kind" : refused.field(), refused.messageKey());
			}
		}
		return this.pages.statementPage(id, model, locale);
	}

	@PostMapping("/staff/care/statements/{id}/lines/{lineId}/remove")
	String removeLine(@PathVariable long id, @PathVariable long lineId, RedirectAttributes redirect) {
		try {
			this.statements.removeLine(id, lineId);
			redirect.addFlashAttribute("notice", "care.statement.lineRemoved");
		}
		catch (CareRefused refused) {
			redirect.addFlashAttribute("lineError", refused.messageKey());
		}
		return "redirect:/staff/care/statements/" + id + "#lines";
	}

	@PostMapping("/staff/care/statements/{id}/refresh")
	String refresh(@PathVariable long id, RedirectAttributes redirect) {
		try {
			this.statements.refresh(id);
			redirect.addFlashAttribute("notice", "care.statement.refreshed");
		}
		catch (CareRefused refused) {
			redirect.addFlashAttribute("lineError", refused.messageKey());
		}
		return "redirect:/staff/care/statements/" + id + "#lines";
	}

	@PostMapping("/staff/care/statements/{id}/status")
	String advance(@PathVariable long id, @Validated @ModelAttribute("stepForm") StepForm form, BindingResult errors,
			Model model, Locale locale, RedirectAttributes redirect) {
		StatementStatus to = CareInput.choice(StatementStatus.class, form.status(), "status", errors);
		LocalDate on = CareInput.date(form.on(), "on", errors, null);
		if (!errors.hasErrors()) {
			try {
				this.statements.advance(id, to, on, CareInput.blankToNull(form.reference()));
				redirect.addFlashAttribute("notice", "care.statement.advanced");
				return "redirect:/staff/care/statements/" + id;
			}
			catch (CareRefused refused) {
				errors.rejectValue(refused.field(), refused.messageKey());
			}
		}
		return this.pages.statementPage(id, model, locale);
	}

	@GetMapping("/staff/care/statements/{id}/statement.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable long id, Locale locale) {
		Statement statement = this.statements.statement(id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		return file(this.exports.pdf(id, locale), MediaType.APPLICATION_PDF, statement.number() + ".pdf");
	}

	@GetMapping("/staff/care/payments.xlsx")
	ResponseEntity<byte[]> paymentsXlsx(Locale locale, @AuthenticationPrincipal CurrentUser user) {
		financeOnly(user);
		return file(this.exports.paymentsXlsx(locale),
				MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
				"payments.xlsx");
	}

	@GetMapping("/staff/care/payments.csv")
	ResponseEntity<byte[]> paymentsCsv(Locale locale, @AuthenticationPrincipal CurrentUser user) {
		financeOnly(user);
		return file(this.exports.paymentsCsv(locale), MediaType.parseMediaType("text/csv;charset=UTF-8"),
				"payments.csv");
	}

	private static void financeOnly(CurrentUser user) {
		if (!CareTeam.isFinance(user)) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
	}

	private static ResponseEntity<byte[]> file(byte[] body, MediaType type, String name) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.body(body);
	}

	private static UUID uuid(String value, Errors errors) {
		try {
			return UUID.fromString((value != null) ? value.strip() : "");
		}
		catch (IllegalArgumentException ex) {
			errors.rejectValue("event", "care.form.choice");
			return null;
		}
	}

	/** An amount in euros as typed: 12,50 or 12.50, more than 0. */
	static BigDecimal amount(String typed, Errors errors) {
		String value = (typed != null) ? typed.strip().replace(" ", "").replace("€", "") : "";
		if (value.startsWith("-")) {
			errors.rejectValue("amount", "care.statement.fee.amount");
			return null;
		}
		if (!value.matches("\\d{1,5}([.,]\\d{1,2})?")) {
			errors.rejectValue("amount", "care.statement.fee.invalid");
			return null;
		}
		return new BigDecimal(value.replace(',', '.')).setScale(2);
	}

}
