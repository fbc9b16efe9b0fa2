package brussels.maillage;

import java.util.Set;
import java.util.TreeSet;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceAccessMode;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.parallel.Resources;
import org.junit.jupiter.api.Test;

import org.springframework.stereotype.Controller;
import org.springframework.validation.Errors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One way to write a form (issue 18): a controller binds the form record, calls the
 * sub-feature's {@code …Checks} and one service, and chooses a view; it does not reject
 * fields itself ({@code Errors.rejectValue} or {@code reject} belong to the checks). The
 * controllers that still do are listed in {@link #NOT_YET_CONVERTED}; each leaves the
 * list when its forms are converted, and none joins it.
 */
@Execution(ExecutionMode.CONCURRENT)
@ResourceLock(value = Resources.SYSTEM_OUT, mode = ResourceAccessMode.READ)
class FormShapeTests {

	/** The controllers that still reject fields themselves, by package and name. */
	static final Set<String> NOT_YET_CONVERTED = Set.of();

	@Test
	void noControllerButTheListedOnesRejectsAFieldItself() {
		JavaClasses classes = ProductionCode.classes();
		Set<String> controllers = new TreeSet<>();
		Set<String> rejecting = new TreeSet<>();
		for (JavaClass type : classes) {
			if (!type.isAnnotatedWith(Controller.class) && !type.isMetaAnnotatedWith(Controller.class)) {
				continue;
			}
			String name = type.getName().substring("brussels.maillage.".length());
			controllers.add(name);
			if (type.getMethodCallsFromSelf().stream().anyMatch(FormShapeTests::rejects)) {
				rejecting.add(name);
			}
		}
		assertThat(controllers).as("controllers found").contains("care.cases.CaseController");
		assertThat(rejecting).as("controllers that reject a field themselves")
			.isEqualTo(new TreeSet<>(NOT_YET_CONVERTED));
	}

	private static boolean rejects(JavaMethodCall call) {
		return call.getTarget().getOwner().isAssignableTo(Errors.class)
				&& (call.getName().equals("rejectValue") || call.getName().equals("reject"));
	}

}
