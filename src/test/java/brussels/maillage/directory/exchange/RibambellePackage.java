package brussels.maillage.directory.exchange;

import brussels.maillage.directory.exchange.importing.HsdsImport;
import brussels.maillage.directory.exchange.importing.ImportOptions;
import brussels.maillage.directory.exchange.importing.ImportReport;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The package {@code src/test/resources/hsds/ribambelle} (written from the HSDS 3.1
 * specification), imported once per test JVM: the test classes that read it share the
 * database, and only the first import adds its services.
 */
final class RibambellePackage {

	private static ImportReport first;

	private RibambellePackage() {
	}

	/** The package's files by name. */
	static Map<String, byte[]> files() throws IOException {
		Map<String, byte[]> files = new LinkedHashMap<>();
		for (Resource resource : new PathMatchingResourcePatternResolver()
			.getResources("classpath:hsds/ribambelle/*")) {
			files.put(resource.getFilename(), resource.getContentAsByteArray());
		}
		return files;
	}

	/** The report of the first import of the package in this JVM. */
	static synchronized ImportReport imported(HsdsImport hsds) throws IOException {
		if (first == null) {
			first = hsds.importPackage(files(), new ImportOptions("en", false, "ribambelle-test", false));
		}
		return first;
	}

}
