package brussels.maillage.focus;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.Locale;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.spring6.templateresolver.SpringResourceTemplateResolver;
import org.thymeleaf.templatemode.TemplateMode;

import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Prints a repertoire as an A4 brochure: a cover, the introduction, the sections with
 * each service's name, offer, address, phone and hours, and a footer with the date and
 * the source on every page. The template ({@code templates/focus/brochure.html}) is
 * well-formed XHTML rendered in Thymeleaf's XML mode, as the PDF renderer reads XML.
 */
@Component
class FocusBrochure {

	private final SpringTemplateEngine engine;

	private final FocusProperties properties;

	private final Clock clock;

	FocusBrochure(ApplicationContext context, MessageSource messages, FocusProperties properties, Clock clock) {
		SpringResourceTemplateResolver resolver = new SpringResourceTemplateResolver();
		resolver.setApplicationContext(context);
		resolver.setPrefix("classpath:/templates/");
		resolver.setSuffix(".html");
		resolver.setTemplateMode(TemplateMode.XML);
		resolver.setCharacterEncoding("UTF-8");
		resolver.setCacheable(true);
		this.engine = new SpringTemplateEngine();
		this.engine.setTemplateResolver(resolver);
		this.engine.setTemplateEngineMessageSource(messages);
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * The brochure's XHTML, in {@code locale}; {@code pageUrl} is printed as the online
	 * version.
	 */
	String xhtml(RepertoireView view, Locale locale, String pageUrl) {
		Context context = new Context(locale);
		context.setVariable("view", view);
		context.setVariable("repertoire", view.repertoire());
		context.setVariable("text", new FocusText(locale));
		context.setVariable("printedOn", new FocusText(locale).date(this.clock.instant()));
		context.setVariable("source", this.properties.source());
		context.setVariable("pageUrl", pageUrl);
		// The site's address (the page's without /focus/...), for links to the agenda.
		int focus = pageUrl.indexOf("/focus/");
		context.setVariable("siteUrl", (focus >= 0) ? pageUrl.substring(0, focus) : "");
		return this.engine.process("focus/brochure", context);
	}

	/** The brochure as PDF. */
	byte[] pdf(RepertoireView view, Locale locale, String pageUrl) {
		String xhtml = xhtml(view, locale, pageUrl);
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			builder.withHtmlContent(xhtml, pageUrl);
			builder.toStream(out);
			builder.run();
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
