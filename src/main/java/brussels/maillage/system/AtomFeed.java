package brussels.maillage.system;

import java.io.StringWriter;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * An Atom 1.0 feed (RFC 4287), written by hand: the few elements the feeds of prevention,
 * publications and governance syntheses need.
 *
 * @param id the feed's permanent id (its address)
 * @param title the feed's title
 * @param language the language of its texts ({@code fr}, {@code nl}, {@code en})
 * @param self the feed's own address
 * @param alternate the page it follows
 * @param updated the last change of an entry, or when there is none, any fixed instant
 * @param entries its entries, newest first
 */
public record AtomFeed(String id, String title, String language, String self, String alternate, Instant updated,
		List<Entry> entries) {

	/** The content type of an Atom feed. */
	public static final String CONTENT_TYPE = "application/atom+xml;charset=UTF-8";

	private static final String ATOM = "http://www.w3.org/2005/Atom";

	public AtomFeed {
		entries = List.copyOf(entries);
	}

	/**
	 * One entry.
	 *
	 * @param id its permanent id ({@code urn:uuid:...})
	 * @param title its title
	 * @param link the page it announces
	 * @param updated its last change
	 * @param published when it was first published, or {@code null}
	 * @param summary a short text, or {@code null}
	 */
	public record Entry(String id, String title, String link, Instant updated, Instant published, String summary) {
	}

	/** The feed as XML. */
	public String xml() {
		StringWriter out = new StringWriter();
		try {
			XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
			xml.writeStartDocument("UTF-8", "1.0");
			xml.writeStartElement("feed");
			xml.writeDefaultNamespace(ATOM);
			xml.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", "lang", this.language);
			text(xml, "id", this.id);
			text(xml, "title", this.title);
			text(xml, "updated", time(this.updated));
			link(xml, "self", this.self, "application/atom+xml");
			link(xml, "alternate", this.alternate, "text/html");
			xml.writeStartElement("author");
			text(xml, "name", "Maillage");
			xml.writeEndElement();
			for (Entry entry : this.entries) {
				xml.writeStartElement("entry");
				text(xml, "id", entry.id());
				text(xml, "title", entry.title());
				link(xml, "alternate", entry.link(), "text/html");
				text(xml, "updated", time(entry.updated()));
				if (entry.published() != null) {
					text(xml, "published", time(entry.published()));
				}
				if (entry.summary() != null && !entry.summary().isBlank()) {
					text(xml, "summary", entry.summary());
				}
				xml.writeEndElement();
			}
			xml.writeEndElement();
			xml.writeEndDocument();
			xml.close();
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException(ex);
		}
		return out.toString();
	}

	private static void text(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
		xml.writeStartElement(name);
		xml.writeCharacters(clean(value));
		xml.writeEndElement();
	}

	private static void link(XMLStreamWriter xml, String rel, String href, String type) throws XMLStreamException {
		xml.writeEmptyElement("link");
		xml.writeAttribute("rel", rel);
		xml.writeAttribute("type", type);
		xml.writeAttribute("href", href);
	}

	private static String time(Instant instant) {
		return DateTimeFormatter.ISO_INSTANT.format(instant);
	}

	/** Leaves out the characters XML 1.0 cannot hold. */
	private static String clean(String value) {
		return (value == null) ? ""
				: value.replaceAll("[^\\x09\\x0A\\x0D\\x20-\\uD7FF\\uE000-\\uFFFD\\x{10000}-\\x{10FFFF}]", "");
	}

}
