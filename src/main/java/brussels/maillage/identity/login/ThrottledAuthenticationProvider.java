package brussels.maillage.identity.login;

import brussels.maillage.identity.CurrentUser;
import brussels.maillage.identity.audit.AuditEntries;
import brussels.maillage.identity.secondfactor.SecondFactors;

import org.springframework.security.authentication.AccountExpiredException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.CredentialsExpiredException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Password login, refused while {@link LoginThrottle} says so, with every attempt counted
 * and audited.
 */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

	private final AuthenticationProvider passwords;

	private final LoginThrottle throttle;

	private final AuditEntries audit;

	private final SecondFactors secondFactors;

	ThrottledAuthenticationProvider(AuthenticationProvider passwords, LoginThrottle throttle, AuditEntries audit,
			SecondFactors secondFactors) {
		this.passwords = passwords;
		this.throttle = throttle;
		this.audit = audit;
		this.secondFactors = secondFactors;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String email = String.valueOf(authentication.getName()).strip();
		String address = (authentication.getDetails() instanceof WebAuthenticationDetails details)
				? details.getRemoteAddress() : null;
		if (this.throttle.isLocked(email, address)) {
			this.audit.recordAs(null, email, "login.throttled", "user", null, null);
			throw new LockedException("Too many failed logins; try again later");
		}
		try {
			Authentication result = this.passwords.authenticate(authentication);
			Long id = (result.getPrincipal() instanceof CurrentUser user) ? user.id() : null;
			if (result.getPrincipal() instanceof CurrentUser user && this.secondFactors.required(user)) {
				// Failures of the second factor count with those of the password: the
				// success is recorded once both are given.
				this.audit.recordAs(id, email, "login.password-accepted", "user", id, "second-factor-next");
			}
			else {
				this.throttle.recordAttempt(email, address, true);
				this.audit.recordAs(id, email, "login.succeeded", "user", id, null);
			}
			return result;
		}
		catch (AuthenticationException ex) {
			this.throttle.recordAttempt(email, address, false);
			this.audit.recordAs(null, email, "login.failed", "user", null, failure(ex));
			if (this.throttle.isLocked(email, address)) {
				this.audit.recordAs(null, email, "login.locked", "user", null, null);
			}
			throw ex;
		}
	}

	/**
	 * Why the password was refused, as the audit log's details code (shown as
	 * {@code audit.detail.<code>}): never the exception's class name.
	 */
	static String failure(AuthenticationException ex) {
		return switch (ex) {
			case BadCredentialsException bad -> "bad-credentials";
			case DisabledException disabled -> "account-disabled";
			case LockedException locked -> "locked";
			case AccountExpiredException expired -> "account-expired";
			case CredentialsExpiredException expired -> "credentials-expired";
			case UsernameNotFoundException unknown -> "unknown-account";
			default -> "login-error";
		};
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

}
