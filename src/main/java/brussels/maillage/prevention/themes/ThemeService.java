package brussels.maillage.prevention.themes;

import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import brussels.maillage.directory.DirectoryService;
import brussels.maillage.directory.ServiceDetails;
import brussels.maillage.identity.AuditLog;
import brussels.maillage.identity.CurrentUser;
import brussels.maillage.prevention.local.PreventionBassin;
import brussels.maillage.prevention.local.LocalServices;
import brussels.maillage.system.LocalizedText;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Info prévention: the regional calendar of monthly themes, and each bassin's page on a
 * theme with its local initiatives, edited by the bassin's prevention officers.
 */
@Service
@Transactional(readOnly = true)
public class ThemeService {

	static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

	/** Most local initiatives one page lists. */
	static final int MAX_SERVICES = 20;

	private final ThemeRepository repository;

	private final LocalServices local;

	private final DirectoryService directory;

	private final AuditLog audit;

	private final Clock clock;

	ThemeService(ThemeRepository repository, LocalServices local, DirectoryService directory, AuditLog audit,
			Clock clock) {
		this.repository = repository;
		this.local = local;
		this.directory = directory;
		this.audit = audit;
		this.clock = clock;
	}

	/** The current month in Brussels. */
	public YearMonth thisMonth() {
		return YearMonth.now(this.clock.withZone(BRUSSELS));
	}

	public List<Theme> calendar(int year) {
		return this.repository.themes(year);
	}

	List<Integer> years() {
		return this.repository.years();
	}

	Optional<Theme> theme(YearMonth month) {
		return this.repository.theme(month.getYear(), month.getMonthValue());
	}

	long countThemes() {
		return this.repository.countThemes();
	}

	/** Sets a month's theme of the regional calendar. */
	@Transactional
	void saveTheme(YearMonth month, LocalizedText title) {
		this.repository.saveTheme(month.getYear(), month.getMonthValue(), title);
		this.audit.record("prevention.theme.saved", "prevention_theme", month.toString(), title.fr());
	}

	Optional<ThemePage> page(Theme theme, PreventionBassin bassin) {
		return this.repository.page(theme.id(), bassin);
	}

	/** The bassin's published pages, newest month first. */
	List<ThemePage> published(PreventionBassin bassin, int limit) {
		return this.repository.pages(bassin, true, limit);
	}

	/** The bassin's pages, drafts included, newest month first. */
	List<ThemePage> all(PreventionBassin bassin) {
		return this.repository.pages(bassin, false, 500);
	}

	/** Every bassin's published pages on the themes of a year. */
	public List<ThemePage> publishedIn(int year) {
		return this.repository.publishedPages(year);
	}

	/** The page's services as the directory has them now, in the officer's order. */
	public List<ServiceDetails> services(ThemePage page) {
		List<ServiceDetails> services = new ArrayList<>();
		for (UUID id : page.services()) {
			this.directory.service(id).ifPresent(services::add);
		}
		return services;
	}

	/** Writes the bassin's page on a theme (a draft until published); returns its id. */
	@Transactional
	UUID savePage(Theme theme, PreventionBassin bassin, LocalizedText summary, LocalizedText resources,
			CurrentUser by) {
		check(bassin, by);
		UUID id = this.repository.savePage(theme.id(), bassin, summary, resources, by.email());
		this.audit.record("prevention.page.saved", "prevention_page", id,
				AuditLog.details("page-saved", bassin, theme.yearMonth()));
		return id;
	}

	/**
	 * Lists a directory service on the page; false when it is not a local initiative of
	 * the bassin or the page is full.
	 */
	@Transactional
	boolean addService(Theme theme, PreventionBassin bassin, UUID serviceId, CurrentUser by) {
		check(bassin, by);
		ThemePage page = this.repository.page(theme.id(), bassin).orElseGet(() -> {
			this.repository.savePage(theme.id(), bassin, null, null, by.email());
			return this.repository.page(theme.id(), bassin).orElseThrow();
		});
		if (page.services().contains(serviceId)) {
			return true;
		}
		if (page.services().size() >= MAX_SERVICES || !this.local.isLocal(serviceId, page.bassin())) {
			return false;
		}
		this.repository.addService(page.id(), serviceId);
		this.audit.record("prevention.page.service-added", "prevention_page", page.id(),
				AuditLog.details("service", serviceId));
		return true;
	}

	@Transactional
	void removeService(ThemePage page, UUID serviceId, CurrentUser by) {
		check(page.bassin(), by);
		this.repository.removeService(page.id(), serviceId);
		this.audit.record("prevention.page.service-removed", "prevention_page", page.id(),
				AuditLog.details("service", serviceId));
	}

	/**
	 * What stops a page from being published, as message keys: the text in French and
	 * Dutch, and at least one local initiative.
	 */
	List<String> publicationProblems(ThemePage page) {
		List<String> problems = new ArrayList<>();
		if (page.summary().fr() == null || page.summary().nl() == null) {
			problems.add("prevention.page.publish.needsSummaries");
		}
		if (page.services().isEmpty()) {
			problems.add("prevention.page.publish.needsServices");
		}
		return problems;
	}

	/** Publishes the page when nothing stops it; returns what stops it otherwise. */
	@Transactional
	List<String> publish(ThemePage page, CurrentUser by) {
		check(page.bassin(), by);
		List<String> problems = publicationProblems(page);
		if (problems.isEmpty()) {
			this.repository.status(page.id(), true);
			this.audit.record("prevention.page.published", "prevention_page", page.id(), null);
		}
		return problems;
	}

	@Transactional
	void unpublish(ThemePage page, CurrentUser by) {
		check(page.bassin(), by);
		this.repository.status(page.id(), false);
		this.audit.record("prevention.page.unpublished", "prevention_page", page.id(), null);
	}

	private static void check(PreventionBassin bassin, CurrentUser user) {
		if (!bassin.editableBy(user)) {
			throw new NotYourBassin();
		}
	}

	/** A change to a bassin the user does not work for. */
	static class NotYourBassin extends RuntimeException {

		NotYourBassin() {
			super("Not one of the user's bassins");
		}

	}

}
