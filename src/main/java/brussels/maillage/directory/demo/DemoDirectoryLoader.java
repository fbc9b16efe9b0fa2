package brussels.maillage.directory.demo;

import brussels.maillage.directory.DirectoryService;
import brussels.maillage.system.DemoMode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/** Fills an empty directory with the demo directory when demo data is on. */
@Component
class DemoDirectoryLoader implements ApplicationRunner {

	/** Seed of the demo directory: the same services on every machine. */
	static final long SEED = 20260901L;

	/** Number of services in the demo directory. */
	static final int SIZE = 300;

	private static final Logger log = LoggerFactory.getLogger(DemoDirectoryLoader.class);

	private final DemoMode demoMode;

	private final DirectoryService directory;

	DemoDirectoryLoader(DemoMode demoMode, DirectoryService directory) {
		this.demoMode = demoMode;
		this.directory = directory;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!this.demoMode.enabled() || this.directory.countServices() > 0) {
			return;
		}
		DemoDirectoryGenerator.Directory demo = new DemoDirectoryGenerator(SEED).generate(SIZE);
		this.directory.importEntries(demo.organizations(), demo.services(), "demo");
		log.info("Demo directory loaded: {} organisations, {} services", demo.organizations().size(),
				demo.services().size());
	}

}
