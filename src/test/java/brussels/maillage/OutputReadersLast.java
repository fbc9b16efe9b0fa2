package brussels.maillage;

import java.util.Comparator;

import org.junit.jupiter.api.ClassDescriptor;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.ClassOrdererContext;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.parallel.ResourceAccessMode;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.parallel.Resources;

/**
 * Orders first the classes with an {@link Order} below the default, by its value
 * ({@code VisibleTextTests} reads the shared demo as it loads, before any class writes to
 * it), and after all the others those above it ({@code ApiFuzzTests}, whose writes no
 * class reads then). Runs last, among the others, the classes that take the output for
 * themselves ({@code @ResourceLock(Resources.SYSTEM_OUT)}, such as {@code HealthTests}),
 * the others keeping their order: such a class waits for the classes running beside the
 * others to end, and at the end of the run it waits least (docs/testing.md). Just before
 * them come the classes beside the others that wait for the second lane's classes (they
 * take its lock without being {@link SecondLane} classes): they queue for the lock after
 * the lane's classes, so that they run in the run's second half, where the one-at-a-time
 * thread runs alone; the class that starts the packaged jar ({@code *IT}, in a run of the
 * whole suite) last of all.
 */
public final class OutputReadersLast implements ClassOrderer {

	@Override
	public void orderClasses(ClassOrdererContext context) {
		context.getClassDescriptors()
			.sort(Comparator.comparingInt(OutputReadersLast::order)
				.thenComparing(OutputReadersLast::takesTheOutput)
				.thenComparing(OutputReadersLast::waitsForTheLane)
				.thenComparing((test) -> test.getTestClass().getSimpleName().endsWith("IT")));
	}

	private static boolean waitsForTheLane(ClassDescriptor test) {
		return test.findAnnotation(SecondLane.class).isEmpty() && test.findRepeatableAnnotations(ResourceLock.class)
			.stream()
			.anyMatch((lock) -> lock.value().equals(SecondLane.LOCK));
	}

	private static int order(ClassDescriptor test) {
		return test.findAnnotation(Order.class).map(Order::value).orElse(Order.DEFAULT);
	}

	private static boolean takesTheOutput(ClassDescriptor test) {
		return test.findRepeatableAnnotations(ResourceLock.class)
			.stream()
			.anyMatch((lock) -> lock.value().equals(Resources.SYSTEM_OUT)
					&& lock.mode() == ResourceAccessMode.READ_WRITE);
	}

}
