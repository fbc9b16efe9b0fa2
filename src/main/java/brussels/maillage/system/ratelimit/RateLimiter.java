package brussels.maillage.system.ratelimit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;

import javax.sql.DataSource;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;

/**
 * Counts requests in PostgreSQL with Bucket4j (table {@code rate_limit_bucket}, one row
 * per counted subject, locked with {@code SELECT ... FOR UPDATE}), so that every instance
 * over the same database shares the counts. A count comes back whole at the end of its
 * period (a fixed window from the first request), so that "30 a minute" means the 31st
 * within the minute is refused, however fast or slow the first 30 came.
 */
class RateLimiter {

	private final PostgreSQLSelectForUpdateBasedProxyManager<String> buckets;

	/**
	 * A limiter over {@code dataSource}; limiters over the same database share their
	 * counts.
	 */
	public RateLimiter(DataSource dataSource) {
		this.buckets = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
			.primaryKeyMapper(PrimaryKeyMapper.STRING)
			.table("rate_limit_bucket")
			.idColumn("id")
			.stateColumn("state")
			.expiresAtColumn("expires_at")
			.expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ZERO))
			.build();
	}

	/**
	 * Counts one request of {@code subject} against {@code limit} under {@code name}.
	 * @return empty when the request is allowed, otherwise how long to wait before the
	 * next one is
	 */
	public Optional<Duration> take(String name, Limit limit, String subject) {
		if (!limit.on()) {
			return Optional.empty();
		}
		// The limit is part of the id: a changed setting starts new counts rather than
		// reading buckets built for the old one.
		String id = name + ":" + limit.count() + "/" + limit.period().toSeconds() + ":" + sha256(subject);
		BucketConfiguration configuration = BucketConfiguration.builder()
			.addLimit(
					Bandwidth.builder().capacity(limit.count()).refillIntervally(limit.count(), limit.period()).build())
			.build();
		ConsumptionProbe probe = this.buckets.builder().build(id, () -> configuration).tryConsumeAndReturnRemaining(1);
		return probe.isConsumed() ? Optional.empty() : Optional.of(Duration.ofNanos(probe.getNanosToWaitForRefill()));
	}

	/**
	 * Deletes the rows of counts that are whole again (at most {@code batch} of them).
	 * @return how many were deleted
	 */
	public int removeExpired(int batch) {
		return this.buckets.removeExpired(batch);
	}

	/** The table keeps a digest, not the client or e-mail address itself. */
	private static String sha256(String subject) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			return HexFormat.of().formatHex(digest.digest(subject.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has SHA-256", ex);
		}
	}

}
