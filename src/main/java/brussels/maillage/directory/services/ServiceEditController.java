package brussels.maillage.directory.services;

import java.time.DayOfWeek;
import java.util.UUID;

import brussels.maillage.directory.AreaLevel;
import brussels.maillage.directory.Cost;
import brussels.maillage.directory.DirectoryService;
import brussels.maillage.directory.Organization;
import brussels.maillage.directory.RegisterService;
import brussels.maillage.directory.ServiceDetails;
import brussels.maillage.directory.ServiceKind;
import brussels.maillage.directory.ServiceStatus;
import brussels.maillage.identity.CurrentUser;
import brussels.maillage.territory.TerritoryService;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The editors' pages of services (staff): a new service, changes, verification and the
 * history.
 */
@Controller
class ServiceEditController {

	private final DirectoryService directory;

	private final ServiceEditing editing;

	private final ServiceFormReader reader;

	private final TerritoryService territory;

	ServiceEditController(DirectoryService directory, ServiceEditing editing, ServiceFormReader reader,
			TerritoryService territory) {
		this.directory = directory;
		this.editing = editing;
		this.reader = reader;
		this.territory = territory;
	}

	/**
	 * Refuses, as a request the page never sends, opening-hours rows numbered otherwise
	 * than from 0 up to the binder's limit (not a number, negative, past the limit): the
	 * binder would fail on them or put them in the place of another row.
	 */
	@InitBinder("form")
	void hoursRows(WebDataBinder binder, HttpServletRequest request) {
		if (!ServiceForm.rowsNumberedBelow(request.getParameterMap().keySet(), binder.getAutoGrowCollectionLimit())) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
		}
	}

	@GetMapping("/staff/repertoire/organizations/{id}/services/new")
	String newService(@PathVariable UUID id, Model model) {
		Organization organization = organizationOr404(id);
		model.addAttribute("form", ServiceForm.empty());
		addServiceChoices(organization, model);
		return "directory/service-form";
	}

	@PostMapping("/staff/repertoire/organizations/{id}/services/new")
	String createService(@PathVariable UUID id, @Validated @ModelAttribute("form") ServiceForm form,
			BindingResult errors, @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		Organization organization = organizationOr404(id);
		UUID serviceId = UUID.randomUUID();
		RegisterService service = this.reader.read(form, serviceId, organization.id(), errors);
		if (errors.hasErrors()) {
			addServiceChoices(organization, model);
			return "directory/service-form";
		}
		this.editing.create(service, form.alternateName(), form.internalNote(), user.email());
		if (Boolean.TRUE.equals(form.verified())) {
			this.editing.verify(serviceId, user.email());
		}
		redirect.addFlashAttribute("notice", "directory.edit.saved");
		return "redirect:/repertoire/services/" + serviceId;
	}

	@GetMapping("/staff/repertoire/services/{id}/edit")
	String editService(@PathVariable UUID id, Model model) {
		EditableService editable = this.editing.editable(id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("form", ServiceForm.of(editable));
		model.addAttribute("service", editable.details());
		addServiceChoices(organizationOr404(editable.details().organizationId()), model);
		return "directory/service-form";
	}

	@PostMapping("/staff/repertoire/services/{id}/edit")
	String saveService(@PathVariable UUID id, @Validated @ModelAttribute("form") ServiceForm form, BindingResult errors,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		EditableService editable = this.editing.editable(id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		ServiceDetails current = editable.details();
		RegisterService service = this.reader.read(form, id, current.organizationId(), errors);
		if (errors.hasErrors()) {
			model.addAttribute("service", current);
			addServiceChoices(organizationOr404(current.organizationId()), model);
			return "directory/service-form";
		}
		this.editing.update(service, form.alternateName(), form.internalNote(), user.email());
		if (Boolean.TRUE.equals(form.verified())) {
			this.editing.verify(id, user.email());
		}
		redirect.addFlashAttribute("notice", "directory.edit.saved");
		return "redirect:/repertoire/services/" + id;
	}

	@PostMapping("/staff/repertoire/services/{id}/verify")
	String verify(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser user,
			@RequestParam(required = false) String back, RedirectAttributes redirect) {
		if (this.directory.service(id).isEmpty()) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		this.editing.verify(id, user.email());
		redirect.addFlashAttribute("notice", "directory.edit.verifiedNotice");
		return "redirect:" + (("review".equals(back)) ? "/staff/repertoire/review" : "/repertoire/services/" + id);
	}

	@GetMapping("/staff/repertoire/services/{id}/history")
	String history(@PathVariable UUID id, Model model) {
		ServiceDetails service = this.directory.service(id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("service", service);
		model.addAttribute("history", this.editing.history(id));
		return "directory/history";
	}

	private void addServiceChoices(Organization organization, Model model) {
		model.addAttribute("organization", organization);
		model.addAttribute("locations", this.editing.locationsOf(organization.id()));
		model.addAttribute("themes", this.directory.themes());
		model.addAttribute("communes", this.territory.communes());
		model.addAttribute("bassins", DirectoryController.BASSINS);
		model.addAttribute("spoken", DirectoryController.SPOKEN);
		model.addAttribute("audiences", ServiceFormReader.AUDIENCES);
		model.addAttribute("statuses", ServiceStatus.values());
		model.addAttribute("kinds", ServiceKind.values());
		model.addAttribute("costs", Cost.values());
		model.addAttribute("levels", AreaLevel.values());
		model.addAttribute("days", DayOfWeek.values());
	}

	private Organization organizationOr404(UUID id) {
		return this.directory.organization(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

}
