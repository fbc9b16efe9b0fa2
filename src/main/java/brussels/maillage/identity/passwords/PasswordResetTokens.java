package brussels.maillage.identity.passwords;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The table of password-reset links ({@code password_reset}): the only writer. A link is
 * stored as the SHA-256 hash of its token, never the token itself.
 */
@Repository
class PasswordResetTokens {

	private final JdbcClient jdbc;

	PasswordResetTokens(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(long userId, String tokenHash, Instant expiresAt) {
		this.jdbc.sql("insert into password_reset (user_id, token_hash, expires_at) values (?, ?, ?)")
			.params(userId, tokenHash, Timestamp.from(expiresAt))
			.update();
	}

	/** Ends the account's links not used yet; returns how many. */
	int revokeOpen(long userId, Instant now) {
		return this.jdbc.sql(
				"update password_reset set revoked_at = ? where user_id = ? and used_at is null and revoked_at is null")
			.params(Timestamp.from(now), userId)
			.update();
	}

	Optional<Link> find(String tokenHash) {
		return this.jdbc.sql("""
				select id, user_id, expires_at, used_at, revoked_at from password_reset where token_hash = ?""")
			.param(tokenHash)
			.query((rs, row) -> new Link(rs.getLong("id"), rs.getLong("user_id"),
					rs.getTimestamp("expires_at").toInstant(), instant(rs.getTimestamp("used_at")),
					instant(rs.getTimestamp("revoked_at"))))
			.optional();
	}

	/**
	 * Marks a link used if it still can be, in one statement so that two submissions of
	 * the same link cannot both succeed.
	 */
	boolean use(long id, Instant now) {
		return this.jdbc.sql("""
				update password_reset set used_at = ?
				where id = ? and used_at is null and revoked_at is null and expires_at > ?""")
			.params(Timestamp.from(now), id, Timestamp.from(now))
			.update() == 1;
	}

	private static Instant instant(Timestamp timestamp) {
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

	/**
	 * One stored link.
	 *
	 * @param id its id
	 * @param userId the account it resets
	 * @param expiresAt when it stops working
	 * @param usedAt when it was used, or null
	 * @param revokedAt when a newer link or a reset ended it, or null
	 */
	record Link(long id, long userId, Instant expiresAt, Instant usedAt, Instant revokedAt) {

		PasswordResets.LinkState state(Instant now) {
			if (this.usedAt != null) {
				return PasswordResets.LinkState.USED;
			}
			if (this.revokedAt != null) {
				return PasswordResets.LinkState.REPLACED;
			}
			return now.isBefore(this.expiresAt) ? PasswordResets.LinkState.VALID : PasswordResets.LinkState.EXPIRED;
		}

	}

}
