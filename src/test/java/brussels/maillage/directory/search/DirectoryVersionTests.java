package brussels.maillage.directory.search;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The directory's version as a search reads it (issue 17): on a kept connection, reads
 * shared by searches that ask at the same time, yet every search sees each change
 * committed before it asked (the guarantee that an editor's save is found by the next
 * search on any instance).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DirectoryVersionTests {

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcClient jdbc;

	/** Raises the directory's version, committed when this returns; the new version. */
	private long raise() {
		return this.jdbc.sql("select directory_version_raise_now()").query(Long.class).single();
	}

	@Test
	void readsTheVersionCommittedBeforeEachRead() {
		try (DirectoryVersion version = new DirectoryVersion(this.dataSource)) {
			long before = version.current();
			long raised = raise();
			assertThat(raised).isGreaterThan(before);
			assertThat(version.current()).isGreaterThanOrEqualTo(raised);
			assertThat(version.current()).isGreaterThanOrEqualTo(raised);
		}
	}

	@Test
	void concurrentReadersEachSeeWhatWasCommittedBeforeTheyAsked() throws Exception {
		ExecutorService threads = Executors.newFixedThreadPool(8);
		try (DirectoryVersion version = new DirectoryVersion(this.dataSource)) {
			List<Future<List<String>>> results = new ArrayList<>();
			for (int thread = 0; thread < 8; thread++) {
				boolean raising = thread % 2 == 0;
				results.add(threads.submit(() -> {
					List<String> stale = new ArrayList<>();
					for (int i = 0; i < 60; i++) {
						// Half the readers commit a change right before they ask, the
						// others ask as fast as they can, so that reads overlap.
						long committed = raising ? raise()
								: this.jdbc.sql("select version from directory_version").query(Long.class).single();
						long read = version.current();
						if (read < committed) {
							stale.add("read " + read + " after " + committed + " was committed");
						}
					}
					return stale;
				}));
			}
			for (Future<List<String>> result : results) {
				assertThat(result.get(60, TimeUnit.SECONDS)).isEmpty();
			}
		}
		finally {
			threads.shutdownNow();
		}
	}

	@Test
	void givesItsConnectionBackWhenClosedAndReadsAgainAfter() {
		DirectoryVersion version = new DirectoryVersion(this.dataSource);
		long first = version.current();
		version.close();
		long raised = raise();
		assertThat(raised).isGreaterThan(first);
		assertThat(version.current()).isGreaterThanOrEqualTo(raised);
		version.close();
	}

}
