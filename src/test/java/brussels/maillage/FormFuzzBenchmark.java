package brussels.maillage;

import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The broad exploration behind {@link FormFuzzTests}, on demand (docs/testing.md): every
 * demo role and the public, up to 250 pages each, every hostile value on every field.
 * {@code ./mvnw -B test -Dtest=FormFuzzBenchmark -Dtest.excludedGroups=none}
 */
@Tag("benchmark")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FormFuzzBenchmark {

	private static final List<String> TEXT = List.of("", "x".repeat(10_000), "<script>alert(1)</script>", "' OR '1'='1",
			"1; DROP TABLE service;--", "a\u0000b", "\u202Eabc \uD83D\uDE00 \uFEFF", "${7*7}", "-1",
			"99999999999999999999", "2024-02-30");

	private static final List<String> NUMBER = List.of("", "-1", "-2147483649", "99999999999999999999", "1e309", "NaN",
			"1,5", "abc", "a\u0000b", "x".repeat(10_000));

	private static final List<String> DATE = List.of("", "2024-02-30", "31/12/2024", "99999-01-01", "0000-00-00",
			"-0001-01-01", "abc", "a\u0000b", "x".repeat(10_000));

	private static final List<String> CODE = List.of("", "NOT_A_CODE", "' OR '1'='1", "a\u0000b", "-1",
			"99999999999999999999", "x".repeat(10_000));

	private static final List<String> IDS = List.of("999999999", "2147483648", "-1", "abc",
			"00000000-0000-0000-0000-000000000000", "a\u0000b");

	@LocalServerPort
	int port;

	@Test
	void everyFormOfEveryRoleWithstandsHostileInput() {
		long start = System.nanoTime();
		FormFuzzer fuzzer = new FormFuzzer(this.port, new FormFuzzer.Values() {

			@Override
			public List<String> of(String type) {
				return switch (type) {
					case "number", "range" -> NUMBER;
					case "date", "time", "datetime-local", "month" -> DATE;
					case "select", "radio", "checkbox", "button" -> CODE;
					case "hidden" -> IDS;
					default -> TEXT;
				};
			}

			@Override
			public List<String> ids() {
				return IDS;
			}

		}, 250);
		fuzzer.verbose = true;
		fuzzer.fuzzAs(null, List.of("/"));
		for (String account : List.of("admin", "palliatif", "casemanagement", "finance", "coordination", "nord")) {
			fuzzer.fuzzAs(account + "@demo.maillage.brussels", List.of("/", "/staff", "/admin"));
		}
		System.out.printf("FormFuzzBenchmark: %d forms, %d requests in %d s, %d failures%n", fuzzer.forms,
				fuzzer.requests, (System.nanoTime() - start) / 1_000_000_000, fuzzer.failures.size());
		System.out.println("Skipped: " + fuzzer.skipped);
		System.out.println("Took 10,000 characters: " + fuzzer.accepted);
		fuzzer.failures.forEach((failure) -> System.out.println("FAIL " + failure));
		assertThat(fuzzer.failures).isEmpty();
	}

}
