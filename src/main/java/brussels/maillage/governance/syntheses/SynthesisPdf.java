package brussels.maillage.governance.syntheses;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;

import brussels.maillage.system.PdfDocuments;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.thymeleaf.context.Context;

import org.springframework.stereotype.Component;

/**
 * Prints a synthesis on one A4 page ({@code templates/governance/synthesis-pdf.html},
 * XHTML in Thymeleaf's XML mode, as the PDF renderer reads XML).
 */
@Component
class SynthesisPdf {

	private final PdfDocuments documents;

	SynthesisPdf(PdfDocuments documents) {
		this.documents = documents;
	}

	/**
	 * The synthesis as a one-page PDF in the view's language.
	 * @throws SynthesisRefused when it does not fit one A4 page
	 */
	byte[] pdf(SynthesisView view, String pageUrl) {
		Context context = new Context(Locale.of(view.language()));
		context.setVariable("view", view);
		context.setVariable("pageUrl", pageUrl);
		String xhtml = this.documents.xhtml("governance/synthesis-pdf", context);
		byte[] pdf = this.documents.pdf(xhtml, pageUrl);
		try {
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
