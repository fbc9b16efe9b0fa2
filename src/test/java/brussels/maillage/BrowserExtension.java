package brussels.maillage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * One Chromium for every browser test class of a test run: started by the first class
 * that needs it, reset before each class (no cookie, default window, blank page, empty
 * console log) and quit when the run ends. A class asks for it in a {@code @BeforeAll}
 * method:
 *
 * <pre class="code">
 * &#64;ExtendWith(BrowserExtension.class)
 * class SomeBrowserTests {
 *
 * 	private static ChromeDriver browser;
 *
 * 	&#64;BeforeAll
 * 	static void useBrowser(ChromeDriver shared) {
 * 		browser = shared;
 * 	}
 * </pre>
 *
 * The classes share nothing else through it: what one class leaves in the browser
 * (cookies, window size, phone emulation, console messages) is cleared before the next.
 * The classes of the second lane ({@link SecondLane}), which run beside the others on an
 * application of their own, get a second Chromium, one per application.
 */
public final class BrowserExtension implements BeforeAllCallback, ParameterResolver {

	private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace
		.create(BrowserExtension.class);

	@Override
	public void beforeAll(ExtensionContext context) {
		Chromium.reset(browser(context));
	}

	@Override
	public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
		return parameter.getParameter().getType() == ChromeDriver.class;
	}

	@Override
	public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
		return browser(context);
	}

	/**
	 * The Chromium of the class's application (the default context's, or the one of its
	 * {@link OwnApplication}), kept in the root store so JUnit closes it at the end of
	 * the run; started again if it no longer answers (it crashed in an earlier class).
	 */
	private static ChromeDriver browser(ExtensionContext context) {
		ExtensionContext.Store store = context.getRoot().getStore(NAMESPACE);
		Object key = AnnotationSupport.findAnnotation(context.getRequiredTestClass(), OwnApplication.class)
			.<Object>map((own) -> List.of(own.properties()))
			.orElse(Shared.class);
		Shared shared = store.computeIfAbsent(key, (absent) -> Shared.start(), Shared.class);
		if (!shared.answers()) {
			store.remove(key, Shared.class);
			shared.close();
			shared = store.computeIfAbsent(key, (absent) -> Shared.start(), Shared.class);
		}
		return shared.browser();
	}

	private record Shared(ChromeDriver browser) implements AutoCloseable {

		static Shared start() {
			try {
				return new Shared(Chromium.start());
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

		boolean answers() {
			try {
				this.browser.getWindowHandles();
				return true;
			}
			catch (WebDriverException ex) {
				return false;
			}
		}

		@Override
		public void close() {
			try {
				this.browser.quit();
			}
			catch (WebDriverException ex) {
				// already gone
			}
		}

	}

}
