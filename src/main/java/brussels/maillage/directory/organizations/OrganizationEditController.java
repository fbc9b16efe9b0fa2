package brussels.maillage.directory.organizations;

import java.util.Locale;
import java.util.UUID;

import brussels.maillage.directory.DirectoryService;
import brussels.maillage.directory.Organization;
import brussels.maillage.directory.ServiceLocation;
import brussels.maillage.directory.review.ReviewService;
import brussels.maillage.identity.CurrentUser;
import brussels.maillage.identity.Role;
import brussels.maillage.territory.TerritoryService;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The editors' pages of organisations and their places (staff), and the editors' home
 * page that finds organisations.
 */
@Controller
class OrganizationEditController {

	private final DirectoryService directory;

	private final OrganizationEditing editing;

	private final ReviewService reviews;

	private final LocationReader locations;

	private final TerritoryService territory;

	OrganizationEditController(DirectoryService directory, OrganizationEditing editing, ReviewService reviews,
			LocationReader locations, TerritoryService territory) {
		this.directory = directory;
		this.editing = editing;
		this.reviews = reviews;
		this.locations = locations;
		this.territory = territory;
	}

	@GetMapping("/staff/repertoire")
	String home(@RequestParam(required = false) String q, @AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("q", (q != null) ? q : "");
		model.addAttribute("admin", user != null && user.has(Role.ADMIN));
		model.addAttribute("organizations", this.editing.findOrganizations(q, 50));
		model.addAttribute("due", this.reviews.due());
		model.addAttribute("openReports", this.reviews.openReports());
		model.addAttribute("services", this.directory.countServices());
		return "directory/staff-home";
	}

	// Organisations

	@GetMapping("/staff/repertoire/organizations/new")
	String newOrganization(Model model) {
		model.addAttribute("form", OrganizationForm.empty());
		return "directory/organization-form";
	}

	@PostMapping("/staff/repertoire/organizations/new")
	String createOrganization(@Validated @ModelAttribute("form") OrganizationForm form, BindingResult errors,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			return "directory/organization-form";
		}
		UUID id = UUID.randomUUID();
		this.editing.saveOrganization(id, form.name().strip(), form.alternateName(), form.description(), form.email(),
				form.website(), form.internalNote(), user.email());
		redirect.addFlashAttribute("notice", "directory.edit.saved");
		return "redirect:/staff/repertoire/organizations/" + id;
	}

	@GetMapping("/staff/repertoire/organizations/{id}")
	String organization(@PathVariable UUID id, Model model) {
		Organization organization = organizationOr404(id);
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", OrganizationForm.of(organization, this.editing.organizationAlternateName(id),
					this.editing.organizationNote(id)));
		}
		addOrganization(organization, model);
		return "directory/organization-form";
	}

	@PostMapping("/staff/repertoire/organizations/{id}")
	String saveOrganization(@PathVariable UUID id, @Validated @ModelAttribute("form") OrganizationForm form,
			BindingResult errors, @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		Organization organization = organizationOr404(id);
		if (errors.hasErrors()) {
			addOrganization(organization, model);
			return "directory/organization-form";
		}
		this.editing.saveOrganization(id, form.name().strip(), form.alternateName(), form.description(), form.email(),
				form.website(), form.internalNote(), user.email());
		redirect.addFlashAttribute("notice", "directory.edit.saved");
		return "redirect:/staff/repertoire/organizations/" + id;
	}

	private void addOrganization(Organization organization, Model model) {
		model.addAttribute("organization", organization);
		model.addAttribute("locations", this.editing.locationsOf(organization.id()));
		model.addAttribute("services", this.editing.servicesOf(organization.id()));
	}

	// Places

	@GetMapping("/staff/repertoire/organizations/{id}/locations/new")
	String newLocation(@PathVariable UUID id, Model model) {
		model.addAttribute("organization", organizationOr404(id));
		model.addAttribute("form", LocationForm.empty());
		model.addAttribute("communes", this.territory.communes());
		return "directory/location-form";
	}

	@GetMapping("/staff/repertoire/organizations/{id}/locations/{locationId}")
	String location(@PathVariable UUID id, @PathVariable UUID locationId, Model model) {
		model.addAttribute("organization", organizationOr404(id));
		ServiceLocation location = this.editing.locationsOf(id)
			.stream()
			.filter((candidate) -> candidate.id().equals(locationId))
			.findFirst()
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("form", LocationForm.of(location));
		model.addAttribute("locationId", locationId);
		model.addAttribute("communes", this.territory.communes());
		return "directory/location-form";
	}

	@PostMapping({ "/staff/repertoire/organizations/{id}/locations/new",
			"/staff/repertoire/organizations/{id}/locations/{locationId}" })
	String saveLocation(@PathVariable UUID id, @PathVariable(required = false) UUID locationId,
			@Validated @ModelAttribute("form") LocationForm form, BindingResult errors,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect, Locale locale) {
		Organization organization = organizationOr404(id);
		if (locationId != null && this.editing.locationsOf(id).stream().noneMatch((l) -> l.id().equals(locationId))) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		ServiceLocation location = this.locations.read(form, (locationId != null) ? locationId : UUID.randomUUID(),
				errors, locale);
		if (errors.hasErrors()) {
			model.addAttribute("organization", organization);
			model.addAttribute("locationId", locationId);
			model.addAttribute("communes", this.territory.communes());
			return "directory/location-form";
		}
		this.editing.saveLocation(id, location, user.email());
		redirect.addFlashAttribute("notice", "directory.edit.saved");
		return "redirect:/staff/repertoire/organizations/" + id;
	}

	private Organization organizationOr404(UUID id) {
		return this.directory.organization(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

}
