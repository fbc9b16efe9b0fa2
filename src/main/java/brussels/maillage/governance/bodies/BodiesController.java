package brussels.maillage.governance.bodies;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import brussels.maillage.identity.CurrentUser;
import brussels.maillage.identity.Role;

import org.springframework.format.annotation.DateTimeFormat;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Staff pages of the bodies: the list, a body's members per year, adding and renewing.
 */
@Controller
@RequestMapping("/staff/governance")
class BodiesController {

	private final BodiesService bodies;

	private final MembershipChecks checks;

	private final CompositionSource present;

	BodiesController(BodiesService bodies, MembershipChecks checks, CompositionSource present) {
		this.bodies = bodies;
		this.checks = checks;
		this.present = present;
	}

	@GetMapping
	String list(Model model, @AuthenticationPrincipal CurrentUser user) {
		List<Body> all = this.bodies.bodies();
		model.addAttribute("bodies", all);
		model.addAttribute("manageable",
				all.stream()
					.filter((body) -> BodiesService.canManage(user, body))
					.map(Body::id)
					.collect(java.util.stream.Collectors.toSet()));
		model.addAttribute("admin", user.has(Role.ADMIN));
		model.addAttribute("groupForm", new WorkingGroupForm(null, null));
		return "governance/bodies";
	}

	@PostMapping("/working-groups")
	String createWorkingGroup(@Validated @ModelAttribute("groupForm") WorkingGroupForm form, BindingResult errors,
			Model model, @AuthenticationPrincipal CurrentUser user) {
		if (!user.has(Role.ADMIN)) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
		if (errors.hasErrors()) {
			List<Body> all = this.bodies.bodies();
			model.addAttribute("bodies", all);
			model.addAttribute("manageable", Set.of());
			model.addAttribute("admin", true);
			return "governance/bodies";
		}
		UUID id = this.bodies.createWorkingGroup(form.code(), form.name(), user.getUsername());
		return "redirect:/staff/governance/bodies/" + id;
	}

	@GetMapping("/bodies/{id}")
	String body(@PathVariable UUID id, @RequestParam(required = false) Integer year, Model model,
			@AuthenticationPrincipal CurrentUser user) {
		Body body = find(id);
		int shown = (year != null) ? year : this.checks.thisYear();
		model.addAttribute("body", body);
		model.addAttribute("year", shown);
		model.addAttribute("manage", BodiesService.canManage(user, body));
		java.util.TreeSet<Integer> years = new java.util.TreeSet<>(this.bodies.years(id));
		years.add(this.checks.thisYear());
		years.add(shown);
		model.addAttribute("years", years);
		if (body.kind().hasMembers()) {
			model.addAttribute("members", this.bodies.memberships(id, shown));
			model.addAttribute("categoryByCode",
					this.bodies.categories(body)
						.stream()
						.collect(java.util.stream.Collectors.toMap(Category::code, (category) -> category)));
		}
		if (body.kind().council()) {
			model.addAttribute("composition",
					this.bodies.composition(body, shown, this.present.presentCategories(id, shown)));
		}
		this.present.addMeetings(body, shown, model);
		return "governance/body";
	}

	@GetMapping("/bodies/{id}/members/new")
	String newMember(@PathVariable UUID id, @RequestParam(required = false) Integer year, Model model,
			@AuthenticationPrincipal CurrentUser user) {
		Body body = manageable(id, user);
		return memberForm(body, MembershipForm.empty((year != null) ? year : this.checks.thisYear()), model);
	}

	@PostMapping("/bodies/{id}/members/new")
	String addMember(@PathVariable UUID id, @Validated @ModelAttribute("form") MembershipForm form,
			BindingResult errors, Model model, @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		Body body = manageable(id, user);
		this.checks.check(body, form, errors);
		if (errors.hasErrors()) {
			return memberForm(body, form, model);
		}
		this.bodies.addMembership(body,
				new NewMembership(form.chosenYear(), form.personName(), form.email(),
						this.checks.organisationId(form.organisation()).orElse(null), form.organisation(),
						form.category(), form.chosenRole(), form.chosenType(), form.chosenStatus(), form.startDay(),
						form.endDay(), form.charterVersion()),
				user.getUsername());
		redirect.addFlashAttribute("notice", "governance.membership.added");
		return "redirect:/staff/governance/bodies/" + id + "?year=" + form.year() + "#members";
	}

	private String memberForm(Body body, MembershipForm form, Model model) {
		model.addAttribute("body", body);
		model.addAttribute("form", form);
		model.addAttribute("fields", MembershipForm.FIELDS);
		model.addAttribute("categories", this.bodies.categories(body));
		model.addAttribute("roles", MembershipRole.values());
		model.addAttribute("types", MemberType.values());
		model.addAttribute("statuses", MembershipStatus.values());
		model.addAttribute("organisations", this.checks.organisations());
		return "governance/member-form";
	}

	@PostMapping("/bodies/{id}/renew")
	String renew(@PathVariable UUID id, @RequestParam int year, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes redirect) {
		Body body = manageable(id, user);
		int invited = this.bodies.renew(body, year, user.getUsername());
		redirect.addFlashAttribute("renewed", invited);
		return "redirect:/staff/governance/bodies/" + id + "?year=" + (year + 1) + "#members";
	}

	@PostMapping("/members/{memberId}/status")
	String changeStatus(@PathVariable UUID memberId, @RequestParam MembershipStatus status,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate endsOn,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		Membership membership = this.bodies.membership(memberId)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		manageable(membership.bodyId(), user);
		try {
			this.bodies.changeStatus(memberId, status, endsOn, user.getUsername());
			redirect.addFlashAttribute("notice", "governance.membership.changed");
		}
		catch (IllegalArgumentException ex) {
			redirect.addFlashAttribute("notice", "governance.membership.statusRefused");
		}
		return "redirect:/staff/governance/bodies/" + membership.bodyId() + "?year=" + membership.year() + "#member-"
				+ memberId;
	}

	@GetMapping("/members/{memberId}")
	String history(@PathVariable UUID memberId, Model model) {
		Membership membership = this.bodies.membership(memberId)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("membership", membership);
		model.addAttribute("body", find(membership.bodyId()));
		model.addAttribute("changes", this.bodies.changes(memberId));
		return "governance/member";
	}

	private Body find(UUID id) {
		return this.bodies.body(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private Body manageable(UUID id, CurrentUser user) {
		Body body = find(id);
		if (!BodiesService.canManage(user, body) || !body.kind().hasMembers()) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
		return body;
	}

}
