package brussels.maillage.care.statements;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;

import brussels.maillage.care.CareTeam;
import brussels.maillage.care.forms.CareInput;
import brussels.maillage.care.providers.ProviderService;
import brussels.maillage.identity.CurrentUser;
import brussels.maillage.system.forms.Refused;

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
		LocalDate start = StatementChecks.draft(form, errors);
		if (start != null) {
			try {
				long id = this.statements.draft(form.providerId(), form.chosenKind(), start);
				redirect.addFlashAttribute("notice", "care.statement.drafted");
				return "redirect:/staff/care/statements/" + id;
			}
			catch (Refused refused) {
				refused.showOn(errors);
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
		BigDecimal amount = StatementChecks.fee(form, errors);
		if (amount != null) {
			try {
				this.statements.addFee(id, form.chosenKind(), form.eventId(), amount);
				redirect.addFlashAttribute("notice", "care.statement.feeAdded");
				return "redirect:/staff/care/statements/" + id + "#lines";
			}
			catch (Refused refused) {
				StatementChecks.feeRefused(refused, errors);
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
		catch (Refused refused) {
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
		catch (Refused refused) {
			redirect.addFlashAttribute("lineError", refused.messageKey());
		}
		return "redirect:/staff/care/statements/" + id + "#lines";
	}

	@PostMapping("/staff/care/statements/{id}/status")
	String advance(@PathVariable long id, @Validated @ModelAttribute("stepForm") StepForm form, BindingResult errors,
			Model model, Locale locale, RedirectAttributes redirect) {
		LocalDate on = StatementChecks.step(form, errors);
		if (on != null) {
			try {
				this.statements.advance(id, form.chosenStatus(), on, CareInput.blankToNull(form.reference()));
				redirect.addFlashAttribute("notice", "care.statement.advanced");
				return "redirect:/staff/care/statements/" + id;
			}
			catch (Refused refused) {
				refused.showOn(errors);
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

}
