package brussels.maillage.identity.secondfactor;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import brussels.maillage.identity.AuditLog;
import brussels.maillage.identity.CurrentUser;
import brussels.maillage.identity.audit.AuditEntries;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Limits the sessions of accounts that can read data about people (ASVS 3.3): signed out
 * after 30 minutes without a request (the session store's idle timeout) and 12 hours
 * after signing in, whatever the activity.
 */
public class SessionLimits extends OncePerRequestFilter {

	static final Duration IDLE_TIMEOUT = Duration.ofMinutes(30);

	static final Duration ABSOLUTE_LIMIT = Duration.ofHours(12);

	/** When the session's account signed in. */
	static final String SIGNED_IN_AT = "maillage.signed-in-at";

	private final AuditEntries audit;

	private final Clock clock;

	public SessionLimits(AuditEntries audit, Clock clock) {
		this.audit = audit;
		this.clock = clock;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		HttpSession session = request.getSession(false);
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (session != null && authentication != null && authentication.getPrincipal() instanceof CurrentUser user
				&& user.roles().stream().anyMatch(SecondFactors.ROLES_NEEDING_A_SECOND_FACTOR::contains)) {
			if (!(session.getAttribute(SIGNED_IN_AT) instanceof Instant signedInAt)) {
				session.setAttribute(SIGNED_IN_AT, this.clock.instant());
				session.setMaxInactiveInterval((int) IDLE_TIMEOUT.toSeconds());
			}
			else if (this.clock.instant().isAfter(signedInAt.plus(ABSOLUTE_LIMIT))) {
				this.audit.recordAs(user.id(), user.email(), "session.expired", "user", user.id(),
						AuditLog.details("absolute-limit", ABSOLUTE_LIMIT.toHours()));
				SecurityContextHolder.clearContext();
				session.invalidate();
				response.sendRedirect(request.getContextPath() + "/login?expired");
				return;
			}
		}
		chain.doFilter(request, response);
	}

}
