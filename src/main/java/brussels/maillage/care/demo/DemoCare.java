package brussels.maillage.care.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import brussels.maillage.care.cases.CaseService;
import brussels.maillage.care.cases.CaseStatus;
import brussels.maillage.care.cases.ClosureCategory;
import brussels.maillage.care.cases.ProviderRole;
import brussels.maillage.care.prestations.PrestationStatus;
import brussels.maillage.care.providers.NewProvider;
import brussels.maillage.care.providers.Profession;
import brussels.maillage.care.providers.ProviderService;
import brussels.maillage.care.statements.PeriodKind;
import brussels.maillage.care.statements.Statement;
import brussels.maillage.care.statements.StatementService;
import brussels.maillage.care.statements.StatementStatus;
import brussels.maillage.care.tariffs.ServiceType;
import brussels.maillage.identity.TerritoryScope;
import brussels.maillage.system.DemoMode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo year 2024 of case management with the figures of the 2024 activity report
 * ("Case management": 420 beneficiaries, 9,775 occupational-therapy and 2,318
 * psychologist services), a few providers and one paid statement (January 2024 of the
 * first occupational therapist). Deterministic (a seeded random for the codes) and
 * written in batches.
 */
@Component
class DemoCare {

	private static final Logger log = LoggerFactory.getLogger(DemoCare.class);

	static final int BENEFICIARIES = 420;

	static final int OCCUPATIONAL_THERAPY = 9_775;

	static final int PSYCHOLOGY = 2_318;

	/** Cases per bassin, 420 in all. */
	private static final String[] BASSINS = TerritoryScope.BASSIN_CODES.toArray(String[]::new);

	private static final int[] PER_BASSIN = { 98, 71, 83, 76, 92 };

	/** Cases with an occupational therapist, and with a psychologist. */
	private static final int WITH_THERAPIST = 350;

	private static final int WITH_PSYCHOLOGIST = 150;

	private static final BigDecimal THERAPY_TARIFF = new BigDecimal("30.00");

	private static final BigDecimal PSYCHOLOGY_TARIFF = new BigDecimal("45.00");

	private final DemoMode demo;

	private final ProviderService providers;

	private final CaseService cases;

	private final brussels.maillage.care.prestations.PrestationService prestations;

	private final StatementService statements;

	private final JdbcClient jdbc;

	DemoCare(DemoMode demo, ProviderService providers, CaseService cases,
			brussels.maillage.care.prestations.PrestationService prestations, StatementService statements,
			JdbcClient jdbc) {
		this.demo = demo;
		this.providers = providers;
		this.cases = cases;
		this.prestations = prestations;
		this.statements = statements;
		this.jdbc = jdbc;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Transactional
	public void load() {
		if (!this.demo.enabled() || this.jdbc.sql("select count(*) from care_case").query(Long.class).single() > 0) {
			return;
		}
		long started = System.nanoTime();
		LocalDate agreed = LocalDate.of(2023, 9, 1);
		long manager = provider("Inès Lambert", Profession.CASE_MANAGER, "10123456701", "BE20001122334456", agreed);
		long[] therapists = {
				provider("Ergo à domicile Bruxelles", Profession.OCCUPATIONAL_THERAPIST, "50123456702",
						"BE81001556677824", agreed),
				provider("Julie Vandenberghe", Profession.OCCUPATIONAL_THERAPIST, "50123456703", "BE14001998877683",
						agreed),
				provider("Karim El Amrani", Profession.OCCUPATIONAL_THERAPIST, "50123456704", "BE74063445566707",
						agreed),
				provider("Sofie Peeters", Profession.OCCUPATIONAL_THERAPIST, "50123456705", "BE25068776655482", agreed),
				provider("Ergo Zuid vzw", Profession.OCCUPATIONAL_THERAPIST, "50123456706", "BE03363112233484",
						agreed) };
		long[] psychologists = {
				provider("Claire Dubois", Profession.PSYCHOLOGIST, "70123456707", "BE06732001122322", agreed),
				provider("Thomas Janssens", Profession.PSYCHOLOGIST, "70123456708", "BE41001887766510", agreed) };
		provider("Concertation Bruxelles asbl", Profession.CONCERTATION_ORGANISER, "90123456709", "BE50068221100918",
				agreed);

		Random random = new Random(2024);
		Set<String> codes = new HashSet<>();
		List<Object[]> caseRows = new ArrayList<>();
		List<Object[]> statusRows = new ArrayList<>();
		List<Object[]> roleRows = new ArrayList<>();
		List<Object[]> prestationRows = new ArrayList<>();
		int number = 0;
		for (int b = 0; b < BASSINS.length; b++) {
			for (int i = 0; i < PER_BASSIN[b]; i++, number++) {
				String code;
				do {
					code = CaseService.code(random);
				}
				while (!codes.add(code));
				// one case in seven began in late 2023 and continued; the others began in
				// the
				// first half of 2024; one in four was closed in the autumn
				boolean continuing = number % 7 == 3;
				LocalDate start = continuing ? LocalDate.of(2023, 10, 2).plusDays(number % 60)
						: LocalDate.of(2024, 1, 2).plusDays((number * 13L) % 170);
				LocalDate referred = start.minusDays(7);
				boolean closed = number % 4 == 1;
				LocalDate end = closed ? LocalDate.of(2024, 10, 1).plusDays(number % 80) : null;
				ClosureCategory closure = closed ? ClosureCategory.values()[number % ClosureCategory.values().length]
						: null;
				caseRows.add(new Object[] { code, "PROTOCOL_3", BASSINS[b],
						(closed ? CaseStatus.CLOSED : CaseStatus.ACTIVE).name(),
						(closure != null) ? closure.name() : null, referred, start, end });
				statusRows.add(new Object[] { CaseStatus.REFERRED.name(), null, referred, code });
				statusRows.add(new Object[] { CaseStatus.ACTIVE.name(), null, start, code });
				if (closed) {
					statusRows.add(new Object[] { CaseStatus.CLOSED.name(), closure.name(), end, code });
				}
				roleRows.add(new Object[] { manager, ProviderRole.CASE_MANAGER.name(), start, end, code });
				LocalDate first = start.isBefore(LocalDate.of(2024, 1, 2)) ? LocalDate.of(2024, 1, 2) : start;
				if (number < WITH_THERAPIST) {
					long therapist = therapists[number % therapists.length];
					roleRows
						.add(new Object[] { therapist, ProviderRole.OCCUPATIONAL_THERAPIST.name(), start, end, code });
					int count = share(OCCUPATIONAL_THERAPY, WITH_THERAPIST, number);
					for (int n = 0; n < count; n++) {
						prestationRows.add(prestation(therapist, ServiceType.OCCUPATIONAL_THERAPY,
								first.plusDays(3L * n), THERAPY_TARIFF, code));
					}
				}
				if (number >= BENEFICIARIES - WITH_PSYCHOLOGIST) {
					long psychologist = psychologists[number % psychologists.length];
					roleRows.add(new Object[] { psychologist, ProviderRole.PSYCHOLOGIST.name(), start, end, code });
					int count = share(PSYCHOLOGY, WITH_PSYCHOLOGIST, number - (BENEFICIARIES - WITH_PSYCHOLOGIST));
					for (int n = 0; n < count; n++) {
						prestationRows.add(prestation(psychologist, ServiceType.PSYCHOLOGY, first.plusDays(5L * n + 1),
								PSYCHOLOGY_TARIFF, code));
					}
				}
			}
		}
		this.cases.insertDemo(caseRows, statusRows, roleRows);
		this.prestations.insertDemo(prestationRows);
		long statement = this.statements.draft(therapists[0], PeriodKind.MONTH, LocalDate.of(2024, 1, 1));
		this.statements.advance(statement, StatementStatus.SENT, LocalDate.of(2024, 2, 5), null);
		this.statements.advance(statement, StatementStatus.APPROVED, LocalDate.of(2024, 2, 20), null);
		this.statements.advance(statement, StatementStatus.PAID, LocalDate.of(2024, 3, 1), "VIR-2024-0301-017");
		Statement paid = this.statements.statement(statement).orElseThrow();
		log.info("Demo case management 2024: {} cases, {} prestations, statement {} paid ({} €) in {} ms",
				caseRows.size(), prestationRows.size(), paid.number(), paid.total(),
				(System.nanoTime() - started) / 1_000_000);
	}

	/**
	 * The services of the {@code index}th of {@code cases} cases: an even share of
	 * {@code total}.
	 */
	private static int share(int total, int cases, int index) {
		return total / cases + ((index < total % cases) ? 1 : 0);
	}

	private static Object[] prestation(long provider, ServiceType type, LocalDate day, BigDecimal tariff, String code) {
		return new Object[] { provider, type.name(), day, 1, tariff, 1, tariff, PrestationStatus.VALIDATED.name(),
				code };
	}

	private long provider(String name, Profession profession, String nihii, String iban, LocalDate agreed) {
		return this.providers.register(new NewProvider(null, name, profession, nihii, iban, agreed, true));
	}

}
