package brussels.maillage.system.errors;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.apache.tomcat.util.http.fileupload.impl.SizeException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.multipart.MultipartException;

/**
 * The first look at every request, before security and the controllers: a body larger
 * than its limit is refused with 413 (the limit stated), and query strings and form
 * bodies whose percent-encoding cannot be decoded ({@code %}, {@code %zz},
 * {@code %u0041}, a lone surrogate) or multipart bodies that cannot be read (no boundary)
 * are refused with 400, once here rather than by each endpoint. The answer itself is the
 * error page or problem document of {@link ErrorPageController}.
 */
class RequestGuardFilter extends OncePerRequestFilter {

	/** Request attribute: the limit (a {@link DataSize}) a refused body exceeded. */
	static final String LIMIT = RequestGuardFilter.class.getName() + ".limit";

	/** Request attribute: the message key of the problem's detail. */
	static final String DETAIL = RequestGuardFilter.class.getName() + ".detail";

	private static final Logger log = LoggerFactory.getLogger(RequestGuardFilter.class);

	private final DataSize maxBodySize;

	private final DataSize maxUploadSize;

	/**
	 * @param maxBodySize limit of JSON, text and form bodies
	 * @param maxUploadSize limit of uploads: multipart bodies and binary bodies (a zip)
	 */
	RequestGuardFilter(DataSize maxBodySize, DataSize maxUploadSize) {
		this.maxBodySize = maxBodySize;
		this.maxUploadSize = maxUploadSize;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!acceptableContentType(request.getContentType())) {
			// Neither Spring nor Tomcat can read a body of a wildcard or malformed type.
			response.sendError(HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE);
			return;
		}
		DataSize limit = limitFor(request.getContentType());
		long length = request.getContentLengthLong();
		if (length > limit.toBytes()) {
			refuseTooLarge(request, response, limit);
			return;
		}
		try {
			request.getParameterMap();
		}
		catch (RuntimeException ex) {
			refuseUnreadable(request, response, ex, limit);
			return;
		}
		if (length < 0 && (request.getContentType() == null || !isMultipart(request.getContentType()))) {
			// A body without a declared length is counted while the controller reads it.
			chain.doFilter(new LimitedRequest(request, limit), response);
			return;
		}
		chain.doFilter(request, response);
	}

	private static boolean acceptableContentType(String contentType) {
		if (contentType == null) {
			return true;
		}
		try {
			MediaType type = MediaType.parseMediaType(contentType);
			return !type.isWildcardType() && !type.isWildcardSubtype();
		}
		catch (InvalidMediaTypeException ex) {
			return false;
		}
	}

	private DataSize limitFor(String contentType) {
		if (contentType == null) {
			return this.maxBodySize;
		}
		String type = contentType.toLowerCase(Locale.ROOT);
		boolean textual = type.contains("json") || type.startsWith("text/")
				|| type.startsWith("application/x-www-form-urlencoded") || type.contains("xml");
		return textual ? this.maxBodySize : this.maxUploadSize;
	}

	private static boolean isMultipart(String contentType) {
		return contentType.toLowerCase(Locale.ROOT).startsWith("multipart/");
	}

	private void refuseUnreadable(HttpServletRequest request, HttpServletResponse response, RuntimeException ex,
			DataSize limit) throws IOException, ServletException {
		if (tooLarge(ex)) {
			refuseTooLarge(request, response, limit);
			return;
		}
		log.debug("Refused a request whose parameters cannot be read: {}", ex.getMessage());
		boolean multipart = request.getContentType() != null && isMultipart(request.getContentType());
		if (multipart) {
			// The dispatcher servlet then renders the error without reading the parts
			// again.
			request.setAttribute(RequestDispatcher.ERROR_EXCEPTION, new MultipartException("Unreadable body", ex));
		}
		request.setAttribute(DETAIL, multipart ? "problem.multipart.detail" : "problem.encoding.detail");
		response.sendError(HttpServletResponse.SC_BAD_REQUEST);
	}

	private static boolean tooLarge(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof SizeException) {
				return true;
			}
			if (cause instanceof InvalidParameterException invalid
					&& invalid.getErrorCode() == HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Answers at once, before the body is read: Tomcat reads (swallows) what remains of a
	 * refused body before it completes a deferred answer, so a client that waits for the
	 * answer before sending more would wait in vain. The error page is rendered by a
	 * forward, and the answer ended here.
	 */
	private static void refuseTooLarge(HttpServletRequest request, HttpServletResponse response, DataSize limit)
			throws IOException, ServletException {
		request.setAttribute(LIMIT, limit);
		request.setAttribute(DETAIL, "problem.413.limit");
		request.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
		request.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, request.getRequestURI());
		if (request.getContentType() != null && isMultipart(request.getContentType())) {
			// The dispatcher servlet then renders the error without reading the parts.
			request.setAttribute(RequestDispatcher.ERROR_EXCEPTION, new MultipartException("Body too large"));
		}
		// Tomcat closes the connection after a 413; without a "Connection: close" of ours
		// the answer is chunked, so that the client knows where it ends without waiting
		// for the connection to close.
		response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
		request.getRequestDispatcher("/error").forward(request, response);
		try {
			response.getOutputStream().close();
		}
		catch (IllegalStateException writerUsed) {
			response.getWriter().close();
		}
	}

	/** Raised while reading a body of undeclared length that passes its limit. */
	static final class BodyTooLargeException extends IOException {

		private final DataSize limit;

		BodyTooLargeException(DataSize limit) {
			super("The request body is larger than " + limit);
			this.limit = limit;
		}

		DataSize limit() {
			return this.limit;
		}

	}

	private static final class LimitedRequest extends HttpServletRequestWrapper {

		private final DataSize limit;

		private ServletInputStream stream;

		LimitedRequest(HttpServletRequest request, DataSize limit) {
			super(request);
			this.limit = limit;
		}

		@Override
		public ServletInputStream getInputStream() throws IOException {
			if (this.stream == null) {
				this.stream = new LimitedStream(super.getInputStream(), this.limit);
			}
			return this.stream;
		}

		@Override
		public java.io.BufferedReader getReader() throws IOException {
			String encoding = (getCharacterEncoding() != null) ? getCharacterEncoding() : "UTF-8";
			return new java.io.BufferedReader(new java.io.InputStreamReader(getInputStream(), encoding));
		}

	}

	private static final class LimitedStream extends ServletInputStream {

		private final ServletInputStream in;

		private final DataSize limit;

		private long read;

		LimitedStream(ServletInputStream in, DataSize limit) {
			this.in = in;
			this.limit = limit;
		}

		@Override
		public int read() throws IOException {
			int value = this.in.read();
			if (value >= 0) {
				count(1);
			}
			return value;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int count = this.in.read(buffer, offset, length);
			if (count > 0) {
				count(count);
			}
			return count;
		}

		private void count(int bytes) throws BodyTooLargeException {
			this.read += bytes;
			if (this.read > this.limit.toBytes()) {
				throw new BodyTooLargeException(this.limit);
			}
		}

		@Override
		public boolean isFinished() {
			return this.in.isFinished();
		}

		@Override
		public boolean isReady() {
			return this.in.isReady();
		}

		@Override
		public void setReadListener(ReadListener listener) {
			this.in.setReadListener(listener);
		}

	}

}
