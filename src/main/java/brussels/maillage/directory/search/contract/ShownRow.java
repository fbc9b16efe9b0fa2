package brussels.maillage.directory.search.contract;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import brussels.maillage.system.LocalizedText;

/**
 * What the search page and the HSDS API's list show of a service found, kept in the index
 * with the service (one compact binary value per document), so that a search reads no row
 * from PostgreSQL. Encoded and decoded here, without Lucene types.
 *
 * @param name its names by language
 * @param description its description by language
 * @param organizationId its organisation
 * @param organization its organisation's name
 * @param kind its kind's code
 * @param status its status's code
 * @param cost its cost's code
 * @param languages languages spoken
 * @param areaLevel level of its service area
 * @param address its first public address (by postcode, then street), or {@code null}
 * @param latitude that address's latitude, or {@code null}
 * @param longitude that address's longitude, or {@code null}
 */
public record ShownRow(LocalizedText name, LocalizedText description, UUID organizationId, String organization,
		String kind, String status, String cost, List<String> languages, String areaLevel, String address,
		Double latitude, Double longitude) {

	/** The first byte of an encoded row: raise it when the encoding changes. */
	private static final byte FORMAT = 1;

	public ShownRow {
		languages = List.copyOf(languages);
	}

	/** The row of a service as it is indexed. */
	public static ShownRow of(SearchDocument service) {
		SearchDocument.Shown shown = service.shown();
		return new ShownRow(text(service.names()), text(shown.descriptions()), service.organizationId(),
				service.organization(), service.kind(), service.status(), service.cost(), service.languages(),
				service.areaLevel(), shown.address(), shown.latitude(), shown.longitude());
	}

	private static LocalizedText text(Map<String, String> byLanguage) {
		return new LocalizedText(byLanguage.get("fr"), byLanguage.get("nl"), byLanguage.get("en"));
	}

	/** The row as bytes: lengths as variable-length integers, texts in UTF-8. */
	public byte[] encode() {
		Writer out = new Writer();
		out.bytes[out.length++] = FORMAT;
		for (LocalizedText text : List.of(this.name, this.description)) {
			out.string(text.fr());
			out.string(text.nl());
			out.string(text.en());
		}
		out.number(this.organizationId.getMostSignificantBits());
		out.number(this.organizationId.getLeastSignificantBits());
		out.string(this.organization);
		out.string(this.kind);
		out.string(this.status);
		out.string(this.cost);
		out.string(this.areaLevel);
		out.count(this.languages.size());
		this.languages.forEach(out::string);
		out.string(this.address);
		boolean point = this.latitude != null && this.longitude != null;
		out.count(point ? 1 : 0);
		if (point) {
			out.number(Double.doubleToLongBits(this.latitude));
			out.number(Double.doubleToLongBits(this.longitude));
		}
		return Arrays.copyOf(out.bytes, out.length);
	}

	/**
	 * A row from {@link #encode()}'s bytes, {@code length} of them from {@code offset}.
	 */
	public static ShownRow decode(byte[] bytes, int offset, int length) {
		Reader in = new Reader(bytes, offset);
		if (length == 0 || bytes[in.at++] != FORMAT) {
			throw new IllegalStateException("Search index row of another format: the index must be built again");
		}
		LocalizedText name = new LocalizedText(in.string(), in.string(), in.string());
		LocalizedText description = new LocalizedText(in.string(), in.string(), in.string());
		UUID organizationId = new UUID(in.number(), in.number());
		String organization = in.string();
		String kind = in.string();
		String status = in.string();
		String cost = in.string();
		String areaLevel = in.string();
		int count = in.count();
		List<String> languages = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			languages.add(in.string());
		}
		String address = in.string();
		boolean point = in.count() == 1;
		Double latitude = point ? Double.longBitsToDouble(in.number()) : null;
		Double longitude = point ? Double.longBitsToDouble(in.number()) : null;
		if (in.at != offset + length) {
			throw new IllegalStateException("Search index row of another format: the index must be built again");
		}
		return new ShownRow(name, description, organizationId, organization, kind, status, cost, languages, areaLevel,
				address, latitude, longitude);
	}

	/** Bytes written one after the other into a growing array. */
	private static final class Writer {

		private byte[] bytes = new byte[512];

		private int length;

		private void room(int more) {
			if (this.length + more > this.bytes.length) {
				this.bytes = Arrays.copyOf(this.bytes, Math.max(this.bytes.length * 2, this.length + more));
			}
		}

		/** A count or a length, 7 bits per byte. */
		void count(int value) {
			room(5);
			int rest = value;
			while ((rest & ~0x7F) != 0) {
				this.bytes[this.length++] = (byte) ((rest & 0x7F) | 0x80);
				rest >>>= 7;
			}
			this.bytes[this.length++] = (byte) rest;
		}

		void number(long value) {
			room(8);
			for (int shift = 56; shift >= 0; shift -= 8) {
				this.bytes[this.length++] = (byte) (value >>> shift);
			}
		}

		/** A text as its length plus one (0 for {@code null}) and its UTF-8 bytes. */
		void string(String value) {
			if (value == null) {
				count(0);
				return;
			}
			byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
			count(utf8.length + 1);
			room(utf8.length);
			System.arraycopy(utf8, 0, this.bytes, this.length, utf8.length);
			this.length += utf8.length;
		}

	}

	/** Reads what {@link Writer} wrote. */
	private static final class Reader {

		private final byte[] bytes;

		private int at;

		Reader(byte[] bytes, int at) {
			this.bytes = bytes;
			this.at = at;
		}

		int count() {
			int value = 0;
			for (int shift = 0;; shift += 7) {
				byte next = this.bytes[this.at++];
				value |= (next & 0x7F) << shift;
				if (next >= 0) {
					return value;
				}
			}
		}

		long number() {
			long value = 0;
			for (int i = 0; i < 8; i++) {
				value = (value << 8) | (this.bytes[this.at++] & 0xFF);
			}
			return value;
		}

		String string() {
			int length = count() - 1;
			if (length < 0) {
				return null;
			}
			String value = new String(this.bytes, this.at, length, StandardCharsets.UTF_8);
			this.at += length;
			return value;
		}

	}

}
