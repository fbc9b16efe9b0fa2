package brussels.maillage.governance.syntheses;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.spring6.templateresolver.SpringResourceTemplateResolver;
import org.thymeleaf.templatemode.TemplateMode;

import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Prints a synthesis on one A4 page ({@code templates/governance/synthesis-pdf.html},
 * XHTML in Thymeleaf's XML mode, as the PDF renderer reads XML).
 */
@Component
class SynthesisPdf {

	private final SpringTemplateEngine engine;

	SynthesisPdf(ApplicationContext context, MessageSource messages) {
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

	/**
	 * The synthesis as a one-page PDF in the view's language.
	 * @throws SynthesisRefused when it does not fit one A4 page
	 */
	byte[] pdf(SynthesisView view, String pageUrl) {
		Context context = new Context(Locale.of(view.language()));
		context.setVariable("view", view);
		context.setVariable("pageUrl", pageUrl);
		String xhtml = this.engine.process("governance/synthesis-pdf", context);
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			builder.withHtmlContent(xhtml, pageUrl);
			builder.toStream(out);
			builder.run();
			byte[] pdf = out.toByteArray();
			try (PDDocument document = Loader.loadPDF(pdf)) {
				if (document.getNumberOfPages() > 1) {
					throw new SynthesisRefused("governance.synthesis.error.tooLong");
				}
			}
			return pdf;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
