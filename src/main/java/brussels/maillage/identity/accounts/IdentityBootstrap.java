package brussels.maillage.identity.accounts;

import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import brussels.maillage.identity.CurrentUser;
import brussels.maillage.identity.Role;
import brussels.maillage.identity.Team;
import brussels.maillage.identity.tokens.AccessTokens;
import brussels.maillage.system.DemoMode;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * At start-up: the first administrator from {@code MAILLAGE_ADMIN_EMAIL} /
 * {@code MAILLAGE_ADMIN_PASSWORD}, their deployment token from
 * {@code MAILLAGE_ADMIN_TOKEN}, and, with demo data on, the documented demo accounts.
 */
@Component
class IdentityBootstrap implements ApplicationRunner {

	/**
	 * Password of every demo account; demo accounts cannot sign in when demo data is off.
	 */
	static final String DEMO_PASSWORD = "demo-maillage-2026";

	private static final Logger log = LoggerFactory.getLogger(IdentityBootstrap.class);

	private final AccountService accounts;

	private final AccessTokens tokens;

	private final DemoMode demoMode;

	private final String adminEmail;

	private final String adminPassword;

	private final String adminToken;

	IdentityBootstrap(AccountService accounts, AccessTokens tokens, DemoMode demoMode,
			@Value("${maillage.identity.admin-email:}") String adminEmail,
			@Value("${maillage.identity.admin-password:}") String adminPassword,
			@Value("${maillage.identity.admin-token:}") String adminToken) {
		this.accounts = accounts;
		this.tokens = tokens;
		this.demoMode = demoMode;
		this.adminEmail = adminEmail.strip();
		this.adminPassword = adminPassword;
		this.adminToken = adminToken.strip();
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!this.adminEmail.isEmpty()) {
			createFirstAdmin();
		}
		if (this.demoMode.enabled()) {
			createDemoAccounts();
		}
	}

	private void createFirstAdmin() {
		if (!this.accounts.emailTaken(this.adminEmail)) {
			if (this.adminPassword.length() < CommonPasswords.MINIMUM_LENGTH) {
				throw new IllegalStateException("MAILLAGE_ADMIN_PASSWORD must have at least 12 characters");
			}
			if (CommonPasswords.isCommon(this.adminPassword)) {
				throw new IllegalStateException(
						"MAILLAGE_ADMIN_PASSWORD is on the list of common passwords: choose another one");
			}
			this.accounts.create(this.adminEmail, "Administrator", this.adminPassword, Set.of(Role.ADMIN),
					teamIds("REGION"), false);
			log.info("Created the first administrator {}", this.adminEmail);
		}
		if (!this.adminToken.isEmpty()) {
			if (this.adminToken.length() < 32) {
				throw new IllegalStateException("MAILLAGE_ADMIN_TOKEN must have at least 32 characters");
			}
			CurrentUser admin = this.accounts.findByEmail(this.adminEmail).orElseThrow();
			this.tokens.storeIfAbsent(admin.id(), "MAILLAGE_ADMIN_TOKEN", this.adminToken);
		}
	}

	private void createDemoAccounts() {
		record Demo(String email, String name, Set<Role> roles, String team) {
		}
		List<Demo> demos = List.of(new Demo("admin@demo.maillage.brussels", "Alex Admin", Set.of(Role.ADMIN), "REGION"),
				new Demo("coordination@demo.maillage.brussels", "Camille Coordination", Set.of(Role.COORDINATOR),
						"REGION"),
				new Demo("nord@demo.maillage.brussels", "Noor Noord", Set.of(Role.STAFF), "NORD"),
				new Demo("sud@demo.maillage.brussels", "Sacha Sud", Set.of(Role.STAFF), "SUD"),
				new Demo("palliatif@demo.maillage.brussels", "Paul Palliatif", Set.of(Role.STAFF), "PALLIATIVE"),
				new Demo("casemanagement@demo.maillage.brussels", "Chloé Case", Set.of(Role.STAFF),
						"CARE_COORDINATION"),
				new Demo("finance@demo.maillage.brussels", "Fatou Finance", Set.of(Role.STAFF), "FINANCE"));
		for (Demo demo : demos) {
			if (!this.accounts.emailTaken(demo.email())) {
				this.accounts.create(demo.email(), demo.name(), DEMO_PASSWORD, demo.roles(), teamIds(demo.team()),
						true);
			}
		}
	}

	private Set<Long> teamIds(String code) {
		return this.accounts.teams()
			.stream()
			.filter((team) -> team.code().equals(code))
			.map(Team::id)
			.collect(java.util.stream.Collectors.toSet());
	}

}
