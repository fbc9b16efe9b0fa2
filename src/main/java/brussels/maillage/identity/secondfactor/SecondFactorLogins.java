package brussels.maillage.identity.secondfactor;

import brussels.maillage.identity.CurrentUser;
import brussels.maillage.identity.audit.AuditEntries;

import org.springframework.stereotype.Component;

/**
 * The throttle and the audit log of the step after the password: a refusal while the
 * account or address is locked, a wrong code counted as a failed login, and the sign-in
 * completed.
 */
@Component
class SecondFactorLogins {

	private final SecondFactors.Throttle throttle;

	private final AuditEntries audit;

	SecondFactorLogins(SecondFactors.Throttle throttle, AuditEntries audit) {
		this.throttle = throttle;
		this.audit = audit;
	}

	/** Whether logins are refused for now; a refusal is recorded in the audit log. */
	boolean refusedForNow(CurrentUser user, String remoteAddress) {
		if (!this.throttle.isLocked(user.email(), remoteAddress)) {
			return false;
		}
		this.audit.recordAs(user.id(), user.email(), "login.throttled", "user", user.id(), "second-factor");
		return true;
	}

	/**
	 * Counts a wrong code as a failed login.
	 * @return whether that failure locked the account (recorded in the audit log)
	 */
	boolean failedAndLocked(CurrentUser user, String remoteAddress) {
		this.throttle.recordAttempt(user.email(), remoteAddress, false);
		if (this.throttle.isLocked(user.email(), remoteAddress)) {
			this.audit.recordAs(user.id(), user.email(), "login.locked", "user", user.id(), "second-factor");
			return true;
		}
		return false;
	}

	/** Records a sign-in completed with the second factor {@code how}. */
	void succeeded(CurrentUser user, String remoteAddress, String how) {
		this.throttle.recordAttempt(user.email(), remoteAddress, true);
		this.audit.recordAs(user.id(), user.email(), "login.succeeded", "user", user.id(),
				"password-" + how.replace(' ', '-'));
	}

}
