package brussels.maillage.identity.secondfactor;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import brussels.maillage.identity.CurrentUser;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Between the password and the second factor, the public pages too lead to the code page:
 * protected pages are refused by the authorization rules (Spring Security's multi-factor
 * support), and this keeps a half-signed-in session from browsing as if it were signed
 * in.
 */
public class SecondFactorGate extends OncePerRequestFilter {

	private static final List<String> OPEN_PREFIXES = List.of(SecondFactorController.PATH, "/logout", "/css/", "/js/",
			"/webjars/", "/favicon.svg");

	private final SecondFactors secondFactors;

	public SecondFactorGate(SecondFactors secondFactors) {
		this.secondFactors = secondFactors;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof CurrentUser user
				&& !SecondFactorController.hasSecondFactor(authentication) && !open(request)
				&& this.secondFactors.required(user)) {
			response.sendRedirect(request.getContextPath() + SecondFactorController.PATH);
			return;
		}
		chain.doFilter(request, response);
	}

	private static boolean open(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return OPEN_PREFIXES.stream().anyMatch(path::startsWith);
	}

}
