package brussels.maillage.helpdesk;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import brussels.maillage.directory.DirectoryService;
import brussels.maillage.directory.Place;
import brussels.maillage.directory.PlaceResolver;
import brussels.maillage.directory.SearchHit;
import brussels.maillage.directory.SearchQuery;
import brussels.maillage.directory.Theme;
import brussels.maillage.identity.AuditLog;
import brussels.maillage.identity.CurrentUser;
import brussels.maillage.system.MailOutbox;
import brussels.maillage.system.OutgoingMail;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The respondents' pages: the list of requests, the request form (fast, keyboard only,
 * with the guide beside it) and one request with its transfers and replies.
 */
@Controller
class RequestController {

	private final HelpdeskService helpdesk;

	private final Lines lines;

	private final Requests requests;

	private final RequestChecks checks;

	private final DirectoryService directory;

	private final PlaceResolver places;

	private final Guide guide;

	private final Permanences permanences;

	private final MailOutbox outbox;

	private final AuditLog audit;

	private final MessageSource messages;

	private final MailIntake intake;

	private final FollowUps followUps;

	private final OrganisationPicker organisations;

	RequestController(HelpdeskService helpdesk, Lines lines, Requests requests, RequestChecks checks,
			DirectoryService directory, PlaceResolver places, Guide guide, Permanences permanences, MailOutbox outbox,
			AuditLog audit, MessageSource messages, MailIntake intake, FollowUps followUps,
			OrganisationPicker organisations) {
		this.followUps = followUps;
		this.organisations = organisations;
		this.messages = messages;
		this.intake = intake;
		this.helpdesk = helpdesk;
		this.lines = lines;
		this.requests = requests;
		this.checks = checks;
		this.directory = directory;
		this.places = places;
		this.guide = guide;
		this.permanences = permanences;
		this.outbox = outbox;
		this.audit = audit;
	}

	@GetMapping("/staff/helpdesk")
	String index(@AuthenticationPrincipal CurrentUser user, Model model) {
		List<String> visible = this.helpdesk.visibleLines(user);
		model.addAttribute("requests", this.requests.latest(visible, visible == null, 50));
		model.addAttribute("lines", this.lines.all());
		model.addAttribute("onDuty", this.permanences.onDutyNow());
		model.addAttribute("coordinator", user.has(brussels.maillage.identity.Role.COORDINATOR));
		model.addAttribute("mailboxProblems", this.intake.problems());
		LocalDate today = LocalDate.now(RequestChecks.BRUSSELS);
		List<DueFollowUp> due = this.followUps.due(visible, visible == null, null, null,
				today.plusDays(FollowUpController.COMING_DAYS));
		model.addAttribute("dueOverdue", due.stream().filter((f) -> f.dueOn().isBefore(today)).count());
		model.addAttribute("dueToday", due.stream().filter((f) -> f.dueOn().isEqual(today)).count());
		model.addAttribute("dueComing", due.stream().filter((f) -> f.dueOn().isAfter(today)).count());
		model.addAttribute("dueMine",
				due.stream()
					.filter((f) -> Long.valueOf(user.id()).equals(f.respondentId()) && !f.dueOn().isAfter(today))
					.count());
		model.addAttribute("comingDays", FollowUpController.COMING_DAYS);
		return "helpdesk/index";
	}

	@GetMapping("/staff/helpdesk/requests/new")
	String newRequest(@AuthenticationPrincipal CurrentUser user, Model model, Locale locale) {
		RequestForm form = new RequestForm();
		form.setReceivedAt(LocalDateTime.now(RequestChecks.BRUSSELS).truncatedTo(ChronoUnit.MINUTES).toString());
		form.setLine(defaultLine(user));
		model.addAttribute("form", form);
		return formPage(model, form, null, null, locale);
	}

	@PostMapping("/staff/helpdesk/requests")
	@Transactional
	String create(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("form") RequestForm form,
			BindingResult errors, @RequestParam(defaultValue = "save") String action,
			@RequestParam(required = false) String q, Model model, Locale locale, RedirectAttributes redirect) {
		if ("search".equals(action)) {
			return formPage(model, form, null, q, locale);
		}
		RequestData data = this.checks.check(form, errors, locale);
		if (data != null && data.lineCode() != null && !this.helpdesk.canSee(user, data.lineCode())) {
			errors.rejectValue("line", "helpdesk.error.line.notYours");
			data = null;
		}
		if (data == null) {
			model.addAttribute("identifying", RequestChecks.foundIdentifying(errors));
			return formPage(model, form, null, q, locale);
		}
		long id = this.requests.create(data, user.id(), user.displayName());
		this.audit.record("helpdesk.request.created", "helpdesk_request", id, null);
		redirect.addFlashAttribute("notice", "helpdesk.request.saved");
		return "redirect:/staff/helpdesk/requests/" + id;
	}

	@GetMapping("/staff/helpdesk/requests/{id}")
	String show(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model, Locale locale) {
		HelpdeskRequest request = open(id, user);
		model.addAttribute("request", request);
		model.addAttribute("lines", this.lines.all());
		java.util.Map<String, brussels.maillage.system.LocalizedText> labels = themeLabels();
		model.addAttribute("themeNames",
				request.themes()
					.stream()
					.map((code) -> labels.containsKey(code) ? labels.get(code).in(locale).text() : code)
					.toList());
		model.addAttribute("communes", this.directory.communes(locale));
		model.addAttribute("replies", this.outbox.about("helpdesk_request", id));
		model.addAttribute("organisation", (request.organisationId() != null)
				? this.organisations.chosen(request.organisationId().toString()).orElse(null) : null);
		return "helpdesk/request";
	}

	@GetMapping("/staff/helpdesk/requests/{id}/edit")
	String edit(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model, Locale locale) {
		HelpdeskRequest request = open(id, user);
		RequestForm form = new RequestForm();
		form.setLine(request.lineCode());
		form.setChannel(request.channel().name());
		form.setReceivedAt(LocalDateTime.ofInstant(request.receivedAt(), RequestChecks.BRUSSELS)
			.truncatedTo(ChronoUnit.MINUTES)
			.toString());
		form.setProfession((request.profession() != null) ? request.profession().name() : null);
		form.setOrganisationType((request.organisationType() != null) ? request.organisationType().name() : null);
		form.setOrganisation((request.organisationId() != null) ? request.organisationId().toString() : null);
		form.setPostcode(request.postcode());
		form.setCommune(request.communeNis());
		form.setThemes(request.themes());
		form.setKind((request.kind() != null) ? request.kind().name() : null);
		form.setSummary(request.summary());
		form.setOrientations(request.orientations().stream().map((o) -> o.serviceId().toString()).toList());
		form.setUnmetNeed(request.unmetNeed());
		form.setUnmetReason(request.unmetReason());
		form.setStatus((request.status() == RequestStatus.DRAFT) ? RequestStatus.OPEN.name() : request.status().name());
		form.setMinutesSpent((request.minutesSpent() != null) ? request.minutesSpent().toString() : null);
		model.addAttribute("form", form);
		return formPage(model, form, id, null, locale);
	}

	@PostMapping("/staff/helpdesk/requests/{id}")
	@Transactional
	String update(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@ModelAttribute("form") RequestForm form, BindingResult errors,
			@RequestParam(defaultValue = "save") String action, @RequestParam(required = false) String q, Model model,
			Locale locale, RedirectAttributes redirect) {
		HelpdeskRequest request = open(id, user);
		if ("search".equals(action)) {
			return formPage(model, form, id, q, locale);
		}
		RequestData data = this.checks.check(form, errors, locale);
		if (data != null && data.lineCode() != null && !data.lineCode().equals(request.lineCode())
				&& !this.helpdesk.canSee(user, data.lineCode())) {
			errors.rejectValue("line", "helpdesk.error.line.notYours");
			data = null;
		}
		if (data == null) {
			model.addAttribute("identifying", RequestChecks.foundIdentifying(errors));
			return formPage(model, form, id, q, locale);
		}
		this.requests.update(id, data, user.id(), user.displayName());
		this.audit.record("helpdesk.request.updated", "helpdesk_request", id, null);
		redirect.addFlashAttribute("notice", "helpdesk.request.saved");
		return "redirect:/staff/helpdesk/requests/" + id;
	}

	@PostMapping("/staff/helpdesk/requests/{id}/transfer")
	@Transactional
	String transfer(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestParam String toLine,
			@RequestParam(required = false) String reason,
			@RequestParam(defaultValue = "false") boolean confirmIdentifying, Locale locale,
			RedirectAttributes redirect) {
		HelpdeskRequest request = open(id, user);
		if (this.lines.find(toLine).isEmpty() || toLine.equals(request.lineCode())) {
			redirect.addFlashAttribute("transferError", "helpdesk.error.line.unknown");
			return "redirect:/staff/helpdesk/requests/" + id + "#transfer";
		}
		String why = RequestChecks.blankToNull(reason);
		String identifying = confirmIdentifying ? null : this.checks.identifyingMessage(why, locale);
		if (identifying != null) {
			redirect.addFlashAttribute("reasonError", identifying);
			redirect.addFlashAttribute("reasonText", why);
			redirect.addFlashAttribute("reasonLine", toLine);
			return "redirect:/staff/helpdesk/requests/" + id + "#transfer";
		}
		this.requests.transfer(id, request.lineCode(), toLine, user.displayName(),
				(why != null && why.length() > 500) ? why.substring(0, 500) : why);
		this.audit.record("helpdesk.request.transferred", "helpdesk_request", id, request.lineCode() + " → " + toLine);
		redirect.addFlashAttribute("notice", "helpdesk.request.transferred");
		return "redirect:/staff/helpdesk/requests/" + id;
	}

	@PostMapping("/staff/helpdesk/requests/{id}/reply")
	@Transactional
	String reply(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestParam String text,
			@RequestParam(defaultValue = "fr") String language, RedirectAttributes redirect) {
		HelpdeskRequest request = open(id, user);
		if (request.callerEmail() == null || text == null || text.isBlank() || text.length() > 20_000) {
			redirect.addFlashAttribute("replyError", "helpdesk.error.reply");
			redirect.addFlashAttribute("replyText", text);
			return "redirect:/staff/helpdesk/requests/" + id + "#reply";
		}
		String subject = (request.emailSubject() != null) ? "Re: " + request.emailSubject().replaceAll("[\r\n]", " ")
				: "Helpdesk";
		this.outbox.queue(new OutgoingMail(request.callerEmail(), subject, text, null, language, null, null)
			.about("helpdesk_request", id));
		this.audit.record("helpdesk.request.replied", "helpdesk_request", id, null);
		redirect.addFlashAttribute("notice", "helpdesk.request.replied");
		return "redirect:/staff/helpdesk/requests/" + id;
	}

	@GetMapping("/staff/helpdesk/orientations")
	String orientations(@RequestParam(required = false) String q, @RequestParam(required = false) String postcode,
			@RequestParam(required = false) String commune,
			@RequestParam(name = "orientations", required = false) List<String> orientations, Model model,
			Locale locale) {
		RequestForm form = new RequestForm();
		form.setOrientations(orientations);
		List<Chosen> chosen = chosen(form, locale);
		model.addAttribute("chosen", chosen);
		model.addAttribute("hits", hits(q, postcode, commune, chosen));
		model.addAttribute("q", q);
		model.addAttribute("oob", true);
		return "helpdesk/form :: orientationResults";
	}

	@GetMapping("/staff/helpdesk/organisations")
	String organisations(@RequestParam(required = false) String organisationQuery,
			@RequestParam(required = false) String organisation, Model model) {
		RequestForm form = new RequestForm();
		form.setOrganisation(organisation);
		form.setOrganisationQuery(organisationQuery);
		model.addAttribute("form", form);
		organisationModel(model, form);
		model.addAttribute("oob", true);
		return "helpdesk/form :: organisationResults";
	}

	private void organisationModel(Model model, RequestForm form) {
		OrganisationChoice chosen = this.organisations.chosen(form.getOrganisation()).orElse(null);
		model.addAttribute("organisationChosen", chosen);
		model.addAttribute("organisationHits",
				this.organisations.find(form.getOrganisationQuery(), 8)
					.stream()
					.filter((hit) -> chosen == null || !hit.id().equals(chosen.id()))
					.toList());
	}

	@ExceptionHandler(HelpdeskService.NotAllowed.class)
	@ResponseStatus(HttpStatus.FORBIDDEN)
	String notAllowed(Model model) {
		model.addAttribute("status", 403);
		return "helpdesk/forbidden";
	}

	private HelpdeskRequest open(long id, CurrentUser user) {
		return this.helpdesk.open(id, user).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private String formPage(Model model, RequestForm form, Long id, String q, Locale locale) {
		model.addAttribute("requestId", id);
		model.addAttribute("lines", this.lines.all());
		model.addAttribute("channels", Channel.values());
		model.addAttribute("professions", Profession.values());
		model.addAttribute("organisationTypes", OrganisationType.values());
		model.addAttribute("kinds", RequestKind.values());
		model.addAttribute("statuses", List.of(RequestStatus.OPEN, RequestStatus.WAITING, RequestStatus.CLOSED));
		model.addAttribute("communes", this.directory.communes(locale));
		model.addAttribute("themes", this.directory.themes().stream().filter((t) -> t.parentId() == null).toList());
		List<Chosen> chosen = chosen(form, locale);
		model.addAttribute("chosen", chosen);
		model.addAttribute("q", q);
		model.addAttribute("hits", hits(q, form.getPostcode(), form.getCommune(), chosen));
		model.addAttribute("lineOptions",
				this.lines.all()
					.stream()
					.map((line) -> Map.entry(line.code(), message("helpdesk.line." + line.code(), locale)))
					.toList());
		model.addAttribute("channelOptions", options(Channel.values(), "helpdesk.channel.", locale));
		model.addAttribute("professionOptions", options(Profession.values(), "helpdesk.profession.", locale));
		model.addAttribute("organisationTypeOptions",
				options(OrganisationType.values(), "helpdesk.organisationType.", locale));
		model.addAttribute("statusOptions",
				options(new RequestStatus[] { RequestStatus.OPEN, RequestStatus.WAITING, RequestStatus.CLOSED },
						"helpdesk.status.", locale));
		model.addAttribute("communeOptions", this.directory.communes(locale));
		model.addAttribute("guide", this.guide.pages());
		organisationModel(model, form);
		return "helpdesk/form";
	}

	private List<Chosen> chosen(RequestForm form, Locale locale) {
		List<Chosen> chosen = new ArrayList<>();
		for (String value : form.getOrientations().stream().distinct().toList()) {
			try {
				this.directory.service(UUID.fromString(value.strip()))
					.ifPresent((service) -> chosen.add(new Chosen(service.id().toString(),
							service.name().in(locale).text(), service.organizationName())));
			}
			catch (IllegalArgumentException ex) {
				// an id that is not one is reported by the checks
			}
		}
		return chosen;
	}

	private List<SearchHit> hits(String q, String postcode, String commune, List<Chosen> chosen) {
		List<String> ids = chosen.stream().map(Chosen::id).toList();
		return search(q, postcode, commune).stream().filter((hit) -> !ids.contains(hit.id().toString())).toList();
	}

	private List<Map.Entry<String, String>> options(Enum<?>[] values, String prefix, Locale locale) {
		return java.util.Arrays.stream(values)
			.map((value) -> Map.entry(value.name(), message(prefix + value.name(), locale)))
			.toList();
	}

	private String message(String key, Locale locale) {
		return this.messages.getMessage(key, null, key, locale);
	}

	private List<SearchHit> search(String q, String postcode, String commune) {
		if (q == null || q.isBlank() || q.length() > 200) {
			return List.of();
		}
		Place place;
		try {
			place = this.places.resolve(RequestChecks.blankToNull(postcode), RequestChecks.blankToNull(commune), null,
					null, null);
		}
		catch (RuntimeException ex) {
			place = Place.NOWHERE;
		}
		return this.directory.search(new SearchQuery(q, null, null, false, null, place, null, null, 0, 8)).hits();
	}

	private java.util.Map<String, brussels.maillage.system.LocalizedText> themeLabels() {
		java.util.Map<String, brussels.maillage.system.LocalizedText> labels = new java.util.HashMap<>();
		for (Theme theme : this.directory.themes()) {
			labels.put(theme.code(), theme.label());
		}
		return labels;
	}

	private String defaultLine(CurrentUser user) {
		String onDuty = this.permanences.lineOnDuty(user.id(), Instant.now());
		if (onDuty != null) {
			return onDuty;
		}
		return this.lines.all()
			.stream()
			.filter((line) -> user.territories().contains(line.territory()))
			.map(Line::code)
			.findFirst()
			.orElse(null);
	}

}
