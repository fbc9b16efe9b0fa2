package brussels.maillage.identity.tokens;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import brussels.maillage.identity.Accounts;
import brussels.maillage.identity.AuditLog;
import brussels.maillage.identity.CurrentUser;
import brussels.maillage.identity.audit.AuditEntries;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal access tokens for scripts and partner systems calling {@code /api/**}. The
 * secret is shown once at creation; only its SHA-256 hash is stored. A token carries its
 * owner's rights, and stops working when revoked, expired, or when the owner is disabled.
 */
@Component
public class AccessTokens {

	static final String PREFIX = "mlg_";

	private static final SecureRandom random = new SecureRandom();

	private final JdbcClient jdbc;

	private final Accounts accounts;

	private final AuditEntries audit;

	private final Clock clock;

	AccessTokens(JdbcClient jdbc, Accounts accounts, AuditEntries audit, Clock clock) {
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Creates a token for {@code userId} and returns its secret, which is never stored.
	 */
	@Transactional
	public String create(long userId, String name, Instant expiresAt) {
		byte[] bytes = new byte[32];
		random.nextBytes(bytes);
		String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		store(userId, name, secret, expiresAt);
		return secret;
	}

	/**
	 * A person creates a token of their own on their account page, valid for {@code days}
	 * days from now (none or 0: until withdrawn): created as by {@link #create} and
	 * recorded in the audit log.
	 */
	@Transactional
	public String issue(long userId, String name, Integer days) {
		Instant expiresAt = (days != null && days > 0) ? this.clock.instant().plus(days, ChronoUnit.DAYS) : null;
		String secret = create(userId, name, expiresAt);
		this.audit.record("token.created", "user", userId, name);
		return secret;
	}

	/**
	 * Stores a secret chosen elsewhere (the deployment token), unless it is already
	 * known.
	 */
	@Transactional
	public void storeIfAbsent(long userId, String name, String secret) {
		boolean known = this.jdbc.sql("select exists (select 1 from access_token where token_hash = ?)")
			.param(hash(secret))
			.query(Boolean.class)
			.single();
		if (!known) {
			store(userId, name, secret, null);
		}
	}

	private void store(long userId, String name, String secret, Instant expiresAt) {
		this.jdbc.sql("""
				insert into access_token (user_id, name, token_hash, token_prefix, expires_at)
				values (?, ?, ?, ?, ?)""")
			.params(userId, name, hash(secret), secret.substring(0, Math.min(secret.length(), 10)),
					(expiresAt != null) ? java.sql.Timestamp.from(expiresAt) : null)
			.update();
	}

	/**
	 * The user a secret belongs to, if the token is valid now. A refused token is
	 * audited, and so is the use of a token (once an hour per token, not at every call).
	 */
	@Transactional
	Optional<CurrentUser> authenticate(String secret) {
		if (secret == null || secret.isBlank() || secret.length() > 200) {
			refused(secret);
			return Optional.empty();
		}
		record Use(long id, long userId, boolean audit) {
		}
		Optional<Use> use = this.jdbc.sql("""
				update access_token t set last_used_at = now()
				from (select id, last_used_at as previous from access_token
					where token_hash = ? and revoked_at is null and (expires_at is null or expires_at > now())
					for update) p
				where t.id = p.id
				returning t.id, t.user_id, (p.previous is null or p.previous < now() - interval '1 hour') as audit""")
			.param(hash(secret.strip()))
			.query(Use.class)
			.optional();
		Optional<CurrentUser> user = use.flatMap((used) -> this.accounts.findCurrentUser(used.userId()))
			.filter(CurrentUser::enabled);
		if (user.isEmpty()) {
			refused(secret);
		}
		else if (use.get().audit()) {
			this.audit.recordAs(user.get().id(), user.get().email(), "token.used", "user", user.get().id(),
					AuditLog.details("token", use.get().id()));
		}
		return user;
	}

	private void refused(String secret) {
		String start = (secret == null) ? "" : secret.strip().substring(0, Math.min(secret.strip().length(), 8));
		this.audit.recordAs(null, "unknown", "token.refused", "token", null,
				AuditLog.details("token-starts-with", start));
	}

	/** The tokens of {@code userId}, newest first, without their secrets. */
	@Transactional(readOnly = true)
	public List<TokenSummary> forUser(long userId) {
		return this.jdbc.sql("""
				select id, name, token_prefix, created_at, expires_at, last_used_at, revoked_at,
					revoked_at is null and (expires_at is null or expires_at > now()) as active
				from access_token where user_id = ? order by created_at desc""")
			.param(userId)
			.query(TokenSummary.class)
			.list();
	}

	/** Revokes a token of {@code userId}; returns whether one was revoked. */
	@Transactional
	boolean revoke(long userId, long tokenId) {
		return this.jdbc
			.sql("update access_token set revoked_at = now() where id = ? and user_id = ? and revoked_at is null")
			.params(tokenId, userId)
			.update() == 1;
	}

	/**
	 * A person revokes a token of their own on their account page: revoked as by
	 * {@link #revoke} and, when one was, recorded in the audit log.
	 */
	@Transactional
	public boolean withdraw(long userId, long tokenId) {
		boolean revoked = revoke(userId, tokenId);
		if (revoked) {
			this.audit.record("token.revoked", "user", userId, AuditLog.details("token", tokenId));
		}
		return revoked;
	}

	static String hash(String secret) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			return HexFormat.of().formatHex(digest.digest(secret.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
