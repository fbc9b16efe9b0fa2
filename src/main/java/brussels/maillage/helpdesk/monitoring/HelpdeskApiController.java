package brussels.maillage.helpdesk.monitoring;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import brussels.maillage.helpdesk.Channel;
import brussels.maillage.helpdesk.HelpdeskRequest;
import brussels.maillage.helpdesk.HelpdeskService;
import brussels.maillage.helpdesk.Profession;
import brussels.maillage.helpdesk.RequestKind;
import brussels.maillage.helpdesk.StatisticsFilter;
import brussels.maillage.helpdesk.StatisticsReport;
import brussels.maillage.identity.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The helpdesk's JSON API (bearer token): statistics of a period, with the same figures
 * as the dashboard, and one request for a person allowed to see it.
 */
@RestController
@Tag(name = "Helpdesk", description = "Requests to the helpdesk lines and their statistics")
class HelpdeskApiController {

	private final HelpdeskService helpdesk;

	private final MonitoringService monitoring;

	HelpdeskApiController(HelpdeskService helpdesk, MonitoringService monitoring) {
		this.helpdesk = helpdesk;
		this.monitoring = monitoring;
	}

	@GetMapping("/api/helpdesk/statistics")
	@Operation(summary = "Totals by channel, line, bassin, kind, profession, theme and month for a period",
			description = "Both days included; optional filters line (or NONE), bassin, channel, profession, theme, kind. "
					+ "Drafts from the e-mail intake are not counted.")
	Map<String, Object> statistics(@RequestParam String from, @RequestParam String to,
			@RequestParam(required = false) String line, @RequestParam(required = false) String bassin,
			@RequestParam(required = false) String channel, @RequestParam(required = false) String profession,
			@RequestParam(required = false) String theme, @RequestParam(required = false) String kind) {
		LocalDate first = date(from, "from");
		LocalDate last = date(to, "to");
		if (last.isBefore(first)) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "'to' is before 'from'");
		}
		StatisticsFilter filter = new StatisticsFilter(first, last, line, bassin,
				known(Channel.class, channel, "channel"), known(Profession.class, profession, "profession"), theme,
				known(RequestKind.class, kind, "kind"));
		StatisticsReport report = this.monitoring.statistics(filter);
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("from", first.toString());
		body.put("to", last.toString());
		body.put("total", report.total());
		body.put("unmetNeeds", report.unmetNeeds());
		body.put("minutesSpent", report.minutesSpent());
		body.put("byChannel", map(report.byChannel()));
		body.put("byLine", map(report.byLine()));
		body.put("byBassin", map(report.byBassin()));
		body.put("byKind", map(report.byKind()));
		body.put("byProfession", map(report.byProfession()));
		body.put("byTheme", map(report.byTheme()));
		Map<String, Long> monthly = new LinkedHashMap<>();
		report.monthly().forEach((month) -> monthly.put(month.month().toString(), month.count()));
		body.put("monthly", monthly);
		body.put("orientations",
				report.orientations()
					.stream()
					.map((count) -> Map.of("serviceId", count.key(), "name", count.label(), "count", count.count()))
					.toList());
		return body;
	}

	@GetMapping("/api/helpdesk/requests/{id}")
	@Operation(summary = "One request, for staff of its line's territory or coordinators (the access is logged)")
	HelpdeskRequest request(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
		if (user == null) {
			throw new ResponseStatusException(HttpStatus.UNAUTHORIZED);
		}
		try {
			return this.helpdesk.open(id, user).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		}
		catch (HelpdeskService.NotAllowed ex) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN, ex.getMessage());
		}
	}

	private static Map<String, Long> map(List<StatisticsReport.Count> counts) {
		Map<String, Long> map = new LinkedHashMap<>();
		counts.forEach((count) -> map.put(count.key(), count.count()));
		return map;
	}

	private static LocalDate date(String value, String name) {
		try {
			return LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException ex) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "'" + name + "' is not a date (YYYY-MM-DD)");
		}
	}

	private static <E extends Enum<E>> E known(Class<E> type, String value, String name) {
		E parsed = DashboardFilters.parse(type, value);
		if (value != null && !value.isBlank() && parsed == null) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Unknown " + name + ": " + value);
		}
		return parsed;
	}

}
