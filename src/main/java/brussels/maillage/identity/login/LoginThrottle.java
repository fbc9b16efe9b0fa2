package brussels.maillage.identity.login;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import brussels.maillage.identity.secondfactor.SecondFactors;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slows down password guessing: after {@code max-failed-logins} failures in a row for one
 * e-mail address (or ten times as many from one network address), logins are refused for
 * {@code login-lock-minutes}. Attempts are kept in PostgreSQL, so every instance applies
 * the same limit.
 */
@Component
class LoginThrottle implements SecondFactors.Throttle {

	private final JdbcClient jdbc;

	private final int maxFailures;

	private final Duration lock;

	private final Clock clock;

	LoginThrottle(JdbcClient jdbc, @Value("${maillage.identity.max-failed-logins:5}") int maxFailures,
			@Value("${maillage.identity.login-lock-minutes:15}") int lockMinutes, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.maxFailures = maxFailures;
		this.lock = Duration.ofMinutes(lockMinutes);
	}

	/** Whether logins for this address, or from this network address, are refused now. */
	@Override
	@Transactional(readOnly = true)
	public boolean isLocked(String email, String remoteAddress) {
		Instant since = this.clock.instant().minus(this.lock);
		Integer failuresForEmail = this.jdbc.sql("""
				select count(*) from login_attempt
				where lower(email) = lower(:email) and not succeeded and attempted_at > :since
					and attempted_at > coalesce((select max(attempted_at) from login_attempt
						where lower(email) = lower(:email) and succeeded), '-infinity'::timestamptz)""")
			.param("email", email)
			.param("since", java.sql.Timestamp.from(since))
			.query(Integer.class)
			.single();
		if (failuresForEmail >= this.maxFailures) {
			return true;
		}
		if (remoteAddress == null) {
			return false;
		}
		Integer failuresFromAddress = this.jdbc
			.sql("select count(*) from login_attempt where remote_address = ? and not succeeded and attempted_at > ?")
			.params(remoteAddress, java.sql.Timestamp.from(since))
			.query(Integer.class)
			.single();
		return failuresFromAddress >= this.maxFailures * 10;
	}

	/** Counts a login attempt, failed or not. */
	@Override
	@Transactional
	public void recordAttempt(String email, String remoteAddress, boolean succeeded) {
		this.jdbc.sql("insert into login_attempt (email, remote_address, succeeded) values (?, ?, ?)")
			.params((email != null) ? email.strip() : "", remoteAddress, succeeded)
			.update();
	}

	@Scheduled(cron = "0 17 3 * * *", zone = "Europe/Brussels")
	@SchedulerLock(name = "identity.purge-login-attempts")
	@Transactional
	void purgeOldAttempts() {
		this.jdbc.sql("delete from login_attempt where attempted_at < now() - interval '30 days'").update();
	}

}
