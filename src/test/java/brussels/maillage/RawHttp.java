package brussels.maillage;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 over a plain socket, the request line and headers written exactly as given:
 * for what {@code java.net.http} refuses to send (a malformed percent-encoding in the
 * address, a declared length larger than the body). One connection per request.
 */
public final class RawHttp {

	private final int port;

	public RawHttp(int port) {
		this.port = port;
	}

	/**
	 * Sends a request; {@code headers} are written as given (a {@code Content-Length} is
	 * added for a body unless one is among them).
	 */
	public Answer send(String method, String target, Map<String, String> headers, byte[] body) throws IOException {
		StringBuilder head = new StringBuilder(method).append(' ').append(target).append(" HTTP/1.1\r\n");
		head.append("Host: localhost:").append(this.port).append("\r\nConnection: close\r\n");
		boolean length = false;
		for (Map.Entry<String, String> header : headers.entrySet()) {
			head.append(header.getKey()).append(": ").append(header.getValue()).append("\r\n");
			length |= header.getKey().equalsIgnoreCase("Content-Length");
		}
		if (body != null && !length) {
			head.append("Content-Length: ").append(body.length).append("\r\n");
		}
		head.append("\r\n");
		try (Socket socket = new Socket("localhost", this.port)) {
			socket.setSoTimeout(30_000);
			OutputStream out = socket.getOutputStream();
			try {
				out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
				if (body != null) {
					out.write(body);
				}
				out.flush();
			}
			catch (IOException ex) {
				// The server may answer and close before the whole body is sent (413).
			}
			return Answer.read(new BufferedInputStream(socket.getInputStream()));
		}
	}

	/** Convenience for a text body in UTF-8. */
	public Answer send(String method, String target, Map<String, String> headers, String body) throws IOException {
		return send(method, target, headers, (body != null) ? body.getBytes(StandardCharsets.UTF_8) : null);
	}

	/**
	 * An answer: its status, {@code Content-Type} (null without one) and body (decoded
	 * from chunks).
	 */
	public record Answer(int status, String contentType, String body) {

		static Answer read(InputStream in) throws IOException {
			String statusLine = line(in);
			if (!statusLine.startsWith("HTTP/1.1 ")) {
				throw new IOException("not an HTTP answer: " + statusLine);
			}
			int status = Integer.parseInt(statusLine.substring(9, 12));
			String contentType = null;
			long length = -1;
			boolean chunked = false;
			for (String header = line(in); !header.isEmpty(); header = line(in)) {
				String name = header.substring(0, Math.max(0, header.indexOf(':'))).strip().toLowerCase(Locale.ROOT);
				String value = header.substring(header.indexOf(':') + 1).strip();
				switch (name) {
					case "content-type" -> contentType = value;
					case "content-length" -> length = Long.parseLong(value);
					case "transfer-encoding" -> chunked = value.toLowerCase(Locale.ROOT).contains("chunked");
					default -> {
					}
				}
			}
			ByteArrayOutputStream body = new ByteArrayOutputStream();
			if (chunked) {
				for (int size = chunkSize(line(in)); size > 0; size = chunkSize(line(in))) {
					body.write(in.readNBytes(size));
					line(in);
				}
			}
			else if (length >= 0) {
				body.write(in.readNBytes((int) length));
			}
			else {
				body.write(in.readAllBytes());
			}
			return new Answer(status, contentType, body.toString(StandardCharsets.UTF_8));
		}

		private static int chunkSize(String line) {
			String size = line.contains(";") ? line.substring(0, line.indexOf(';')) : line;
			return size.isBlank() ? 0 : Integer.parseInt(size.strip(), 16);
		}

		private static String line(InputStream in) throws IOException {
			StringBuilder line = new StringBuilder();
			for (int c = in.read(); c >= 0; c = in.read()) {
				if (c == '\n') {
					break;
				}
				if (c != '\r') {
					line.append((char) c);
				}
			}
			return line.toString();
		}

	}

}
