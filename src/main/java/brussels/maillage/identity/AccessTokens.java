package brussels.maillage.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal access tokens for scripts and partner systems calling {@code /api/**}. The
 * secret is shown once at creation; only its SHA-256 hash is stored. A token carries its
 * owner's rights, and stops working when revoked, expired, or when the owner is disabled.
 */
@Component
class AccessTokens {

	static final String PREFIX = "mlg_";

	private static final SecureRandom random = new SecureRandom();

	private final JdbcClient jdbc;

	private final Accounts accounts;

	AccessTokens(JdbcClient jdbc, Accounts accounts) {
		this.jdbc = jdbc;
		this.accounts = accounts;
	}

	/**
	 * Creates a token for {@code userId} and returns its secret, which is never stored.
	 */
	@Transactional
	String create(long userId, String name, Instant expiresAt) {
		byte[] bytes = new byte[32];
		random.nextBytes(bytes);
		String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		store(userId, name, secret, expiresAt);
		return secret;
	}

	/**
	 * Stores a secret chosen elsewhere (the deployment token), unless it is already
	 * known.
	 */
	@Transactional
	void storeIfAbsent(long userId, String name, String secret) {
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

	/** The user a secret belongs to, if the token is valid now. */
	@Transactional
	Optional<CurrentUser> authenticate(String secret) {
		if (secret == null || secret.isBlank() || secret.length() > 200) {
			return Optional.empty();
		}
		Optional<Long> userId = this.jdbc.sql("""
				update access_token set last_used_at = now()
				where token_hash = ? and revoked_at is null and (expires_at is null or expires_at > now())
				returning user_id""").param(hash(secret.strip())).query(Long.class).optional();
		return userId.flatMap(this.accounts::findCurrentUser).filter(CurrentUser::enabled);
	}

	@Transactional(readOnly = true)
	List<TokenSummary> forUser(long userId) {
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
