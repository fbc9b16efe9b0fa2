package brussels.maillage.palliative.conventions;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import brussels.maillage.directory.DirectoryService;
import brussels.maillage.directory.OrganizationPlace;
import brussels.maillage.identity.AuditLog;
import brussels.maillage.identity.CurrentUser;
import brussels.maillage.system.forms.Refused;
import brussels.maillage.territory.Placement;
import brussels.maillage.territory.TerritoryService;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Conventions with nursing homes: an institution of the directory (a service with the
 * theme {@code nursing_homes}), placed in its bassin from its address, moved through
 * dated steps up to signing with the signed PDF; the year's figures and the coverage of
 * each bassin (conventioned homes ÷ nursing homes of the directory).
 */
@Service
@Transactional(readOnly = true)
public class ConventionService {

	/** The directory theme of nursing homes (MR/MRS). */
	static final String NURSING_HOMES = "nursing_homes";

	/** How long before the end of its validity a convention is listed for renewal. */
	static final int REMINDER_DAYS = 90;

	private final ConventionRepository conventions;

	private final DirectoryService directory;

	private final TerritoryService territory;

	private final AuditLog audit;

	private final Clock clock;

	ConventionService(ConventionRepository conventions, DirectoryService directory, TerritoryService territory,
			AuditLog audit, Clock clock) {
		this.conventions = conventions;
		this.directory = directory;
		this.territory = territory;
		this.audit = audit;
		this.clock = clock;
	}

	/** Today in Brussels. */
	public LocalDate today() {
		return LocalDate.now(this.clock);
	}

	/** The nursing homes of the directory with their bassin, by name. */
	public List<NursingHome> nursingHomes() {
		return this.directory.organizationsWithTheme(NURSING_HOMES)
			.stream()
			.map((home) -> new NursingHome(home.id(), home.name(), bassin(home)))
			.toList();
	}

	/**
	 * Records a convention to prepare with a nursing home of the directory.
	 * @throws Refused when the organisation is not a nursing home of the directory
	 */
	@Transactional
	public long identify(UUID organization, String kind, String template, LocalDate on, CurrentUser by) {
		NursingHome home = nursingHomes().stream()
			.filter((candidate) -> candidate.id().equals(organization))
			.findFirst()
			.orElseThrow(() -> new Refused("organization", "palliative.convention.notNursingHome"));
		long id = this.conventions.insert(organization, home.name(), kind, home.bassin(), template, on, userId(by));
		this.audit.record("palliative.convention.identified", "palliative_convention", id, home.name());
		return id;
	}

	/**
	 * Moves a convention one step, dated; signing needs the signed PDF (or one already
	 * stored).
	 * @throws Refused when the step breaks a rule
	 */
	@Transactional
	void advance(long id, ConventionStatus status, LocalDate on, String signatories, LocalDate validUntil, byte[] pdf,
			String pdfName, CurrentUser by) {
		Convention convention = this.conventions.find(id).orElseThrow();
		if (!convention.status().next().contains(status)) {
			throw new Refused("status", "palliative.convention.status.notAllowed");
		}
		LocalDate last = this.conventions.steps(id).getLast().stepOn();
		if (on.isBefore(last)) {
			throw new Refused("stepOn", "palliative.convention.step.beforeLast");
		}
		boolean hasPdf = pdf != null && pdf.length > 0;
		if (hasPdf && !isPdf(pdf)) {
			throw new Refused("pdf", "palliative.convention.pdf.notPdf");
		}
		if (status == ConventionStatus.SIGNED && !hasPdf && convention.pdfName() == null) {
			throw new Refused("pdf", "palliative.convention.pdf.required");
		}
		if (validUntil != null && !validUntil.isAfter(on)) {
			throw new Refused("validUntil", "palliative.convention.validUntil.beforeStep");
		}
		this.conventions.advance(id, status, on, signatories, validUntil, hasPdf ? pdf : null, hasPdf ? pdfName : null,
				userId(by));
		this.audit.record("palliative.convention.step", "palliative_convention", id, status.name());
	}

	/** One convention with its steps. */
	Optional<Convention> find(long id) {
		return this.conventions.find(id);
	}

	/** The dated steps of a convention, oldest first. */
	List<Map.Entry<ConventionStatus, LocalDate>> steps(long id) {
		return this.conventions.steps(id).stream().map((step) -> Map.entry(step.status(), step.stepOn())).toList();
	}

	/** Every convention, by institution. */
	List<Convention> all() {
		return this.conventions.all();
	}

	/** The signed PDF of a convention; the download is logged. */
	public Optional<byte[]> pdf(long id) {
		Optional<byte[]> pdf = this.conventions.pdf(id);
		pdf.ifPresent((bytes) -> this.audit.record("palliative.convention.pdf", "palliative_convention", id, null));
		return pdf;
	}

	/** Conventions in force whose validity ends within {@value #REMINDER_DAYS} days. */
	public List<DueConvention> dueForRenewal() {
		LocalDate limit = today().plusDays(REMINDER_DAYS);
		return all().stream()
			.filter((c) -> c.status().active() && c.validUntil() != null && !c.validUntil().isAfter(limit))
			.map((c) -> new DueConvention(c.id(), c.institutionName(), c.status().name(), c.validUntil()))
			.toList();
	}

	/**
	 * The figures of a year per bassin: conventions signed in the year, in force on 31
	 * December (signed by then, not ended, valid until that day at least), nursing homes
	 * of the directory and those with a convention in force.
	 */
	public Map<String, BassinConventions> figures(int year, List<String> bassins) {
		LocalDate first = LocalDate.of(year, 1, 1);
		LocalDate end = LocalDate.of(year, 12, 31);
		List<Convention> all = all();
		Map<String, Long> homes = nursingHomes().stream()
			.filter((home) -> home.bassin() != null)
			.collect(Collectors.groupingBy(NursingHome::bassin, Collectors.counting()));
		Map<String, BassinConventions> figures = new LinkedHashMap<>();
		for (String bassin : bassins) {
			List<Convention> here = all.stream().filter((c) -> bassin.equals(c.bassin())).toList();
			long signed = here.stream()
				.filter((c) -> c.signedOn() != null && !c.signedOn().isBefore(first) && !c.signedOn().isAfter(end))
				.count();
			List<Convention> inForce = here.stream()
				.filter((c) -> c.signedOn() != null && !c.signedOn().isAfter(end)
						&& (c.endedOn() == null || c.endedOn().isAfter(end))
						&& (c.validUntil() == null || !c.validUntil().isBefore(end)))
				.toList();
			long conventioned = inForce.stream()
				.collect(Collectors.toMap(Convention::organizationId, Function.identity(), (a, b) -> a))
				.size();
			figures.put(bassin,
					new BassinConventions(signed, inForce.size(), homes.getOrDefault(bassin, 0L), conventioned));
		}
		return figures;
	}

	private String bassin(OrganizationPlace home) {
		try {
			Placement placement = (home.latitude() != null && home.longitude() != null)
					? this.territory.place(home.postcode(), home.latitude(), home.longitude())
					: this.territory.place(home.postcode());
			return placement.bassin();
		}
		catch (RuntimeException ex) {
			return null;
		}
	}

	private static boolean isPdf(byte[] bytes) {
		return bytes.length > 4 && bytes[0] == '%' && bytes[1] == 'P' && bytes[2] == 'D' && bytes[3] == 'F';
	}

	private static Long userId(CurrentUser user) {
		return (user != null) ? user.id() : null;
	}

	/**
	 * A nursing home of the directory.
	 *
	 * @param id organisation id
	 * @param name its name
	 * @param bassin its bassin, or {@code null} when its address does not determine one
	 */
	public record NursingHome(UUID id, String name, String bassin) {
	}

	/**
	 * A convention in force to renew soon, as the team's dashboards list it.
	 *
	 * @param id convention id
	 * @param institutionName the nursing home's name when the convention was recorded
	 * @param status the code of where it stands ({@code SIGNED}, {@code RENEWAL_DUE})
	 * @param validUntil end of its validity
	 */
	public record DueConvention(long id, String institutionName, String status, LocalDate validUntil) {
	}

	/**
	 * A bassin's conventions in a year.
	 *
	 * @param signedInYear conventions signed in the year
	 * @param activeAtEnd conventions in force on 31 December
	 * @param nursingHomes nursing homes of the directory in the bassin
	 * @param conventionedHomes nursing homes with a convention in force on 31 December
	 */
	public record BassinConventions(long signedInYear, long activeAtEnd, long nursingHomes, long conventionedHomes) {

		/** Conventioned homes ÷ nursing homes, or {@code null} without nursing homes. */
		public Double coverage() {
			return (this.nursingHomes == 0) ? null : (double) this.conventionedHomes / this.nursingHomes;
		}

	}

}
