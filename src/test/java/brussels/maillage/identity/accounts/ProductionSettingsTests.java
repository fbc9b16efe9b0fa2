package brussels.maillage.identity.accounts;

import java.net.http.HttpResponse;
import java.util.UUID;

import brussels.maillage.OwnApplication;
import brussels.maillage.SecondLane;
import brussels.maillage.WebSession;
import brussels.maillage.identity.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceAccessMode;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.parallel.Resources;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Settings of a production start: the first administrator and their token come from the
 * environment, no demo.
 */
// A database of its own, empty as at a production server's first start: the tests
// neither see the shared demo database nor leave accounts in it, so the class runs beside
// the others, its application started beside theirs (docs/testing.md); its own tests run
// one after another (the lock). It waits for the second lane's classes (the lane's lock):
// its start then falls in the run's second half, where the one-at-a-time thread runs
// alone
// on two cores, instead of its first minute, where it slowed that thread down.
@OwnApplication(properties = { "maillage.data-dir=${java.io.tmpdir}/maillage-production-settings",
		"maillage.demo-data=false", "maillage.identity.admin-email=first.admin@example.be",
		"maillage.identity.admin-password=first admin password",
		"maillage.identity.admin-token=mlg_deployment-token-0123456789abcdefghij" })
@Execution(ExecutionMode.CONCURRENT)
@ResourceLock(value = Resources.SYSTEM_OUT, mode = ResourceAccessMode.READ)
@ResourceLock("maillage-production-settings")
@ResourceLock(SecondLane.LOCK)
class ProductionSettingsTests {

	@LocalServerPort
	int port;

	@Autowired
	AccountService accounts;

	@Test
	void createsTheFirstAdministratorFromTheEnvironment() {
		assertThat(this.accounts.findByEmail("first.admin@example.be"))
			.hasValueSatisfying((admin) -> assertThat(admin.has(Role.ADMIN)).isTrue());
		assertThat(new WebSession(this.port).login("first.admin@example.be", "first admin password"))
			.endsWith("/login/second-factor");
	}

	@Test
	void exemptsNobodyFromTheSecondFactorAndSaysNothingOfDemoAccounts() {
		WebSession session = new WebSession(this.port);
		assertThat(session.get("/login").body()).doesNotContain("comptes de démonstration");
		assertThat(session.login("first.admin@example.be", "first admin password")).endsWith("/login/second-factor");
		HttpResponse<String> users = session.get("/admin/users");
		assertThat(users.statusCode()).isEqualTo(302);
		assertThat(users.headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).contains("/login/second-factor"));
	}

	@Test
	void givesTheFirstAdministratorTheDeploymentToken() {
		var response = new WebSession(this.port).json("GET", "/api/admin/users",
				"mlg_deployment-token-0123456789abcdefghij", null);
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("first.admin@example.be");
	}

	@Test
	void refusesDemoAccountsWhenDemoDataIsOff() {
		String email = "demo." + UUID.randomUUID() + "@demo.maillage.brussels";
		this.accounts.create(email, "Demo", "demo password 123", java.util.Set.of(Role.ADMIN), java.util.Set.of(),
				true);
		assertThat(new WebSession(this.port).login(email, "demo password 123")).endsWith("/login?error");
	}

}
