package brussels.maillage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;

import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * One real mail server (GreenMail, SMTP and IMAP on free ports of 127.0.0.1) for every
 * test class of a test JVM that needs one: started by the first such class, emptied
 * before each test (no message, no user), stopped when the run ends. The ports are chosen
 * when the JVM first loads this class, so parallel test JVMs never clash, and the SMTP
 * port is published as the system property {@value #SMTP_PORT_PROPERTY} before any Spring
 * context starts, so that classes sending through it can share one context:
 *
 * <pre class="code">
 * &#64;ExtendWith(MailServerExtension.class)
 * &#64;SpringBootTest(webEnvironment = RANDOM_PORT, properties = { MailServerExtension.SMTP_HOST,
 * 		MailServerExtension.SMTP_PORT, MailServerExtension.NO_STARTTLS, ... })
 * class SomeMailTests {
 *
 * 	&#64;Test
 * 	void sends(MailServer mail) { ... mail.received() ... }
 * </pre>
 *
 * A test may {@link MailServer#stop() stop} the server to see how the application copes
 * with it being down, and {@link MailServer#start() start} it again; the next test finds
 * it running either way.
 */
public final class MailServerExtension implements BeforeEachCallback, ParameterResolver {

	/** The system property that holds this JVM's SMTP port. */
	public static final String SMTP_PORT_PROPERTY = "maillage.test.smtp-port";

	/** Spring Boot's mail host: the test mail server. */
	public static final String SMTP_HOST = "spring.mail.host=127.0.0.1";

	/** Spring Boot's mail port: the test mail server's SMTP port. */
	public static final String SMTP_PORT = "spring.mail.port=${" + SMTP_PORT_PROPERTY + "}";

	/** The test mail server speaks plain SMTP. */
	public static final String NO_STARTTLS = "spring.mail.properties.mail.smtp.starttls.enable=false";

	static final int SMTP = freePort();

	static final int IMAP = freePort();

	static {
		System.setProperty(SMTP_PORT_PROPERTY, Integer.toString(SMTP));
	}

	private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace
		.create(MailServerExtension.class);

	@Override
	public void beforeEach(ExtensionContext context) {
		server(context).reset();
	}

	@Override
	public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
		return parameter.getParameter().getType() == MailServer.class;
	}

	@Override
	public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
		return server(context);
	}

	/** The JVM's mail server, kept in the root store so JUnit stops it at the end. */
	private static MailServer server(ExtensionContext context) {
		return context.getRoot()
			.getStore(NAMESPACE)
			.computeIfAbsent(MailServer.class, (key) -> new MailServer(SMTP, IMAP), MailServer.class);
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
