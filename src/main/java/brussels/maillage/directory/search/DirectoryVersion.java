package brussels.maillage.directory.search;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

import javax.sql.DataSource;

import org.postgresql.PGStatement;

import org.springframework.dao.DataAccessResourceFailureException;

/**
 * The directory's version ({@code directory_version}, raised in the transaction of every
 * change), read before each search: one prepared statement on a connection kept for it,
 * in auto-commit (no transaction, no connection taken from the pool per search). Searches
 * that ask while a read is under way wait for the next read, which starts after they
 * asked and which they then share: each search still sees every change committed before
 * it began, on any instance, while concurrent searches send PostgreSQL one statement
 * between them instead of one each.
 */
final class DirectoryVersion implements AutoCloseable {

	private static final String SQL = "select version from directory_version";

	private final DataSource dataSource;

	private final ReentrantLock lock = new ReentrantLock();

	private final Condition read = this.lock.newCondition();

	/** Reads started so far; the n-th read started is number n. */
	private long started;

	/** The number of the last read finished. */
	private long finished;

	/** Whether a read is under way. */
	private boolean reading;

	/** The version the last read finished found. */
	private long value;

	/** The kept connection and statement, used by one read at a time. */
	private Connection connection;

	private PreparedStatement statement;

	DirectoryVersion(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	/**
	 * The directory's version as read by a statement started after this call began.
	 */
	long current() {
		long mine;
		this.lock.lock();
		try {
			long asked = this.started;
			while (this.reading && this.finished <= asked) {
				this.read.awaitUninterruptibly();
			}
			if (this.finished > asked) {
				return this.value;
			}
			this.reading = true;
			mine = ++this.started;
		}
		finally {
			this.lock.unlock();
		}
		long version;
		try {
			version = readOnce();
		}
		catch (RuntimeException ex) {
			finish(-1, null);
			throw ex;
		}
		finish(mine, version);
		return version;
	}

	private void finish(long number, Long version) {
		this.lock.lock();
		try {
			if (version != null) {
				this.value = version;
				this.finished = number;
			}
			this.reading = false;
			this.read.signalAll();
		}
		finally {
			this.lock.unlock();
		}
	}

	/**
	 * Reads the version on the kept connection; when that connection fails (PostgreSQL
	 * restarted, the connection closed), once more on a new one.
	 */
	private long readOnce() {
		try {
			return query();
		}
		catch (SQLException first) {
			closeKept();
			try {
				return query();
			}
			catch (SQLException again) {
				closeKept();
				again.addSuppressed(first);
				throw new DataAccessResourceFailureException("The directory version could not be read", again);
			}
		}
	}

	private long query() throws SQLException {
		if (this.statement == null) {
			this.connection = this.dataSource.getConnection();
			this.connection.setAutoCommit(true);
			this.statement = this.connection.prepareStatement(SQL);
			if (this.statement.isWrapperFor(PGStatement.class)) {
				// Planned once by PostgreSQL, from the first read.
				this.statement.unwrap(PGStatement.class).setPrepareThreshold(1);
			}
		}
		try (ResultSet result = this.statement.executeQuery()) {
			if (!result.next()) {
				throw new SQLException("directory_version has no row");
			}
			return result.getLong(1);
		}
	}

	private void closeKept() {
		Connection kept = this.connection;
		this.connection = null;
		this.statement = null;
		if (kept != null) {
			try {
				kept.close();
			}
			catch (SQLException ex) {
				// Already broken: nothing more to release.
			}
		}
	}

	/** Gives the kept connection back. */
	@Override
	public void close() {
		this.lock.lock();
		try {
			while (this.reading) {
				this.read.awaitUninterruptibly();
			}
			closeKept();
		}
		finally {
			this.lock.unlock();
		}
	}

}
