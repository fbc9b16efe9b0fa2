package brussels.maillage.system;

import java.net.http.HttpResponse;

import brussels.maillage.WebSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.parallel.Resources;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.actuate.endpoint.HttpCodeStatusMapper;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/** Health on the default configuration: no SMTP server is set. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
// What it reads of the output is its own: not while a class that runs beside the others
// (docs/testing.md) may log.
@ResourceLock(Resources.SYSTEM_OUT)
class HealthTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Test
	void isUpWithoutAnSmtpServerAndLogsNoStackTrace(CapturedOutput output) {
		WebSession session = new WebSession(this.port);
		for (int call = 0; call < 100; call++) {
			HttpResponse<String> health = session.get("/actuator/health");
			assertThat(health.statusCode()).as("call %d", call).isEqualTo(200);
			assertThat(health.body()).as("call %d", call).contains("\"status\":\"UP\"");
		}
		assertThat(output.getAll()).doesNotContain("Mail health check failed")
			.doesNotContain("\tat ")
			.doesNotContain("Exception");
	}

	/**
	 * A probe answers 503 when the application is down or refuses traffic (a load
	 * balancer or an orchestrator reads the status code, not the body), and 200 for the
	 * mail's WARNING: the application's own mapping of WARNING replaces Spring Boot's
	 * defaults, so DOWN and OUT_OF_SERVICE answered 200 until session 19.
	 */
	@Test
	void answers503WhenDownOrOutOfServiceAnd200WhenUpOrWarning() {
		HttpCodeStatusMapper mapper = this.context.getBean(HttpCodeStatusMapper.class);
		assertThat(mapper.getStatusCode(Status.DOWN)).isEqualTo(503);
		assertThat(mapper.getStatusCode(Status.OUT_OF_SERVICE)).isEqualTo(503);
		assertThat(mapper.getStatusCode(Status.UP)).isEqualTo(200);
		assertThat(mapper.getStatusCode(new Status("WARNING"))).isEqualTo(200);
	}

	@Test
	void checksMailOnlyWhenAnSmtpServerIsConfiguredAndReportsTheOutbox() {
		assertThat(this.context.containsBean("mailHealthIndicator")).isFalse();
		assertThat(this.context.getBeansOfType(HealthIndicator.class)).containsKey("outboxHealthIndicator");
		var outbox = this.context.getBean("outboxHealthIndicator", HealthIndicator.class).health();
		assertThat(outbox.getStatus().getCode()).isEqualTo("UP");
		assertThat(outbox.getDetails()).containsEntry("smtpConfigured", false).containsKeys("pending", "failed");
	}

}
