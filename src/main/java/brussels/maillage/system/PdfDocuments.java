package brussels.maillage.system;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.spring6.templateresolver.SpringResourceTemplateResolver;
import org.thymeleaf.templatemode.TemplateMode;

import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The printable documents of every module (brochures, syntheses, minutes, statements, the
 * annual report): a template of {@code templates/} filled in Thymeleaf's XML mode (the
 * PDF renderer reads XHTML) with the application's messages, and rendered as PDF by
 * openhtmltopdf. One template engine for all of them.
 */
@Component
public class PdfDocuments {

	private final SpringTemplateEngine engine;

	PdfDocuments(ApplicationContext context, MessageSource messages) {
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
	}

	/** The template (e.g. {@code "focus/brochure"}) filled with the context, as XHTML. */
	public String xhtml(String template, Context context) {
		return this.engine.process(template, context);
	}

	/**
	 * XHTML as a PDF; links, images and style sheets resolve against {@code baseUrl}
	 * ({@code null} when the document has none).
	 */
	public byte[] pdf(String xhtml, String baseUrl) {
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			builder.withHtmlContent(xhtml, baseUrl);
			builder.toStream(out);
			builder.run();
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The template filled with the context, as a PDF. */
	public byte[] pdf(String template, Context context, String baseUrl) {
		return pdf(xhtml(template, context), baseUrl);
	}

}
