package brussels.maillage.identity.login;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import brussels.maillage.identity.Accounts;
import brussels.maillage.identity.CurrentUser;
import brussels.maillage.identity.audit.AuditEntries;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;

/**
 * After an OpenID Connect login, signs in the Maillage account with the same verified
 * e-mail address (accounts are never created from the identity provider: an administrator
 * creates them and sets their roles and teams).
 */
class OidcAccountLink implements AuthenticationSuccessHandler {

	private final Accounts accounts;

	private final AuditEntries audit;

	private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

	OidcAccountLink(Accounts accounts, AuditEntries audit) {
		this.accounts = accounts;
		this.audit = audit;
	}

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws IOException {
		String email = (authentication.getPrincipal() instanceof OidcUser user
				&& !Boolean.FALSE.equals(user.getEmailVerified())) ? user.getEmail() : null;
		var account = (email != null) ? this.accounts.findByEmail(email).filter(CurrentUser::enabled)
				: java.util.Optional.<CurrentUser>empty();
		if (account.isEmpty()) {
			SecurityContextHolder.clearContext();
			request.getSession().invalidate();
			this.audit.recordAs(null, String.valueOf(email), "login.oidc-refused", "user", null, null);
			response.sendRedirect(request.getContextPath() + "/login?oidcUnknown");
			return;
		}
		var signedIn = UsernamePasswordAuthenticationToken.authenticated(account.get(), null,
				account.get().getAuthorities());
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(signedIn);
		SecurityContextHolder.setContext(context);
		this.contexts.saveContext(context, request, response);
		this.audit.recordAs(account.get().id(), account.get().email(), "login.succeeded", "user", account.get().id(),
				"openid-connect");
		response.sendRedirect(request.getContextPath() + "/");
	}

}
