package brussels.maillage.directory.demo;

import java.util.List;

import brussels.maillage.directory.RegisterOrganization;
import brussels.maillage.directory.RegisterService;

/**
 * Synthetic directories of any size for benchmarks: the demo generator in its varied mode
 * (more organisation names, branches and description sentences), streamed so that a
 * million services need not fit in memory.
 */
public final class SyntheticDirectory {

	private SyntheticDirectory() {
	}

	/** Receives the directory, each organisation before its services. */
	public interface Sink {

		void organization(RegisterOrganization organization);

		void service(RegisterService service);

	}

	/**
	 * A commune of the generator: NIS code, postcode, bassin and names.
	 *
	 * @param nis NIS code
	 * @param postcode main postcode
	 * @param bassin bassin code
	 * @param fr French name
	 * @param nl Dutch name
	 */
	public record Commune(String nis, String postcode, String bassin, String fr, String nl) {
	}

	/**
	 * Streams {@code count} services (and their organisations) generated from
	 * {@code seed}.
	 */
	public static void generate(long seed, int count, Sink sink) {
		new DemoDirectoryGenerator(seed, true).generate(count, new DemoDirectoryGenerator.Sink() {

			@Override
			public void organization(RegisterOrganization organization) {
				sink.organization(organization);
			}

			@Override
			public void service(RegisterService service) {
				sink.service(service);
			}

		});
	}

	/** The communes the generator places organisations in. */
	public static List<Commune> communes() {
		return DemoWords.COMMUNES.stream()
			.map((c) -> new Commune(c.nis(), c.postcode(), c.bassin(), c.fr(), c.nl()))
			.toList();
	}

}
