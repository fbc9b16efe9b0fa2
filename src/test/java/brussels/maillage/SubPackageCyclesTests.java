package brussels.maillage;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceAccessMode;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.parallel.Resources;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No two sub-packages of one module use each other (issue 18: one sub-feature owns its
 * tables and its service, and the other calls it, one way): for every module, every pair
 * of packages below its root, at any depth, where each package's main code depends on the
 * other's. The module root is left out (it holds the API its sub-features implement and
 * use). The pairs that do so today are listed in {@link #KNOWN}, so that a new one fails
 * the test.
 */
@Execution(ExecutionMode.CONCURRENT)
@ResourceLock(value = Resources.SYSTEM_OUT, mode = ResourceAccessMode.READ)
class SubPackageCyclesTests {

	private static final String BASE = "brussels.maillage.";

	/**
	 * The pairs of sub-packages that use each other today, each with why; none joins this
	 * list. A pair that no longer does is printed, to be taken out. None since session
	 * 24: the five pairs of {@code directory.search} went when the types they shared
	 * moved to {@code directory.search.contract}, and the words were split so that the
	 * query reads English and English reads the words
	 * ({@code query -> english -> words}).
	 */
	static final Map<String, String> KNOWN = Map.of();

	@Test
	void noTwoSubPackagesOfAModuleUseEachOther() {
		JavaClasses classes = ProductionCode.classes();
		Map<String, Map<String, Set<String>>> uses = new TreeMap<>();
		for (JavaClass origin : classes) {
			String from = subPackage(origin.getPackageName());
			if (from == null) {
				continue;
			}
			for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
				String to = subPackage(dependency.getTargetClass().getPackageName());
				if (to != null && !to.equals(from) && module(to).equals(module(from))) {
					uses.computeIfAbsent(from, (key) -> new TreeMap<>())
						.computeIfAbsent(to, (key) -> new TreeSet<>())
						.add(origin.getSimpleName() + " -> " + dependency.getTargetClass().getSimpleName());
				}
			}
		}
		Set<String> cycles = new TreeSet<>();
		uses.forEach((from, targets) -> targets.keySet()
			.stream()
			.filter((to) -> from.compareTo(to) < 0 && uses.getOrDefault(to, Map.of()).containsKey(from))
			.forEach((to) -> {
				String pair = from + " <-> " + to;
				cycles.add(pair);
				if (!KNOWN.containsKey(pair)) {
					System.out.printf("%s: %s; %s%n", pair, uses.get(from).get(to), uses.get(to).get(from));
				}
			}));
		KNOWN.keySet()
			.stream()
			.filter((pair) -> !cycles.contains(pair))
			.forEach((pair) -> System.out
				.println("Sub-packages no longer using each other (take out of KNOWN): " + pair));
		assertThat(cycles).as("pairs of sub-packages of one module that use each other").isSubsetOf(KNOWN.keySet());
	}

	/**
	 * The package below {@code brussels.maillage} ({@code directory.exchange.store}), or
	 * {@code null} for a module's root or a class outside the application.
	 */
	private static String subPackage(String packageName) {
		if (!packageName.startsWith(BASE)) {
			return null;
		}
		String name = packageName.substring(BASE.length());
		return name.contains(".") ? name : null;
	}

	private static String module(String subPackage) {
		return subPackage.substring(0, subPackage.indexOf('.'));
	}

}
