package brussels.maillage;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaType;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceAccessMode;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.parallel.Resources;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a module makes public (issue 18: "package-private by default"; the module root
 * holds only its API). Two rules, for every module:
 * <ul>
 * <li>a type the module <em>exposes</em> (its root package and its named interfaces,
 * which Spring Modulith lets other modules use) is used by another module, or is part of
 * the API of an exposed type that is (a record, an enum or an event in its
 * signatures);</li>
 * <li>a {@code public} type of one of the module's inner packages is used outside its own
 * package (Java has no narrower visibility for a type two sub-packages share); one used
 * only by its own package is package-private.</li>
 * </ul>
 * Other modules cannot use an inner package's public types at all:
 * {@link ModularityTests} verifies that.
 */
@Execution(ExecutionMode.CONCURRENT)
@ResourceLock(value = Resources.SYSTEM_OUT, mode = ResourceAccessMode.READ)
class PublicTypesTests {

	private static final Path SOURCES = Path.of("src", "main", "java");

	private static final ApplicationModules MODULES = ApplicationModules.of(MaillageApplication.class);

	/**
	 * The most top-level public types each module may have; a figure only goes down
	 * (lower it here when a type becomes package-private). {@link #publicTypesPerModule}
	 * prints them split by why they are public. System holds the form constraints several
	 * modules share ({@code system.forms}: TextLength, Filled, OneOf, Matches, IsoDate,
	 * moved there in session 14; FormProblems, from events, in session 17; EmailAddress
	 * and WebAddress, from directory, in session 18). In session 19 the indicators'
	 * definitions went into {@code indicators.definitions} (20 to 16), the territory's
	 * {@code Problem} became package-private (11 to 10), and so did the palliative
	 * {@code Convention} once its tests moved into its package (16 to 15). In session 21
	 * {@code identity} was split by sub-feature (8 to 20): its root kept its API, and the
	 * types its sub-packages share became public ((c)), none of them seen by other
	 * modules. In session 22 the two largest sub-feature packages were split (issue 18):
	 * {@code helpdesk.followups} left {@code helpdesk.requests}, which made the follow-up
	 * service and the requests' lines public (11 to 13); the open-doors call for hosts
	 * and the staff's open-doors pages left {@code events.opendoors} for
	 * {@code opendoors.call} and {@code opendoors.staff}, which made eight of its types
	 * public for them (19 to 27); {@code directory.search} was split by sub-feature
	 * (directory 34 to 59): of its 75 files, 2 types were public, now 27, each used by
	 * another of its packages; no Lucene type leaves {@code directory.search}. The plans'
	 * pages left {@code plans.plan} for {@code plans.editor}, so the objective they name
	 * became public (13 to 14); the {@code focus} root kept its API and its pages, store,
	 * trainings and demo went into sub-packages, so the store, the trainings' service and
	 * the settings that the root's {@code FocusService} uses became public there (8 to
	 * 11); the {@code territory} root kept its API and the service's own helpers, and its
	 * pages and reference data went into sub-packages, so the tables' repository, the
	 * sector index and the reference files' reader that the root's
	 * {@code TerritoryService} uses became public there (10 to 13). Then
	 * {@code directory.exchange} (48 files) was split into its root (export, the import's
	 * pages, jobs and command line), {@code .reading}, {@code .importing}, {@code .store}
	 * and {@code .crosswalk} (directory 59 to 72): 13 of its types, none public before,
	 * are used by another of its packages. In session 23 the follow-ups stopped using the
	 * requests' {@code RequestLines}, which the requests now give them as
	 * {@code FollowUpService.Lines}, and it became package-private (helpdesk 13 to 12);
	 * the staff's open-doors pages take the bassins from {@code OpenDoorsWeekService}
	 * instead of the demo's {@code DemoOpenDoors}, which became package-private (events
	 * 27 to 26). The second factor counts failed codes through
	 * {@code SecondFactors.Throttle}, which {@code identity.login}'s
	 * {@code LoginThrottle} implements, and the throttle became package-private (identity
	 * 20 to 19); the second factor's admin page moved into {@code identity.accounts},
	 * whose {@code AccountService} became package-private (19 to 18). The extension
	 * tables that {@code directory.exchange}'s sub-packages read left the root's
	 * {@code HsdsPackage}, now package-private, for the public {@code HsdsExtensions} of
	 * {@code .reading} (directory stays 72). In session 24 the sub-packages of
	 * {@code directory.search} stopped using each other in both directions by moving
	 * types (the engine's contract into {@code .contract}): {@code engine.HitExplanation}
	 * became package-private and {@code words.TypedEnglish}, through which the words
	 * consult English, is public (directory stays 72). Then
	 * {@code directory.search.words} (38 files) was split by sub-feature into
	 * {@code .words} (the analysers, the words of three languages, the thesaurus),
	 * {@code .intents}, {@code .place} and {@code .query}, which use each other one way
	 * (directory 72 to 77): the French and Dutch words, the thesaurus's gaps, the Dutch
	 * compounds and diminutives and the audiences, package-private before, are used by
	 * the query or the intents from another package; {@code TypedEnglish} went, the query
	 * using {@code english.EnglishReading} directly.
	 */
	static final Map<String, Integer> PUBLIC_TYPES_AT_MOST = Map.ofEntries(Map.entry("care", 25),
			Map.entry("directory", 77), Map.entry("events", 26), Map.entry("focus", 11), Map.entry("governance", 39),
			Map.entry("helpdesk", 12), Map.entry("identity", 18), Map.entry("indicators", 16),
			Map.entry("palliative", 15), Map.entry("plans", 14), Map.entry("prevention", 14), Map.entry("system", 27),
			Map.entry("territory", 13));

	static Stream<String> modules() {
		return MODULES.stream().map((module) -> module.getIdentifier().toString());
	}

	@ParameterizedTest
	@MethodSource("modules")
	void everyExposedTypeIsUsedByAnotherModuleOrIsPartOfTheApiOfOneThatIs(String name) {
		ApplicationModule module = MODULES.getModuleByName(name).orElseThrow();
		Set<JavaClass> exposed = exposed(module);
		Set<JavaClass> needed = usedByOtherModules(module, exposed);
		needed.addAll(apiOf(module, exposed, needed));
		Set<String> unneeded = new TreeSet<>();
		exposed.stream().filter((type) -> !needed.contains(type)).forEach((type) -> unneeded.add(type.getName()));
		System.out.printf("%s exposes %d types, %d used by other modules or in their API%n", name, exposed.size(),
				needed.size());
		assertThat(unneeded).as("types %s exposes that no other module uses, nor the API of one that does", name)
			.isEmpty();
	}

	@Test
	void everyPublicTypeOfAnInnerPackageIsUsedOutsideItsPackage() throws IOException {
		Map<String, String> sources = sources();
		Set<String> needlesslyPublic = new TreeSet<>();
		MODULES.forEach((module) -> {
			Set<JavaClass> exposed = exposed(module);
			module.getBasePackage()
				.stream()
				.filter(PublicTypesTests::isTopLevelPublic)
				.filter((type) -> !exposed.contains(type))
				.filter((type) -> !usedOutsideItsPackage(type, sources))
				.forEach((type) -> needlesslyPublic.add(type.getName()));
		});
		assertThat(needlesslyPublic).as("public types used only inside their own package").isEmpty();
	}

	/**
	 * Every top-level public type of every module, by why it is public: (a) exposed and
	 * used by another module; (b) exposed and part of the API of an (a) type; (c) used by
	 * another package of its own module only (Java has no visibility for a module); (d)
	 * none of these (the two tests above fail on any). No module's total grows.
	 */
	@Test
	void publicTypesPerModule() throws IOException {
		Map<String, String> sources = sources();
		Map<String, Integer> totals = new TreeMap<>();
		System.out.println(
				"| module | public | (a) used by other modules | (b) their API | (c) shared by its packages | (d) other |");
		MODULES.forEach((module) -> {
			Set<JavaClass> exposed = exposed(module);
			Set<JavaClass> used = usedByOtherModules(module, exposed);
			Set<JavaClass> api = apiOf(module, exposed, used);
			Set<String> shared = new TreeSet<>();
			Set<String> other = new TreeSet<>();
			int[] total = { 0 };
			module.getBasePackage().stream().filter(PublicTypesTests::isTopLevelPublic).forEach((type) -> {
				total[0]++;
				if (used.contains(type) || api.contains(type)) {
					return;
				}
				(usedOutsideItsPackage(type, sources) ? shared : other).add(type.getName());
			});
			String name = module.getIdentifier().toString();
			totals.put(name, total[0]);
			System.out.printf("| `%s` | %d | %d | %d | %d | %d |%n", name, total[0], used.size(), api.size(),
					shared.size(), other.size());
			System.out.printf("  %s (c): %s%n  %s (d): %s%n", name, shared, name, other);
		});
		totals.forEach((name, total) -> assertThat(total).as("top-level public types of %s", name)
			.isLessThanOrEqualTo(PUBLIC_TYPES_AT_MOST.get(name)));
	}

	/**
	 * The exposed types the code of other modules depends on, or catches (a caught
	 * exception is no dependency for ArchUnit: a module catching another's refusal, as
	 * {@code directory} and {@code helpdesk} catch the territory's
	 * {@code UnknownPostcodeException}, uses it).
	 */
	private static Set<JavaClass> usedByOtherModules(ApplicationModule module, Set<JavaClass> exposed) {
		Set<JavaClass> caught = caughtOutside(module);
		Set<JavaClass> used = new HashSet<>();
		for (JavaClass type : exposed) {
			if (caught.contains(type) || type.getDirectDependenciesToSelf()
				.stream()
				.anyMatch((dependency) -> !inModule(module, dependency.getOriginClass()))) {
				used.add(type);
			}
		}
		return used;
	}

	/** The exceptions the code of the other modules catches. */
	private static Set<JavaClass> caughtOutside(ApplicationModule module) {
		Set<JavaClass> caught = new HashSet<>();
		MODULES.stream()
			.filter((other) -> !other.equals(module))
			.flatMap((other) -> other.getBasePackage().stream())
			.flatMap((type) -> type.getCodeUnits().stream())
			.flatMap((unit) -> unit.getTryCatchBlocks().stream())
			.forEach((block) -> caught.addAll(block.getCaughtThrowables()));
		return caught;
	}

	/**
	 * The exposed types in the API of the used ones, and of those, but not used types.
	 */
	private static Set<JavaClass> apiOf(ApplicationModule module, Set<JavaClass> exposed, Set<JavaClass> used) {
		Set<JavaClass> api = new HashSet<>();
		Deque<JavaClass> todo = new ArrayDeque<>(used);
		while (!todo.isEmpty()) {
			for (JavaClass part : api(todo.pop(), module)) {
				if (exposed.contains(part) && !used.contains(part) && api.add(part)) {
					todo.add(part);
				}
			}
		}
		return api;
	}

	/**
	 * Whether the main code of another package uses a type: in the bytecode, or in the
	 * sources, where a constant is not yet inlined nor a generic type erased (another
	 * package names a type by its full name, in an import or in the code).
	 */
	private static boolean usedOutsideItsPackage(JavaClass type, Map<String, String> sources) {
		Pattern named = Pattern.compile("\\b" + Pattern.quote(type.getName()) + "\\b");
		return type.getDirectDependenciesToSelf()
			.stream()
			.map((dependency) -> topLevel(dependency.getOriginClass()))
			.anyMatch((origin) -> !origin.getPackageName().equals(type.getPackageName()))
				|| sources.entrySet()
					.stream()
					.filter((source) -> !source.getKey().equals(type.getPackageName()))
					.anyMatch((source) -> named.matcher(source.getValue()).find());
	}

	/** The main sources, by package. */
	private static Map<String, String> sources() throws IOException {
		Map<String, String> sources = new HashMap<>();
		try (Stream<Path> files = Files.walk(SOURCES)) {
			for (Path file : files.filter((file) -> file.toString().endsWith(".java")).toList()) {
				String path = SOURCES.relativize(file.getParent()).toString().replace(File.separatorChar, '.');
				sources.merge(path, Files.readString(file), (one, other) -> one + "\n" + other);
			}
		}
		return sources;
	}

	/** The top-level public types a module lets other modules use. */
	private static Set<JavaClass> exposed(ApplicationModule module) {
		Set<JavaClass> exposed = new HashSet<>();
		module.getBasePackage()
			.stream()
			.filter(PublicTypesTests::isTopLevelPublic)
			.filter(module::isExposed)
			.forEach(exposed::add);
		return exposed;
	}

	private static boolean inModule(ApplicationModule module, JavaClass type) {
		String base = module.getBasePackage().getName();
		return type.getPackageName().equals(base) || type.getPackageName().startsWith(base + ".");
	}

	private static boolean isTopLevelPublic(JavaClass type) {
		return type.isTopLevelClass() && type.getModifiers().contains(JavaModifier.PUBLIC)
				&& !type.getSimpleName().equals("package-info");
	}

	private static JavaClass topLevel(JavaClass type) {
		JavaClass outer = type;
		while (outer.getEnclosingClass().isPresent()) {
			outer = outer.getEnclosingClass().get();
		}
		return outer;
	}

	/**
	 * The types in the public signatures of a type and of its nested types: what a caller
	 * passes and gets back.
	 */
	private static Set<JavaClass> api(JavaClass type, ApplicationModule module) {
		Set<JavaClass> parts = new HashSet<>();
		for (JavaClass current : module.getBasePackage()
			.stream()
			.filter((each) -> topLevel(each).equals(type))
			.toList()) {
			for (JavaCodeUnit unit : current.getCodeUnits()) {
				if (unit.getModifiers().contains(JavaModifier.PUBLIC)) {
					add(parts, unit.getReturnType());
					unit.getParameterTypes().forEach((parameter) -> add(parts, parameter));
					unit.getThrowsClause().getTypes().forEach(parts::add);
				}
			}
			for (JavaField field : current.getFields()) {
				if (field.getModifiers().contains(JavaModifier.PUBLIC)) {
					add(parts, field.getType());
				}
			}
			if (current.isRecord()) {
				current.getFields().forEach((field) -> add(parts, field.getType()));
			}
			current.getAllRawInterfaces().forEach(parts::add);
			current.getRawSuperclass().ifPresent(parts::add);
		}
		Set<JavaClass> topLevel = new HashSet<>();
		parts.forEach((part) -> topLevel.add(topLevel(part)));
		return topLevel;
	}

	private static void add(Set<JavaClass> parts, JavaType type) {
		parts.addAll(type.getAllInvolvedRawTypes());
	}

}
