package brussels.maillage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;

/**
 * The production code as the classes that read it see it, read once per test JVM
 * (docs/testing.md, "The shape of the code, checked"): its classes imported by ArchUnit
 * once, each module a view of them rather than an import of its own, and the main
 * sources' text once. Those classes run beside each other on the second thread, so both
 * are memoised in a thread-safe way (a holder class, a concurrent map).
 * ({@code ApplicationModules.of} keeps its own cache per JVM: {@code ModularityTests} and
 * {@code PublicTypesTests} share one.)
 */
final class ProductionCode {

	private ProductionCode() {
	}

	/** Every main class of {@code brussels.maillage}, the tests left out. */
	static JavaClasses classes() {
		return Imported.CLASSES;
	}

	/**
	 * The main classes of {@code module} and its sub-packages, as
	 * {@code importPackages(module)} would give them.
	 */
	static JavaClasses classesOf(String module) {
		return classes().that(resideInAPackage(module + ".."));
	}

	/**
	 * Per main source file under {@code sources} (named from its path, dots for slashes,
	 * without {@code .java}), a transformation of its text, computed once per file and
	 * JVM for each {@code key}.
	 */
	static <T> Map<String, T> perSourceFile(Path sources, String key, SourceReader<T> reader) {
		@SuppressWarnings("unchecked")
		Map<String, T> read = (Map<String, T>) READ.computeIfAbsent(List.of(sources.toAbsolutePath().normalize(), key),
				(unused) -> readAll(sources, reader));
		return read;
	}

	private static final Map<List<Object>, Map<String, ?>> READ = new ConcurrentHashMap<>();

	private static <T> Map<String, T> readAll(Path sources, SourceReader<T> reader) {
		Map<String, T> read = new TreeMap<>();
		try (Stream<Path> files = Files.walk(sources)) {
			for (Path file : files.filter((path) -> path.toString().endsWith(".java")).toList()) {
				String name = sources.relativize(file).toString().replace(file.getFileSystem().getSeparator(), ".");
				name = name.substring(0, name.length() - ".java".length());
				read.put(name, reader.read(Files.readString(file)));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return Map.copyOf(read);
	}

	/** What is kept of one source file's text. */
	@FunctionalInterface
	interface SourceReader<T> {

		T read(String text);

	}

	/** Imported when first asked for, once: the JVM initialises a class once. */
	private static final class Imported {

		static final JavaClasses CLASSES = new ClassFileImporter()
			.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages("brussels.maillage");

	}

}
