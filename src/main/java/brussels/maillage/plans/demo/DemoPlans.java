package brussels.maillage.plans.demo;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import brussels.maillage.identity.TerritoryScope;
import brussels.maillage.plans.exchange.ImportResult;
import brussels.maillage.plans.exchange.PlanImport;
import brussels.maillage.plans.plan.PlansService;
import brussels.maillage.system.DemoMode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The 2024 plans of the activity report's annexes 1 to 3, loaded through the same import
 * as a file: the 5 bassin plans of the shared roadmap, the regional plan and the
 * palliative platform's. The seeds do not say when or by which decision they were
 * validated, so they stay drafts.
 */
@Component
class DemoPlans {

	private static final Logger log = LoggerFactory.getLogger(DemoPlans.class);

	static final List<TerritoryScope> BASSINS = TerritoryScope.BASSINS;

	/**
	 * Each bassin's status of action 4 (Brus'info, 10 sessions planned): annex 1 counts 5
	 * in Nord, 10 in Nord-Est, 9 in Sud, 6 in Sud-Est and 24 in Centre-Ouest.
	 */
	private static final Map<TerritoryScope, String> BRUSINFO = Map.of(TerritoryScope.NORD, "PARTIAL",
			TerritoryScope.NORD_EST, "DONE", TerritoryScope.SUD, "PARTIAL", TerritoryScope.SUD_EST, "PARTIAL",
			TerritoryScope.CENTRE_OUEST, "DONE");

	private final DemoMode demo;

	private final PlansService plans;

	private final PlanImport imports;

	DemoPlans(DemoMode demo, PlansService plans, PlanImport imports) {
		this.demo = demo;
		this.plans = plans;
		this.imports = imports;
	}

	@EventListener(ApplicationReadyEvent.class)
	void load() {
		if (!this.demo.enabled() || this.plans.plan(TerritoryScope.REGION, 2024).isPresent()) {
			return;
		}
		StringBuilder bassins = new StringBuilder();
		for (TerritoryScope bassin : BASSINS) {
			String rows = AnnexBassins.CSV.replace("STATUS_4", BRUSINFO.get(bassin))
				.replace("STATUS_9",
						(bassin == TerritoryScope.SUD || bassin == TerritoryScope.SUD_EST) ? "DONE" : "NOT_STARTED")
				.replaceAll("(?m)(?<=^|,)BASSIN(?=,)", bassin.name());
			bassins.append((bassins.isEmpty()) ? rows : rows.substring(rows.indexOf('\n') + 1));
		}
		load(bassins.toString());
		load(AnnexRegion.CSV);
		load(AnnexPalliative.CSV);
		log.info("Demo plans of 2024 loaded from the activity report's annexes");
	}

	private void load(String csv) {
		try {
			ImportResult result = this.imports.importPlans(
					new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "demo.csv", false, null, "demo");
			if (!result.written()) {
				throw new IllegalStateException("Demo plans refused: " + result.problems());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
