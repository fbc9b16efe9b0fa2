package brussels.maillage.identity.secondfactor;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import brussels.maillage.identity.AuditLog;
import brussels.maillage.identity.CurrentUser;
import brussels.maillage.identity.Role;
import brussels.maillage.identity.audit.AuditEntries;
import brussels.maillage.system.DemoMode;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The second factor of accounts that can read data about people: a TOTP secret (RFC 6238)
 * and ten single-use recovery codes. A code is accepted for the current 30-second step
 * and one step either side, and never twice (the last step used is kept).
 */
@Service
@Transactional(readOnly = true)
public class SecondFactors {

	/** Where the step after the password is: the code page, and the enrolment. */
	public static final String PATH = "/login/second-factor";

	/** The authority a session gets once the code has been given. */
	public static final String TOTP_AUTHORITY = "FACTOR_TOTP";

	/**
	 * Roles that can read data about people (helpdesk requests and more): a second
	 * factor.
	 */
	static final Set<Role> ROLES_NEEDING_A_SECOND_FACTOR = EnumSet.of(Role.STAFF, Role.COORDINATOR, Role.ADMIN);

	static final int RECOVERY_CODES = 10;

	private static final String RECOVERY_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

	private static final SecureRandom random = new SecureRandom();

	private final JdbcClient jdbc;

	private final DemoMode demoMode;

	private final AuditEntries audit;

	private final Clock clock;

	SecondFactors(JdbcClient jdbc, DemoMode demoMode, AuditEntries audit, Clock clock) {
		this.clock = clock;
		this.jdbc = jdbc;
		this.demoMode = demoMode;
		this.audit = audit;
	}

	/**
	 * Whether this user must give a second factor: every role that can read data about
	 * people, except demo accounts while demo data is on (so a newcomer can try each
	 * role).
	 */
	public boolean required(CurrentUser user) {
		boolean readsPeople = user.roles().stream().anyMatch(ROLES_NEEDING_A_SECOND_FACTOR::contains);
		return readsPeople && !(user.demo() && this.demoMode.enabled());
	}

	boolean enrolled(long userId) {
		return this.jdbc.sql("select exists (select 1 from second_factor where user_id = ?)")
			.param(userId)
			.query(Boolean.class)
			.single();
	}

	/** A new secret to show for enrolment, in Base32. */
	String newSecret() {
		return Totp.base32(Totp.newSecret());
	}

	/**
	 * Enrols {@code base32Secret} if {@code code} is right for it now; returns the new
	 * recovery codes (shown once, kept hashed), or empty when the code is wrong.
	 */
	@Transactional
	Optional<List<String>> enrol(CurrentUser user, String base32Secret, String code) {
		Optional<Long> step = matchingStep(Totp.fromBase32(base32Secret), normalizedCode(code), null);
		if (step.isEmpty()) {
			this.audit.recordAs(user.id(), user.email(), "second-factor.enrolment-failed", "user", user.id(), null);
			return Optional.empty();
		}
		this.jdbc.sql("""
				insert into second_factor (user_id, totp_secret, last_used_step) values (?, ?, ?)
				on conflict (user_id) do update set totp_secret = excluded.totp_secret,
					last_used_step = excluded.last_used_step, enrolled_at = now()""")
			.params(user.id(), base32Secret, step.get())
			.update();
		List<String> codes = replaceRecoveryCodes(user.id());
		this.audit.recordAs(user.id(), user.email(), "second-factor.enrolled", "user", user.id(), "totp");
		return Optional.of(codes);
	}

	/** Whether {@code code} is a valid TOTP code of this user now, not used before. */
	@Transactional
	boolean verify(CurrentUser user, String code) {
		record Enrolled(String totpSecret, Long lastUsedStep) {
		}
		Optional<Enrolled> enrolled = this.jdbc
			.sql("select totp_secret, last_used_step from second_factor where user_id = ? for update")
			.param(user.id())
			.query(Enrolled.class)
			.optional();
		Optional<Long> step = enrolled.flatMap((factor) -> matchingStep(Totp.fromBase32(factor.totpSecret()),
				normalizedCode(code), factor.lastUsedStep()));
		if (step.isEmpty()) {
			this.audit.recordAs(user.id(), user.email(), "second-factor.failed", "user", user.id(), "totp");
			return false;
		}
		this.jdbc.sql("update second_factor set last_used_step = ? where user_id = ?")
			.params(step.get(), user.id())
			.update();
		this.audit.recordAs(user.id(), user.email(), "second-factor.succeeded", "user", user.id(), "totp");
		return true;
	}

	/** Whether {@code code} is an unused recovery code of this user; it is used up. */
	@Transactional
	boolean useRecoveryCode(CurrentUser user, String code) {
		String typed = normalizedRecoveryCode(code);
		record Stored(long id, String salt, String codeHash) {
		}
		List<Stored> unused = this.jdbc
			.sql("select id, salt, code_hash from recovery_code where user_id = ? and used_at is null for update")
			.param(user.id())
			.query(Stored.class)
			.list();
		for (Stored stored : unused) {
			if (MessageDigest.isEqual(hash(stored.salt(), typed).getBytes(StandardCharsets.US_ASCII),
					stored.codeHash().getBytes(StandardCharsets.US_ASCII))) {
				this.jdbc.sql("update recovery_code set used_at = now() where id = ?").param(stored.id()).update();
				this.audit.recordAs(user.id(), user.email(), "second-factor.recovery-code-used", "user", user.id(),
						AuditLog.details("recovery-codes-left", unused.size() - 1));
				return true;
			}
		}
		this.audit.recordAs(user.id(), user.email(), "second-factor.failed", "user", user.id(), "recovery-code");
		return false;
	}

	/** New recovery codes in place of the old ones (all of them); shown once. */
	@Transactional
	public List<String> renewRecoveryCodes(CurrentUser user) {
		List<String> codes = replaceRecoveryCodes(user.id());
		this.audit.recordAs(user.id(), user.email(), "second-factor.recovery-codes-renewed", "user", user.id(), null);
		return codes;
	}

	/** The account's enrolment, if it has enrolled. */
	public Optional<Enrolment> enrolment(long userId) {
		return Optional.ofNullable(enrolments().get(userId));
	}

	int recoveryCodesLeft(long userId) {
		return this.jdbc.sql("select count(*) from recovery_code where user_id = ? and used_at is null")
			.param(userId)
			.query(Integer.class)
			.single();
	}

	/** Removes an account's second factor: it enrols again at its next sign-in. */
	@Transactional
	public boolean reset(long userId) {
		this.jdbc.sql("delete from recovery_code where user_id = ?").param(userId).update();
		boolean removed = this.jdbc.sql("delete from second_factor where user_id = ?").param(userId).update() == 1;
		this.audit.record("second-factor.reset", "user", userId, removed ? null : "not-enrolled");
		return removed;
	}

	/** When each enrolled account enrolled, and how many recovery codes it has left. */
	public Map<Long, Enrolment> enrolments() {
		return this.jdbc
			.sql("""
					select f.user_id, f.enrolled_at,
						(select count(*) from recovery_code r where r.user_id = f.user_id and r.used_at is null) as codes_left
					from second_factor f""")
			.query(Enrolment.class)
			.list()
			.stream()
			.collect(Collectors.toMap(Enrolment::userId, (enrolment) -> enrolment));
	}

	private List<String> replaceRecoveryCodes(long userId) {
		this.jdbc.sql("delete from recovery_code where user_id = ?").param(userId).update();
		List<String> codes = new ArrayList<>();
		for (int i = 0; i < RECOVERY_CODES; i++) {
			StringBuilder code = new StringBuilder();
			for (int c = 0; c < 10; c++) {
				code.append(RECOVERY_ALPHABET.charAt(random.nextInt(RECOVERY_ALPHABET.length())));
			}
			byte[] saltBytes = new byte[16];
			random.nextBytes(saltBytes);
			String salt = HexFormat.of().formatHex(saltBytes);
			this.jdbc.sql("insert into recovery_code (user_id, salt, code_hash) values (?, ?, ?)")
				.params(userId, salt, hash(salt, code.toString()))
				.update();
			codes.add(code.substring(0, 5) + "-" + code.substring(5));
		}
		return codes;
	}

	private Optional<Long> matchingStep(byte[] secret, String code, Long lastUsedStep) {
		if (code.length() != Totp.DIGITS) {
			return Optional.empty();
		}
		long now = Totp.step(this.clock.instant());
		for (long step = now - 1; step <= now + 1; step++) {
			boolean fresh = lastUsedStep == null || step > lastUsedStep;
			if (fresh && MessageDigest.isEqual(Totp.code(secret, step).getBytes(StandardCharsets.US_ASCII),
					code.getBytes(StandardCharsets.US_ASCII))) {
				return Optional.of(step);
			}
		}
		return Optional.empty();
	}

	private static String normalizedCode(String code) {
		return (code != null) ? code.replaceAll("[\\s-]", "") : "";
	}

	private static String normalizedRecoveryCode(String code) {
		return (code != null) ? code.replaceAll("[\\s-]", "").toLowerCase(Locale.ROOT) : "";
	}

	private static String hash(String salt, String code) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			return HexFormat.of().formatHex(digest.digest((salt + ":" + code).getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * An account's enrolment.
	 *
	 * @param userId the account
	 * @param enrolledAt when it enrolled
	 * @param codesLeft recovery codes not used yet
	 */
	public record Enrolment(long userId, Instant enrolledAt, int codesLeft) {
	}

	/**
	 * The throttle of failed logins as the step after the password counts them: a wrong
	 * code is a failed login. {@code identity.login}'s throttle implements it.
	 */
	public interface Throttle {

		/**
		 * Whether logins for this address, or from this network address, are refused now.
		 */
		boolean isLocked(String email, String remoteAddress);

		/** Counts a login attempt, failed or not. */
		void recordAttempt(String email, String remoteAddress, boolean succeeded);

	}

}
