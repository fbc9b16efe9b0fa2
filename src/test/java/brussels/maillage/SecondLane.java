package brussels.maillage;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceAccessMode;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.parallel.Resources;

/**
 * A browser class that runs beside the others, on the second lane: one application of its
 * own ({@link OwnApplication}, a demo database of its own) and one Chromium of its own
 * ({@link BrowserExtension} starts one per application), shared by every class of the
 * lane, which run one after another (their lock). The classes of the first thread never
 * see its rows, nor it theirs (docs/testing.md, "Two browser lanes"):
 *
 * <pre class="code">
 * &#64;SecondLane
 * &#64;ExtendWith(BrowserExtension.class)
 * class ReportBrowserTests {
 * </pre>
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@OwnApplication(properties = "maillage.data-dir=${java.io.tmpdir}/maillage-second-lane", keptForTheRun = true)
@Execution(ExecutionMode.CONCURRENT)
@ResourceLock(SecondLane.LOCK)
@ResourceLock(value = Resources.SYSTEM_OUT, mode = ResourceAccessMode.READ)
public @interface SecondLane {

	/** The lock that keeps the lane's classes one after another. */
	String LOCK = "maillage-second-lane";

}
