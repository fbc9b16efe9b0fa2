package brussels.maillage.plans.dashboards;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import brussels.maillage.identity.CurrentUser;
import brussels.maillage.identity.TerritoryScope;
import brussels.maillage.system.DisclosureControl.Reader;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dashboards of the councils (each bassin's and the region's) and of the palliative
 * platform for a year, each showing its own territory's figures only, and who may see
 * which: coordinators every one, a team its own territory's.
 */
@Service
@Transactional(readOnly = true)
class Dashboards {

	private final CouncilPanels council;

	private final PlanPanels plan;

	private final FigurePanels figures;

	private final ColdDataPanel coldData;

	private final PalliativePanels palliative;

	private final DashboardThresholds thresholds;

	private final MessageSource messages;

	Dashboards(CouncilPanels council, PlanPanels plan, FigurePanels figures, ColdDataPanel coldData,
			PalliativePanels palliative, DashboardThresholds thresholds, MessageSource messages) {
		this.council = council;
		this.plan = plan;
		this.figures = figures;
		this.coldData = coldData;
		this.palliative = palliative;
		this.thresholds = thresholds;
		this.messages = messages;
	}

	/**
	 * Whether {@code user} sees the dashboard of {@code territory}: coordinators and
	 * administrators every one, a bassin's staff their bassin's, the regional team the
	 * regional council's, the palliative team the palliative platform's.
	 */
	static boolean canSee(CurrentUser user, TerritoryScope territory) {
		return user != null && Dashboard.TERRITORIES.contains(territory) && user.worksFor(territory);
	}

	/** The dashboards {@code user} sees, in order. */
	static List<TerritoryScope> visibleTo(CurrentUser user) {
		return Dashboard.TERRITORIES.stream().filter((territory) -> canSee(user, territory)).toList();
	}

	Dashboard dashboard(TerritoryScope territory, int year, Reader reader, Locale locale) {
		Texts texts = new Texts(this.messages, locale);
		Thresholds legend = this.thresholds.of(year);
		List<Panel> panels = new ArrayList<>();
		String title;
		if (territory == TerritoryScope.PALLIATIVE) {
			title = texts.get("plans.dashboard.title.palliative", String.valueOf(year));
			panels.addAll(this.plan.panels(territory, year, legend, reader, texts));
			panels.addAll(this.palliative.panels(year, reader, texts));
		}
		else {
			title = texts.get("plans.dashboard.title.council", texts.get("plans.dashboard.council." + territory),
					String.valueOf(year));
			panels.addAll(this.council.panels(territory.name(), year, texts));
			panels.addAll(this.plan.panels(territory, year, legend, reader, texts));
			panels.addAll(this.figures.panels(territory, year, texts));
			panels.add(this.coldData.panel(territory, year, texts));
		}
		return new Dashboard(territory, year, title, panels);
	}

}
