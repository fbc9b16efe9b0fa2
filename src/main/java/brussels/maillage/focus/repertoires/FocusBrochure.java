package brussels.maillage.focus.repertoires;

import java.time.Clock;
import java.util.Locale;

import brussels.maillage.focus.RepertoireView;
import brussels.maillage.system.PdfDocuments;
import org.thymeleaf.context.Context;

import org.springframework.stereotype.Component;

/**
 * Prints a repertoire as an A4 brochure: a cover, the introduction, the sections with
 * each service's name, offer, address, phone and hours, and a footer with the date and
 * the source on every page. The template ({@code templates/focus/brochure.html}) is
 * well-formed XHTML rendered in Thymeleaf's XML mode, as the PDF renderer reads XML.
 */
@Component
class FocusBrochure {

	private final PdfDocuments documents;

	private final FocusProperties properties;

	private final Clock clock;

	FocusBrochure(PdfDocuments documents, FocusProperties properties, Clock clock) {
		this.documents = documents;
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
		return this.documents.xhtml("focus/brochure", context);
	}

	/** The brochure as PDF. */
	byte[] pdf(RepertoireView view, Locale locale, String pageUrl) {
		String xhtml = xhtml(view, locale, pageUrl);
		return this.documents.pdf(xhtml, pageUrl);
	}

}
