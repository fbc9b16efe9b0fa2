package brussels.maillage.plans.dashboards;

import java.time.Duration;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The few styles of the dashboards (panels, charts, legends), served as a style sheet so
 * that the content security policy allows them.
 */
@RestController
class DashboardStyle {

	static final String CSS = """
			.dashboard-panels { display: grid; gap: 1.5rem; }
			.dashboard-panel { border-top: 3px solid var(--line, #ccc); padding-top: .5rem; break-inside: avoid; }
			.dashboard-chart { max-width: 57rem; margin: 0; }
			.dashboard-chart svg { width: 100%; height: auto; display: block; }
			.dashboard-legend { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: .3rem 1.2rem; margin: .4rem 0; }
			.dashboard-legend svg { vertical-align: middle; margin-right: .3rem; }
			.dashboard-panel details { margin-top: .3rem; }
			.dashboard-defs { position: absolute; width: 0; height: 0; overflow: hidden; }
			@media print { .dashboard-panel details { display: block; } .dashboard-years { display: none; } }
			""";

	@GetMapping(path = "/staff/plans/dashboards/dashboards.css", produces = "text/css")
	ResponseEntity<String> css() {
		return ResponseEntity.ok()
			.cacheControl(CacheControl.maxAge(Duration.ofHours(1)))
			.contentType(MediaType.valueOf("text/css;charset=UTF-8"))
			.body(CSS);
	}

}
