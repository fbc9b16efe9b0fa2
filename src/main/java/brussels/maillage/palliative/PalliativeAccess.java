package brussels.maillage.palliative;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import brussels.maillage.identity.AuditLog;
import brussels.maillage.identity.CurrentUser;
import brussels.maillage.system.NavigationItem;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * One gate before every page and API of the platform's records
 * ({@code /staff/palliative/**} and {@code /api/palliative/**}): a person outside the
 * palliative team gets 403 and the attempt goes to the audit log. Only the figures
 * (counts through the disclosure control) are open to other staff and tokens.
 */
@Configuration(proxyBeanMethods = false)
class PalliativeAccess implements WebMvcConfigurer {

	static final String[] OPEN_TO_OTHERS = { "/staff/palliative/figures", "/api/palliative/figures" };

	private final AuditLog audit;

	PalliativeAccess(AuditLog audit) {
		this.audit = audit;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new Gate(this.audit))
			.addPathPatterns("/staff/palliative", "/staff/palliative/**", "/api/palliative/**")
			.excludePathPatterns(OPEN_TO_OTHERS);
	}

	@Bean
	NavigationItem palliativeNavigation() {
		return new NavigationItem("palliative.nav", "/staff/palliative/figures", 530, "STAFF");
	}

	private record Gate(AuditLog audit) implements HandlerInterceptor {

		@Override
		public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
				throws Exception {
			Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
			CurrentUser user = (authentication != null && authentication.getPrincipal() instanceof CurrentUser current)
					? current : null;
			if (PalliativeTeam.isMember(user)) {
				return true;
			}
			this.audit.record("palliative.access.denied", "palliative", null,
					AuditLog.details("access-denied", request.getMethod(), request.getRequestURI()));
			response.sendError(HttpStatus.FORBIDDEN.value());
			return false;
		}

	}

}
