package brussels.maillage.identity.tokens;

import java.time.Instant;

/**
 * A personal access token as its owner sees it: never the secret, only its first
 * characters.
 *
 * @param id token id
 * @param name what it is for
 * @param tokenPrefix first characters of the secret, to recognise it
 * @param createdAt when it was created
 * @param expiresAt when it stops working, or {@code null}
 * @param lastUsedAt when it was last used, or {@code null}
 * @param revokedAt when it was revoked, or {@code null}
 * @param active whether it works now
 */
record TokenSummary(long id, String name, String tokenPrefix, Instant createdAt, Instant expiresAt, Instant lastUsedAt,
		Instant revokedAt, boolean active) {
}
