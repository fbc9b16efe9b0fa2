package brussels.maillage.system.errors;

import java.io.IOException;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.util.unit.DataSize;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * What the API's {@link ApiProblemHandler} answers, for pages and for requests no
 * controller took: a write the database refuses (409 for a duplicate, 422 otherwise) and
 * a multipart body that cannot be read (400, or 413 past the limit) are the sender's
 * problem, shown as the error page in the reader's language (or a problem document under
 * {@code /api/}), never as a 500.
 */
class BadInputResolver implements HandlerExceptionResolver {

	private static final Logger log = LoggerFactory.getLogger(BadInputResolver.class);

	@Override
	public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
			Exception ex) {
		try {
			if (ex instanceof DataIntegrityViolationException refused) {
				log.warn("The database refused a statement in a request to {}: {}", request.getRequestURI(),
						refused.getMostSpecificCause().getMessage());
				Refusal refusal = Refusal.of(refused);
				request.setAttribute(RequestGuardFilter.DETAIL, refusal.detail());
				response.sendError(refusal.status().value());
				return new ModelAndView();
			}
			if (ex instanceof MaxUploadSizeExceededException tooLarge) {
				if (tooLarge.getMaxUploadSize() > 0) {
					request.setAttribute(RequestGuardFilter.LIMIT, DataSize.ofBytes(tooLarge.getMaxUploadSize()));
					request.setAttribute(RequestGuardFilter.DETAIL, "problem.413.limit");
				}
				request.setAttribute(RequestDispatcher.ERROR_EXCEPTION, ex);
				response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
				return new ModelAndView();
			}
			if (ex instanceof MultipartException) {
				request.setAttribute(RequestGuardFilter.DETAIL, "problem.multipart.detail");
				request.setAttribute(RequestDispatcher.ERROR_EXCEPTION, ex);
				response.sendError(HttpServletResponse.SC_BAD_REQUEST);
				return new ModelAndView();
			}
		}
		catch (IOException sendFailed) {
			log.debug("Could not send the error answer", sendFailed);
		}
		return null;
	}

}
